import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { foldForSearch, foldFully } from './text.js';

describe('foldForSearch', () => {
  it('folds accents, case and spacing', () => {
    expect(foldForSearch('  José  ÁLVAREZ ')).toBe('jose alvarez');
    expect(foldForSearch('João\tGonçalves\n')).toBe('joao goncalves');
    expect(foldForSearch('ACME  S.A.')).toBe('acme s.a.');
    expect(foldForSearch('Ｎｉｃｏｌò')).toBe('nicolo');
  });

  it('gives what the full definition gives, for ASCII and any Unicode text', () => {
    const ascii = fc.string({ unit: fc.constantFrom(...'aZ 09\t\n\r\v\f.-_@AbC'.split('')), maxLength: 30 });
    const any = fc.string({ unit: 'grapheme', maxLength: 20 });
    const mixed = fc.tuple(ascii, any).map(([a, b]) => a + b);
    for (const arbitrary of [ascii, any, mixed]) {
      fc.assert(
        fc.property(arbitrary, (text) => foldForSearch(text) === foldFully(text)),
        { numRuns: 2000 },
      );
    }
  });
});
