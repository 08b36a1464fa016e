import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { foldForSearch } from '@nexo/core';
import { buildSearchText } from './contact-row.js';
import { makeContact } from './test-support/factories.js';

// Text with what folding must handle: accents (composed and combining), case with context (final
// sigma), compatibility forms (ﬁ, ½, no-break space), tabs and doubled spaces, emoji.
const piece = fc.constantFrom(
  'José',
  'ÁLVAREZ',
  'e\u0301',
  '\u0301x',
  'ΟΔΟΣ',
  'ﬁ',
  '½',
  '\u00a0',
  '\t',
  '  ',
  '😀',
  'a',
  'Z',
  '',
);
const text = fc.array(piece, { maxLength: 6 }).map((parts) => parts.join(''));
const maybe = fc.option(text, { nil: null });

describe('buildSearchText', () => {
  it('folds the parts one by one into the same text as folding them joined', () => {
    fc.assert(
      fc.property(
        fc.record({
          name: text,
          givenName: maybe,
          familyName: maybe,
          company: maybe,
          role: maybe,
          notes: maybe,
          tags: fc.array(text, { maxLength: 3 }),
          emails: fc.array(text, { maxLength: 2 }),
        }),
        (fields) => {
          const c = makeContact(fields);
          const parts = [
            c.name,
            c.givenName && !c.name.includes(c.givenName) ? c.givenName : null,
            c.familyName && !c.name.includes(c.familyName) ? c.familyName : null,
            c.company,
            c.role,
            c.notes,
            ...c.tags,
            ...c.emails,
          ].filter((p): p is string => Boolean(p));
          expect(buildSearchText(c)).toBe(foldForSearch(parts.join(' ')));
          // The same again, with the company, role and tags folds now remembered.
          expect(buildSearchText(c, foldForSearch(c.name))).toBe(foldForSearch(parts.join(' ')));
        },
      ),
      { numRuns: 500 },
    );
  });

  it('leaves out a given or family name the name already holds', () => {
    const c = makeContact({ name: 'Ana Souza', givenName: 'Ana', familyName: 'Souza', company: 'Acme' });
    expect(buildSearchText(c)).toBe('ana souza acme');
    expect(buildSearchText({ ...c, name: 'Beto', givenName: 'Alberto' })).toBe('beto alberto souza acme');
  });
});
