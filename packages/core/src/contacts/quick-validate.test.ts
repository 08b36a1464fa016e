import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { quickNewContact, type ImportedFields } from './quick-validate.js';
import { newContactSchema } from './schema.js';

const clean: ImportedFields = {
  name: 'José Álvarez',
  givenName: 'José',
  familyName: 'Álvarez',
  emails: ['Jose.Alvarez@Example.com ', 'jose.alvarez@example.com'],
  phones: ['+34 600 123 456'],
  company: 'Telefónica',
  role: ' Ingeniero ',
  location: '',
  linkedinUrl: 'https://www.linkedin.com/in/jose-alvarez',
  birthday: '--02-29',
  photo: null,
  tags: ['Madrid', 'madrid ', 'Alumni'],
  notes: null,
};

/** Strings drawn from characters that matter to the checks: spaces, case, @, quotes, digits, accents. */
const text = (max: number) =>
  fc.string({ unit: fc.constantFrom(...' \tabcXYZ@".+-()/1234567890éÑ\u00a0'.split('')), maxLength: max });
const nullable = <T>(a: fc.Arbitrary<T>) => fc.option(a, { nil: null, freq: 3 });
/** Mostly values that pass, sometimes edge cases: records the fast path takes and records it must not. */
const mostly = <T>(usual: fc.Arbitrary<T>, edge: fc.Arbitrary<T>) =>
  fc.oneof({ arbitrary: usual, weight: 12 }, { arbitrary: edge, weight: 1 });
const word = fc.constantFrom('Ana', ' Zoë ', 'João Gonçalves', 'ACME S.A.', 'x', '  ');

const fields: fc.Arbitrary<ImportedFields> = fc.record({
  name: mostly(word, fc.oneof(text(12), fc.constantFrom('', 'a'.repeat(201), 'b'.repeat(200)), fc.constant(null))),
  givenName: nullable(mostly(word, fc.oneof(text(8), fc.constant('g'.repeat(101))))),
  familyName: nullable(mostly(word, text(8))),
  emails: fc.array(
    mostly(
      fc.constantFrom('ana@example.com', ' ANA@Example.com', 'ünï@códe.es', 'x@y'),
      fc.oneof(text(12), fc.constantFrom('a b@c.d', '"q"@z.io', '@no', `${'a'.repeat(65)}@x.io`)),
    ),
    { maxLength: 3 },
  ),
  phones: fc.array(
    mostly(
      fc.constantFrom('+34 600 123 456', '(011) 4555-1234 ext. 12', ' 600123456 ', '+1 (555) 010-9999 x7'),
      fc.oneof(text(14), fc.constantFrom('12', '555 CALL', '1'.repeat(41))),
    ),
    { maxLength: 3 },
  ),
  company: nullable(mostly(word, fc.oneof(text(10), fc.constantFrom('c'.repeat(201), 'c'.repeat(200))))),
  role: nullable(mostly(word, text(10))),
  location: nullable(mostly(word, text(10))),
  linkedinUrl: nullable(
    mostly(
      fc.constantFrom(
        'https://www.linkedin.com/in/ana',
        ' https://linkedin.com/in/ana-s%C3%A1nchez ',
        'http://es.linkedin.com/in/x',
      ),
      fc.constantFrom(
        'https://linkedin.com/',
        'https://evil.com/linkedin.com/in/x',
        'linkedin.com/in/ana',
        'ftp://linkedin.com/in/a',
        '',
      ),
    ),
  ),
  birthday: nullable(
    mostly(
      fc.constantFrom('1990-05-17', ' 1990-05-17 ', '--02-29', '1900-01-01'),
      fc.constantFrom('1899-12-31', '2999-01-01', '1990-02-30', '--02-30', '17/05/1990', ''),
    ),
  ),
  photo: fc.option(fc.constant('data:image/png;base64,iVBORw0KGgo='), { nil: null, freq: 8 }),
  tags: fc.array(
    mostly(fc.constantFrom('VIP', ' vip', 'Alumni', 'früh'), fc.oneof(text(6), fc.constantFrom('  ', 't'.repeat(61)))),
    {
      maxLength: 3,
    },
  ),
  notes: nullable(mostly(word, text(20))),
});

describe('quickNewContact', () => {
  it('gives the schema output for a clean record', () => {
    const quick = quickNewContact(clean);
    expect(quick).toBeDefined();
    expect(quick).toEqual(newContactSchema.parse(clean));
    expect(quick).toMatchObject({
      emails: ['jose.alvarez@example.com'],
      tags: ['madrid', 'alumni'],
      role: 'Ingeniero',
      location: null,
    });
  });

  it('whenever it answers, answers exactly what the schema answers', () => {
    let answered = 0;
    fc.assert(
      fc.property(fields, (input) => {
        const quick = quickNewContact(input);
        if (quick === undefined) return true;
        answered += 1;
        const full = newContactSchema.safeParse(input);
        expect(full.success).toBe(true);
        expect(quick).toEqual(full.success ? full.data : undefined);
        return true;
      }),
      { numRuns: 5000 },
    );
    // The fast path must actually be taken for a fair share of records, or it tests nothing.
    expect(answered).toBeGreaterThan(100);
  });

  it('leaves what needs a message or a repair to the schema', () => {
    for (const change of [
      { name: '' },
      { photo: 'data:image/png;base64,AAAA' },
      { emails: ['not an e-mail'] },
      { birthday: '2999-01-01' },
      { company: 'c'.repeat(201) },
      { tags: ['  '] },
    ] satisfies Partial<ImportedFields>[]) {
      expect(quickNewContact({ ...clean, ...change }), JSON.stringify(change)).toBeUndefined();
    }
  });
});
