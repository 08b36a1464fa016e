import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { clean } from './draft.js';

/** What `clean` is defined to do, without its shortcut for tidy text. */
const cleanSlowly = (v: string) => v.replace(/[\s\u00a0]+/g, ' ').trim() || null;

describe('clean', () => {
  it('gives the same as collapsing and trimming, for any text', () => {
    const piece = fc.constantFrom('a', 'Zoë', ' ', '  ', '\t', '\n', '\u00a0', '\u2003', '\ufeff', '\u3000', 'x y', '');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 8 }), (parts) => {
        const v = parts.join('');
        expect(clean(v)).toBe(cleanSlowly(v));
      }),
      { numRuns: 2000 },
    );
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), (v) => {
        expect(clean(v)).toBe(cleanSlowly(v));
      }),
    );
  });

  it('keeps tidy text, tidies the rest, and gives null for blanks', () => {
    expect(clean('Software Engineer')).toBe('Software Engineer');
    expect(clean('  Ana \t Souza\u00a0')).toBe('Ana Souza');
    expect(clean(' \u3000 ')).toBeNull();
    expect(clean(null)).toBeNull();
  });
});
