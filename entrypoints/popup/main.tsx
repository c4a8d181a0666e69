import { render } from 'preact';
import { browser } from 'wxt/browser';
import { App } from './App';
import './style.css';

const lang = browser.i18n.getUILanguage();
document.documentElement.lang = lang;
render(<App lang={lang} />, document.getElementById('app')!);
