import { render } from 'preact';
import { browser } from 'wxt/browser';
import { installEngines } from '@/lib/inputs/engines';
import { pageEngines } from '@/lib/inputs/page-engines';
import { openLibrary } from '@/lib/store/db';
import { App } from './App';
import './style.css';

const lang = browser.i18n.getUILanguage();
document.documentElement.lang = lang;
installEngines(pageEngines);
render(<App db={openLibrary()} lang={lang} />, document.getElementById('app')!);
