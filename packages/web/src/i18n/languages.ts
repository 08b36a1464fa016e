/** The languages of the interface, their own names, and how the first one is chosen. */
import { locales, type Locale } from '../api/types';

export const LOCALE_STORAGE_KEY = 'nexo.locale';

/** Each language named in itself, so a person can always find their own. */
export const languageNames: Record<Locale, string> = {
  en: 'English',
  es: 'Español',
  pt: 'Português',
  it: 'Italiano',
};

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (locales as readonly string[]).includes(value);
}

/** The first browser language nexo speaks (`pt-BR` → `pt`), else English. */
export function pickBrowserLocale(languages: readonly string[]): Locale {
  for (const tag of languages) {
    const base = tag.toLowerCase().split(/[-_]/)[0];
    if (isLocale(base)) return base;
  }
  return 'en';
}

/** The saved choice, else the browser's. */
export function initialLocale(): Locale {
  try {
    const saved = localStorage.getItem(LOCALE_STORAGE_KEY);
    if (isLocale(saved)) return saved;
  } catch {
    // Storage can be disabled (private mode); the browser language still works.
  }
  return pickBrowserLocale(navigator.languages.length > 0 ? navigator.languages : [navigator.language]);
}

export function saveLocale(locale: Locale): void {
  try {
    localStorage.setItem(LOCALE_STORAGE_KEY, locale);
  } catch {
    // Not persisted locally; the account setting still is.
  }
}
