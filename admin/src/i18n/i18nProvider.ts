import polyglotI18nProvider from 'ra-i18n-polyglot';
import { resolveBrowserLocale } from 'react-admin';
import { en } from './en';
import { zhCN } from './zh-CN';

const messagesByLocale = { en, 'zh-CN': zhCN };

/** The first visit follows the browser (any Chinese gets Simplified Chinese); react-admin's store keeps the user's choice after that. */
export const i18nProvider = polyglotI18nProvider(
  (locale) => messagesByLocale[locale as keyof typeof messagesByLocale] ?? en,
  resolveBrowserLocale() === 'zh' ? 'zh-CN' : 'en',
  [
    { locale: 'en', name: 'English' },
    { locale: 'zh-CN', name: '简体中文' },
  ],
);
