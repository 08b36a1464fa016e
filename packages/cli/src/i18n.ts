/**
 * The CLI's own words (headers, confirmations, hints) in en, es, pt and it, and how the CLI picks a
 * language: --lang, else LC_ALL / LC_MESSAGES / LANG, else the account's settings.
 */
import i18next, { type i18n } from 'i18next';
import { locales, pickLocale, type Locale } from '@nexo/core';
import en from './locales/en.json' with { type: 'json' };
import es from './locales/es.json' with { type: 'json' };
import it from './locales/it.json' with { type: 'json' };
import pt from './locales/pt.json' with { type: 'json' };

/** The CLI catalogues, one per locale, with the same keys in each. */
export const cliCatalogues: Record<Locale, Record<string, unknown>> = { en, es, pt, it };

/** Renders one catalogue key with its parameters. */
export type Translate = (key: string, params?: Record<string, string | number>) => string;

let instance: i18n | undefined;

function translator(): i18n {
  if (!instance) {
    instance = i18next.createInstance();
    void instance.init({
      resources: Object.fromEntries(locales.map((l) => [l, { translation: cliCatalogues[l] }])),
      lng: 'en',
      fallbackLng: 'en',
      supportedLngs: [...locales],
      initAsync: false,
      interpolation: { escapeValue: false },
      returnNull: false,
    });
  }
  return instance;
}

/** A translate function bound to `locale`. */
export function translatorFor(locale: Locale): Translate {
  const t = translator();
  return (key, params) => t.t(key, { ...params, lng: locale });
}

/** True when `value` names a supported locale (`es`, `pt`...). */
export function isLocale(value: string): value is Locale {
  return (locales as readonly string[]).includes(value);
}

/**
 * The language the environment asks for, as POSIX reads it (the first set of LC_ALL, LC_MESSAGES,
 * LANG); null when it is unset or not one nexo speaks (`C`, `de_DE`), so settings decide.
 */
export function localeFromEnv(env: Record<string, string | undefined>): Locale | null {
  const value = [env.LC_ALL, env.LC_MESSAGES, env.LANG].find((v) => v !== undefined && v !== '');
  if (value === undefined) return null;
  const base = value.toLowerCase().split(/[-_.@]/)[0] ?? '';
  return isLocale(base) ? pickLocale(value) : null;
}
