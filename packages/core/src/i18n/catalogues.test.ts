// The four catalogues: same keys, the plural forms each language needs, and every engine message renders.
import { describe, expect, it } from 'vitest';
import { locales } from '../settings/types.js';
import type { Message } from './message.js';
import { engineMessages } from './test-scenarios.js';
import { catalogues, pickLocale, translate } from './translate.js';

const pluralSuffix = /_(zero|one|two|few|many|other)$/;

function flatten(tree: Record<string, unknown>, prefix = ''): string[] {
  return Object.entries(tree).flatMap(([k, v]) =>
    typeof v === 'string' ? [prefix + k] : flatten(v as Record<string, unknown>, `${prefix}${k}.`),
  );
}

const keysOf = (locale: (typeof locales)[number]) => flatten(catalogues[locale]);
const baseKeys = (locale: (typeof locales)[number]) => new Set(keysOf(locale).map((k) => k.replace(pluralSuffix, '')));

// Names of enum values, rendered through labelOf (see labels.test.ts) rather than by the engine.
const labelNamespaces = [
  'stageName.',
  'context.',
  'tierName.',
  'units.',
  'circleName.',
  'kindName.',
  'valueName.',
  'directionName.',
  'askKindName.',
  'giveKindName.',
  'strengthName.',
  'review.',
];

describe('catalogues', () => {
  it('have the same keys in all four languages', () => {
    const en = [...baseKeys('en')].sort();
    for (const locale of locales) expect([...baseKeys(locale)].sort()).toEqual(en);
  });

  it('have every plural form each language needs, and no others', () => {
    for (const locale of locales) {
      const categories = new Intl.PluralRules(locale).resolvedOptions().pluralCategories;
      const plurals = keysOf(locale).filter((k) => pluralSuffix.test(k));
      for (const base of new Set(plurals.map((k) => k.replace(pluralSuffix, '')))) {
        const forms = plurals.filter((k) => k.replace(pluralSuffix, '') === base).map((k) => k.split('_').pop());
        expect([locale, base, forms.sort()]).toEqual([locale, base, [...categories].sort()]);
      }
    }
  });

  it('render plurals for 1, 2 and 1000000 in each language without falling back to English', () => {
    const params = { name: 'Ana', date: '2025-05-03T10:00:00.000Z', cadence: 30, days: 40, gives: 1, asks: 2 };
    const extra = { needed: 3, spanDays: 30, tier: 'inner', target: 5, percent: 40 };
    const pluralKeys = [
      ...new Set(
        keysOf('en')
          .filter((k) => pluralSuffix.test(k))
          .map((k) => k.replace(pluralSuffix, '')),
      ),
    ];
    for (const key of pluralKeys) {
      for (const count of [1, 2, 1_000_000]) {
        const english = translate('en', { key, params: { ...params, ...extra, count } });
        for (const locale of locales) {
          const text = translate(locale, { key, params: { ...params, ...extra, count } });
          if (locale !== 'en') expect(text, `${locale} ${key} ${count}`).not.toBe(english);
          if (count > 1 || key !== 'units.everyDays') expect(text).toMatch(/\d|once|una vez|uma vez|una volta/);
        }
      }
    }
    expect(translate('es', { key: 'cadence.onTrack', params: { count: 1 } })).toContain('1 día.');
    expect(translate('pt', { key: 'cadence.onTrack', params: { count: 2 } })).toContain('2 dias.');
    expect(translate('it', { key: 'cadence.onTrack', params: { count: 1_000_000 } })).toContain('1000000 giorni.');
    expect(translate('en', { key: 'cadence.dueSoon', params: { count: 2, cadence: 1 } })).toBe(
      'Next check-in due in 2 days (every day).',
    );
  });

  it('render every message the engine produces, in every language', () => {
    const messages = engineMessages();
    const emitted = new Set(messages.map((m) => m.key));
    const needed = [...baseKeys('en')].filter((k) => !labelNamespaces.some((ns) => k.startsWith(ns)));
    expect(needed.filter((k) => !emitted.has(k))).toEqual([]);
    for (const message of messages) {
      for (const locale of locales) {
        const text = translate(locale, message);
        expect(text, `${locale} ${message.key}`).not.toBe(message.key);
        expect(text, `${locale} ${message.key}`).not.toMatch(
          /\{\{|\$t\(|undefined|NaN|Invalid Date|\b(stageName|context|tierName|units|stage|cadence|health|coach|agenda|metrics|reciprocity)\.[\w-]+/,
        );
      }
    }
  });

  it('format dates and nested labels in the reader’s language', () => {
    const m: Message = {
      key: 'agenda.reason.thanksOwedDated',
      params: { name: 'Marco', date: '2025-05-03T09:00:00.000Z' },
    };
    expect(translate('en', m)).toBe('Marco helped you on May 3 and has not been thanked since.');
    expect(translate('es', m)).toContain('el 3 de mayo');
    expect(translate('pt', m)).toContain('em 3 de maio');
    expect(translate('it', m)).toContain('il 3 maggio');
    expect(translate('it', { key: 'health.depth', params: { stage: 'trusted' } })).toBe('Fase: di fiducia.');
  });
});

describe('pickLocale', () => {
  it('picks the best supported language from a header or a POSIX locale', () => {
    expect(pickLocale('pt-BR,pt;q=0.9,en;q=0.8')).toBe('pt');
    expect(pickLocale('it_IT.UTF-8')).toBe('it');
    expect(pickLocale('de-DE,es;q=0.5')).toBe('es');
    expect(pickLocale('fr-FR')).toBe('en');
    expect(pickLocale(null)).toBe('en');
  });
});
