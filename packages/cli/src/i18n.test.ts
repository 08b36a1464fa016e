// The CLI catalogues stay in step across languages, and the language is picked as documented.
import { describe, expect, it } from 'vitest';
import { locales } from '@nexo/core';
import { cliCatalogues, localeFromEnv, translatorFor } from './i18n.js';

function keysOf(value: unknown, prefix = ''): string[] {
  if (typeof value !== 'object' || value === null) return [prefix];
  return Object.entries(value).flatMap(([k, v]) => keysOf(v, prefix ? `${prefix}.${k}` : k));
}

function entriesOf(value: unknown, prefix = ''): [string, string][] {
  if (typeof value !== 'object' || value === null) return [[prefix, String(value)]];
  return Object.entries(value).flatMap(([k, v]) => entriesOf(v, prefix ? `${prefix}.${k}` : k));
}

describe('CLI catalogues', () => {
  it('have exactly the same keys in every language', () => {
    const english = keysOf(cliCatalogues.en).sort();
    for (const locale of locales) expect(keysOf(cliCatalogues[locale]).sort(), locale).toEqual(english);
  });

  it('have no empty texts and keep every {{placeholder}} of the English text', () => {
    const texts = (locale: (typeof locales)[number]) => new Map(entriesOf(cliCatalogues[locale]));
    const placeholders = (text: string) => [...text.matchAll(/{{(\w+)}}/g)].map((m) => m[1]).sort();
    const english = texts('en');
    for (const locale of locales) {
      for (const [key, text] of texts(locale)) {
        expect(text.trim(), `${locale} ${key}`).not.toBe('');
        expect(placeholders(text), `${locale} ${key}`).toEqual(placeholders(english.get(key) ?? ''));
      }
    }
  });

  it('pluralise', () => {
    expect(translatorFor('en')('contacts.count', { count: 1 })).toBe('1 contact');
    expect(translatorFor('es')('contacts.count', { count: 3 })).toBe('3 contactos');
  });
});

describe('localeFromEnv', () => {
  it('follows LC_ALL, then LC_MESSAGES, then LANG, and ignores languages nexo does not speak', () => {
    expect(localeFromEnv({ LANG: 'pt_BR.UTF-8' })).toBe('pt');
    expect(localeFromEnv({ LC_ALL: 'it_IT.UTF-8', LANG: 'es_ES.UTF-8' })).toBe('it');
    expect(localeFromEnv({ LC_MESSAGES: 'es_AR', LANG: 'en_US' })).toBe('es');
    expect(localeFromEnv({ LANG: 'C.UTF-8' })).toBeNull();
    expect(localeFromEnv({ LANG: 'de_DE.UTF-8' })).toBeNull();
    expect(localeFromEnv({})).toBeNull();
  });
});
