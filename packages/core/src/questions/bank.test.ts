// The first-meeting question bank: enough questions in every language, each written for that language.
import { describe, expect, it } from 'vitest';
import { locales } from '../settings/types.js';
import { bankQuestions, questionBank } from './bank.js';
import { isFirstMeeting } from './offer.js';

describe('question bank', () => {
  it('has at least 12 distinct questions in each language, with stable ids shared by all four', () => {
    const ids = questionBank.map((q) => q.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const locale of locales) {
      const texts = bankQuestions(locale).map((q) => q.text);
      expect(texts.length).toBeGreaterThanOrEqual(12);
      expect(new Set(texts).size).toBe(texts.length);
      for (const text of texts) expect(text.trim().length).toBeGreaterThan(10);
    }
  });

  it('asks the questions good networking starts with: how they started, likes, hard parts, the same path again', () => {
    const es = Object.fromEntries(bankQuestions('es').map((q) => [q.id, q.text]));
    expect(es['how-started']).toBe('¿Cómo empezaste en lo que haces ahora?');
    expect(es['same-path']).toMatch(/mismo camino/);
    expect(Object.keys(es)).toEqual(expect.arrayContaining(['likes-most', 'hardest-part', 'do-differently']));
  });

  it('never shows one language’s question in another, and punctuates questions the local way', () => {
    for (const q of questionBank) {
      expect(new Set(Object.values(q.text)).size, q.id).toBe(4);
      expect(q.text.es.startsWith('¿') || q.text.es.includes('¿'), q.id).toBe(true);
      for (const locale of locales) expect(q.text[locale].trim().endsWith('?'), `${locale} ${q.id}`).toBe(true);
    }
  });

  it('offers them before a first meeting, coffee or call, not for messages or later meetings', () => {
    expect(isFirstMeeting('coffee', 'none')).toBe(true);
    expect(isFirstMeeting('meeting', 'first-contact')).toBe(true);
    expect(isFirstMeeting('call', 'first-contact')).toBe(true);
    expect(isFirstMeeting('message', 'none')).toBe(false);
    expect(isFirstMeeting('coffee', 'second-contact')).toBe(false);
  });
});
