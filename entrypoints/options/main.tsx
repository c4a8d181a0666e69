import { render } from 'preact';
import { Options } from '@/components/Options';
import { uiLanguage } from '@/lib/messages';
import './style.css';

const lang = await uiLanguage();
document.documentElement.lang = lang;
render(<Options lang={lang} />, document.getElementById('app')!);
