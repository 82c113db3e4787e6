import { render } from 'preact';
import { App } from './App.tsx';
import { chooseLocale } from './i18n/translate.ts';
import './styles.css';

const locale = chooseLocale(navigator.languages ?? [navigator.language], new URLSearchParams(location.search).get('ui'));
document.documentElement.lang = locale;
render(<App locale={locale} />, document.getElementById('app') as HTMLElement);
