/**
 * Renders coach messages in the user's language with i18next (plural rules and interpolation from
 * Intl). Catalogues live beside this file, one JSON per locale, with the same keys in each.
 */
import i18next, { type i18n } from 'i18next';
import type { Locale } from '../settings/types.js';
import { locales } from '../settings/types.js';
import type { Message } from './message.js';
import en from './locales/en.json' with { type: 'json' };
import es from './locales/es.json' with { type: 'json' };
import it from './locales/it.json' with { type: 'json' };
import pt from './locales/pt.json' with { type: 'json' };

export const catalogues: Record<Locale, Record<string, unknown>> = { en, es, pt, it };

let instance: i18n | undefined;

function translator(): i18n {
  if (!instance) {
    instance = i18next.createInstance();
    void instance.init({
      resources: Object.fromEntries(locales.map((l) => [l, { translation: catalogues[l] }])),
      lng: 'en',
      fallbackLng: 'en',
      supportedLngs: [...locales],
      initAsync: false,
      interpolation: { escapeValue: false },
      returnNull: false,
    });
    // `{{date, day}}` renders an ISO timestamp as a day and month in the reader's language ("3 May",
    // "3 de mayo"). UTC, so that the text is the same wherever it is rendered.
    instance.services.formatter?.addCached('day', (lng) => {
      const format = new Intl.DateTimeFormat(lng, { day: 'numeric', month: 'long', timeZone: 'UTC' });
      return (value: unknown) => (typeof value === 'string' ? format.format(new Date(value)) : String(value));
    });
  }
  return instance;
}

/** The text of `message` in `locale`; falls back to English, then to the key itself. */
export function translate(locale: Locale, message: Message): string {
  return translator().t(message.key, { ...message.params, lng: locale });
}

/** True when every locale has a text for `key` (used by tests). */
export function hasTranslation(locale: Locale, key: string): boolean {
  return translator().exists(key, { lng: locale, fallbackLng: false });
}

/**
 * The best supported locale named by an Accept-Language header or a POSIX locale such as
 * `pt_BR.UTF-8`, or null when it names none of them.
 */
export function matchLocale(preference: string | null | undefined): Locale | null {
  if (!preference) return null;
  const tags = preference
    .split(',')
    .map((part) => {
      const [tag = '', q] = part.trim().split(';q=');
      return { tag: tag.toLowerCase().replace('_', '-'), q: q === undefined ? 1 : Number(q) };
    })
    .filter((t) => t.q > 0)
    .sort((a, b) => b.q - a.q);
  for (const { tag } of tags) {
    const base = tag.split(/[-.@]/)[0];
    const match = locales.find((l) => l === base);
    if (match) return match;
  }
  return null;
}

/** Like `matchLocale`, falling back to English. */
export function pickLocale(preference: string | null | undefined): Locale {
  return matchLocale(preference) ?? 'en';
}
