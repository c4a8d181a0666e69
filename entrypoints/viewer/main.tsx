import { render } from 'preact';
import { uiLanguage } from '@/lib/messages';
import { installEngines } from '@/lib/inputs/engines';
import { pageEngines } from '@/lib/inputs/page-engines';
import { openLibrary } from '@/lib/store/db';
import { App } from './App';
import './style.css';

// The language the user chose in the options, else the browser's.
const lang = await uiLanguage();
document.documentElement.lang = lang;
installEngines(pageEngines);
render(<App db={openLibrary()} lang={lang} />, document.getElementById('app')!);
