import { describe, expect, it } from 'vitest';
import { compileAlternatives, vocabularies } from './index.js';
import type { Vocabulary } from './vocabulary.js';

const patternKinds = [
  'connect',
  'asks',
  'questionAsks',
  'thanks',
  'notThanks',
  'personal',
  'offers',
  'appreciation',
] as const;

describe.each(Object.entries(vocabularies))('the %s vocabulary', (_lang, vocabulary: Vocabulary) => {
  it.each(patternKinds)('has %s entries that compile on their own', (kind) => {
    expect(vocabulary[kind].length).toBeGreaterThan(0);
    for (const source of vocabulary[kind]) expect(() => compileAlternatives([source])).not.toThrow();
  });

  // Entries are wrapped in whole-word boundaries: one that ends in whitespace can never match.
  it.each(patternKinds)('has no %s entry that ends in whitespace', (kind) => {
    expect(vocabulary[kind].filter((s) => /\\s[+*]\)*$/.test(s))).toEqual([]);
  });

  it('has words in lower case without accents, as they are matched after folding', () => {
    for (const w of [...vocabulary.stopwords, ...vocabulary.markers])
      expect(w).toBe(w.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase());
  });
});
