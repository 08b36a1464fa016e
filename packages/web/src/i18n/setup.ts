/**
 * i18next set-up: the four catalogues bundled, the language picked from a saved choice or the
 * browser, and kept in step with <html lang> and the API client.
 */
import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import en from '../locales/en.json';
import es from '../locales/es.json';
import pt from '../locales/pt.json';
import it from '../locales/it.json';
import { setApiLanguage } from '../api/client';
import { initialLocale } from './languages';

export const resources = {
  en: { translation: en },
  es: { translation: es },
  pt: { translation: pt },
  it: { translation: it },
} as const;

function applyLanguage(lang: string): void {
  setApiLanguage(lang);
  document.documentElement.lang = lang;
}

/** Initialises i18next once, synchronously (the catalogues are bundled). */
export function setupI18n(): typeof i18next {
  const lng = initialLocale();
  applyLanguage(lng);
  i18next.on('languageChanged', applyLanguage);
  void i18next.use(initReactI18next).init({
    resources,
    lng,
    fallbackLng: 'en',
    supportedLngs: ['en', 'es', 'pt', 'it'],
    interpolation: { escapeValue: false },
    returnNull: false,
    initAsync: false,
  });
  return i18next;
}
