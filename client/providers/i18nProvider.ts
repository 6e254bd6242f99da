import polyglotI18nProvider from 'ra-i18n-polyglot';
import type { I18nProvider } from 'react-admin';
import { zh } from '../i18n/zh';
import { en } from '../i18n/en';

const base = polyglotI18nProvider((locale) => (locale === 'en' ? en : zh), 'zh', [
  { locale: 'zh', name: '中文' },
  { locale: 'en', name: 'English' },
]);

/** The page's language as a screen reader needs it (`<html lang>`), for a catalogue's locale. */
export const htmlLang = (locale: string) => (locale === 'en' ? 'en' : 'zh-CN');

/** The catalogues; switching the language also switches `<html lang>`, so English is read as English. */
export const i18nProvider: I18nProvider = {
  ...base,
  changeLocale: async (locale, options) => {
    await base.changeLocale(locale, options);
    document.documentElement.lang = htmlLang(locale);
  },
};
