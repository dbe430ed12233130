import polyglotI18nProvider from 'ra-i18n-polyglot';
import { en } from './en';

const messagesByLocale = { en };

export const i18nProvider = polyglotI18nProvider(
  (locale) => messagesByLocale[locale as keyof typeof messagesByLocale] ?? en,
  'en',
  [{ locale: 'en', name: 'English' }],
);
