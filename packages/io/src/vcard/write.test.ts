/** vCard writer: property-based round trip (write 4.0 / 3.0, parse back) of every field nexo stores. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseContacts } from '../parse.js';
import type { ExportableContact } from '../types.js';
import { foldLine, writeVCard } from './write.js';

const chars = [
  ...'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789',
  ' ',
  ' ',
  ',',
  ';',
  ':',
  '\\',
  '"',
  "'",
  '-',
  '.',
  '&',
  '=',
  'é',
  'ß',
  'Ñ',
  'ø',
  'Ł',
  '安',
  '藤',
  'ロ',
  'イ',
  '😀',
  '🚀',
  'ü',
  '’',
];
const collapse = (s: string) => s.replace(/\s+/g, ' ').trim();
const line = fc
  .string({ unit: fc.constantFrom(...chars), minLength: 1, maxLength: 24 })
  .map(collapse)
  .filter((s) => s.length > 0);
const optional = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: null });
const noteText = fc
  .array(fc.string({ unit: fc.constantFrom(...chars, '\t'), maxLength: 30 }), { minLength: 1, maxLength: 4 })
  .map((lines) => lines.join('\n').trim())
  .filter((s) => s.length > 0);
const word = fc.string({
  unit: fc.constantFrom(...'abcdefghijklmnopqrstuvwxyz0123456789'),
  minLength: 1,
  maxLength: 10,
});
const email = fc.tuple(word, word).map(([a, b]) => `${a}.x@${b}.example.com`);
const phone = fc
  .tuple(fc.integer({ min: 1, max: 99 }), fc.integer({ min: 100, max: 999 }), fc.integer({ min: 1000, max: 9999999 }))
  .map(([c, a, n]) => `+${c} ${a} ${n}`);
const tag = fc
  .string({ unit: fc.constantFrom(...'abcdefghijklmnopqrstuvwxyzé安 -;:\\'), minLength: 1, maxLength: 20 })
  .map(collapse)
  .filter((t) => t.length > 0 && !['my contacts', 'mycontacts', 'starred'].includes(t));
const birthday = fc.oneof(
  fc
    .date({ min: new Date('1900-01-01T00:00:00Z'), max: new Date('2020-12-31T00:00:00Z'), noInvalidDate: true })
    .map((d) => d.toISOString().slice(0, 10)),
  fc
    .tuple(fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 28 }))
    .map(([m, d]) => `--${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`),
);
const magic: Record<string, number[]> = {
  'image/png': [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a],
  'image/jpeg': [0xff, 0xd8, 0xff, 0xe0],
  'image/gif': [0x47, 0x49, 0x46, 0x38, 0x39, 0x61],
  'image/webp': [0x52, 0x49, 0x46, 0x46, 0, 0, 0, 0, 0x57, 0x45, 0x42, 0x50],
};
const photo = fc.oneof(
  fc
    .tuple(fc.constantFrom(...Object.keys(magic)), fc.uint8Array({ minLength: 0, maxLength: 300 }))
    .map(([type, tail]) => `data:${type};base64,${Buffer.from([...(magic[type] ?? []), ...tail]).toString('base64')}`),
  word.map((w) => `https://photos.example.com/${w}.jpg`),
);
const contact: fc.Arbitrary<ExportableContact> = fc.record({
  name: line,
  givenName: optional(line),
  familyName: optional(line),
  emails: fc.uniqueArray(email, { maxLength: 3 }),
  phones: fc.uniqueArray(phone, { maxLength: 3 }),
  company: optional(line),
  role: optional(line),
  location: optional(line),
  linkedinUrl: optional(
    fc.tuple(word, fc.constantFrom('', '-é', '-o’brien')).map(([w, s]) => `https://www.linkedin.com/in/${w}${s}`),
  ),
  birthday: optional(birthday),
  photo: optional(photo),
  notes: optional(noteText),
  tags: fc.uniqueArray(tag, { maxLength: 4 }),
});

/** The fields nexo stores, as the parser returns them. */
function stored(c: ExportableContact) {
  const {
    name,
    givenName,
    familyName,
    emails,
    phones,
    company,
    role,
    location,
    linkedinUrl,
    birthday,
    photo,
    notes,
    tags,
  } = c;
  return {
    name,
    givenName,
    familyName,
    emails,
    phones,
    company,
    role,
    location,
    linkedinUrl,
    birthday,
    photo,
    notes,
    tags,
  };
}

describe.each(['4.0', '3.0'] as const)('writeVCard %s', (version) => {
  it('round-trips every stored field through parseContacts', () => {
    fc.assert(
      fc.property(fc.array(contact, { minLength: 1, maxLength: 3 }), (contacts) => {
        const text = writeVCard(contacts, version);
        const result = parseContacts(new TextEncoder().encode(text));
        expect(result.format).toBe('vcard');
        expect(result.problems).toEqual([]);
        expect(result.contacts.map((c) => stored(c))).toEqual(contacts.map(stored));
      }),
      { numRuns: 300 },
    );
  });

  it('keeps postal addresses beside the location', () => {
    const c: ExportableContact = {
      ...emptyContact('Ana Silva'),
      location: 'Lisboa, Portugal',
      addresses: ['Rua Augusta 1, 1100-048 Lisboa, Portugal', 'Av. da Liberdade 2; Lisboa'],
    };
    const back = parseContacts(new TextEncoder().encode(writeVCard([c], version))).contacts[0];
    expect(back?.location).toBe('Lisboa, Portugal');
    expect(back?.addresses).toEqual([
      'Lisboa, Portugal',
      'Rua Augusta 1, 1100-048 Lisboa, Portugal',
      'Av. da Liberdade 2; Lisboa',
    ]);
  });
});

function emptyContact(name: string): ExportableContact {
  return {
    name,
    givenName: null,
    familyName: null,
    emails: [],
    phones: [],
    company: null,
    role: null,
    location: null,
    linkedinUrl: null,
    birthday: null,
    photo: null,
    notes: null,
    tags: [],
  };
}

describe('vCard output shape', () => {
  it('writes CRLF, escapes text and folds long lines at 75 octets without splitting characters', () => {
    const text = writeVCard([{ ...emptyContact('Zoë; "Z", \\ Ng'), notes: `${'安'.repeat(40)}\nline two` }], '4.0');
    expect(text.startsWith('BEGIN:VCARD\r\nVERSION:4.0\r\nFN:Zoë\\; "Z"\\, \\\\ Ng\r\n')).toBe(true);
    for (const l of text.split('\r\n')) expect(new TextEncoder().encode(l).length).toBeLessThanOrEqual(75);
    expect(text).not.toContain('\uFFFD');
    expect(foldLine('x'.repeat(80))).toBe(`${'x'.repeat(75)}\r\n ${'x'.repeat(5)}`);
  });

  it("writes a year-less birthday as --MMDD in 4.0 and with Apple's 1604 convention in 3.0", () => {
    const c = { ...emptyContact('Ana'), birthday: '--02-29' };
    expect(writeVCard([c], '4.0')).toContain('BDAY:--0229\r\n');
    expect(writeVCard([c], '3.0')).toContain('BDAY;X-APPLE-OMIT-YEAR=1604:1604-02-29\r\n');
  });
});
