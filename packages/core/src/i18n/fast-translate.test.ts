import { describe, expect, it } from 'vitest';
import { locales } from '../settings/types.js';
import type { Message, MessageParams } from './message.js';
import { engineMessages } from './test-scenarios.js';
import { catalogues, translate, translateWithI18next } from './translate.js';

function leafKeys(node: unknown, prefix = ''): string[] {
  if (node === null || typeof node !== 'object') return [prefix];
  return Object.entries(node as Record<string, unknown>).flatMap(([k, v]) =>
    leafKeys(v, prefix ? `${prefix}.${k}` : k),
  );
}

const pluralSuffix = /_(zero|one|two|few|many|other)$/;

describe('translate (fast path)', () => {
  it('renders every catalogue key exactly as i18next does, with any parameters', () => {
    const keys = new Set(locales.flatMap((l) => leafKeys(catalogues[l]).map((k) => k.replace(pluralSuffix, ''))));
    keys.add('no.such.key');
    keys.add('agenda');
    const base: MessageParams = {
      name: 'José {{count}} $t(context.work) Álvarez',
      role: 'engineer',
      topic: 'AI',
      company: 'Telefónica',
      title: 'Lunch',
      date: '2024-05-03T10:00:00.000Z',
      top: 'school',
      stage: 'trusted',
      tier: 'inner',
      cadence: 14,
      value: 3,
      percent: 42,
    };
    const variants: (MessageParams | undefined)[] = [undefined, base, { ...base, context: 'work' }, { name: 'Ana' }];
    for (const count of [0, 1, 2, 5, 21, 1_000_000, 1.5, -1]) {
      variants.push(
        { ...base, count },
        { ...base, count, context: 'work' },
        { ...base, count, context: '' },
        { name: 'Ana', count },
      );
    }
    variants.push({ ...base, count: '3' }, { ...base, date: 12345 });
    let compared = 0;
    for (const locale of locales) {
      for (const key of keys) {
        for (const params of variants) {
          const message: Message = params ? { key, params } : { key };
          expect(translate(locale, message), `${locale} ${key} ${JSON.stringify(params)}`).toBe(
            translateWithI18next(locale, message),
          );
          compared++;
        }
      }
    }
    expect(compared).toBeGreaterThan(1000);
  });

  it('renders every message the engine produces exactly as i18next does', () => {
    for (const locale of locales) {
      for (const message of engineMessages()) {
        expect(translate(locale, message)).toBe(translateWithI18next(locale, message));
      }
    }
  });
});
