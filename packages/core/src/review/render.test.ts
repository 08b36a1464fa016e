import { describe, expect, it } from 'vitest';
import { locales } from '../settings/types.js';
import { catalogues, translate } from '../i18n/translate.js';
import { reviewMessage } from './review.js';
import { reviewRules } from './types.js';

const reviewTexts = (locale: (typeof locales)[number]) =>
  (catalogues[locale]['review'] ?? {}) as Record<string, string>;

describe('review messages in the catalogues', () => {
  it('have one text per rule in all four languages', () => {
    for (const locale of locales) expect(Object.keys(reviewTexts(locale)).sort()).toEqual([...reviewRules].sort());
  });

  it('use the same parameters in every language', () => {
    const params = (text: string | undefined): string[] =>
      [...(text ?? '').matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1] ?? '').sort();
    for (const rule of reviewRules) {
      const english = params(reviewTexts('en')[rule]);
      for (const locale of locales) expect(params(reviewTexts(locale)[rule])).toEqual(english);
    }
  });
});

describe('rendering a finding', () => {
  it('speaks the reader’s language and quotes the evidence', () => {
    const [finding] = reviewMessage('Hola, me gustaría añadirte a mi red profesional.').findings;
    if (!finding) throw new Error('expected a finding');
    expect(translate('es', finding.message)).toContain('«me gustaría añadirte a mi red profesional»');
    expect(translate('it', finding.message)).toContain("l'invito predefinito");
  });
});
