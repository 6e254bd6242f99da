import polyglotI18nProvider from 'ra-i18n-polyglot';
import { zh } from '../i18n/zh';
import { en } from '../i18n/en';

export const i18nProvider = polyglotI18nProvider((locale) => (locale === 'en' ? en : zh), 'zh', [
  { locale: 'zh', name: '中文' },
  { locale: 'en', name: 'English' },
]);
