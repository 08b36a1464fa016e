// Identity keys, the update an import plans, merging two contacts, record repair and duplicate pairs.
import { describe, expect, it } from 'vitest';
import { contactRecord } from '../coach/test-factories.js';
import { findDuplicatePairs } from './duplicates.js';
import { IdentityIndex } from './identity-index.js';
import { linkedinKey, nameCompanyKey, phoneKey, similarNameKeys } from './identity.js';
import { mergeContactFields, planImportUpdate } from './merge.js';
import { toContactFields } from './to-contact.js';
import type { ContactIdentity, ImportRecord } from './types.js';

// A tiny stand-in for libphonenumber: "+" numbers as they are, Spanish national numbers get +34.
const e164 = (raw: string) => {
  const digits = raw.replace(/[^\d+]/g, '');
  if (digits.startsWith('+')) return digits;
  return digits.length === 9 ? `+34${digits}` : null;
};

const person = (id: string, fields: Partial<ContactIdentity> = {}): ContactIdentity => ({
  id,
  name: 'Ana Souza',
  company: null,
  emails: [],
  phones: [],
  linkedinUrl: null,
  ...fields,
});

function record(fields: Partial<ImportRecord> = {}): ImportRecord {
  return {
    name: 'Ana Souza',
    givenName: null,
    familyName: null,
    emails: [],
    phones: [],
    company: null,
    role: null,
    location: null,
    addresses: [],
    linkedinUrl: null,
    birthday: null,
    photo: null,
    notes: null,
    tags: [],
    connectedOn: null,
    source: { record: 3, line: 7 },
    ...fields,
  };
}

describe('identity keys', () => {
  it('folds accents, case and punctuation, and reads LinkedIn slugs from any URL form', () => {
    expect(nameCompanyKey('José  ÁLVAREZ', 'Café Central S.A.')).toBe(
      nameCompanyKey('jose alvarez', 'CAFE CENTRAL SA'),
    );
    expect(nameCompanyKey('Ana', null)).toBeNull();
    expect(linkedinKey('https://de.linkedin.com/in/Ana-S%C3%A9/?trk=x')).toBe(linkedinKey('linkedin.com/in/ana-sé'));
    expect(phoneKey('612 34 56 78', e164)).toBe(phoneKey('+34612345678', e164));
    expect(similarNameKeys('Souza, Ana', 'Acme')).toContain(similarNameKeys('Ana Souza', 'ACME')[0]);
    expect(similarNameKeys('Ana Maria Souza', 'Acme')[1]).toBe(similarNameKeys('Ana Souza', 'Acme')[1]);
  });

  it('matches by the strongest key, and never across two different LinkedIn profiles', () => {
    const index = new IdentityIndex(e164);
    index.add('a', person('a', { linkedinUrl: 'https://www.linkedin.com/in/ana-1', company: 'Freelance' }));
    index.add('b', person('b', { name: 'Bea', emails: ['bea@x.org'], phones: ['+34 600 000 000'] }));
    expect(index.match(person('', { linkedinUrl: 'linkedin.com/in/ANA-1/' }))).toEqual({ id: 'a', reason: 'linkedin' });
    expect(index.match(person('', { name: 'B', emails: ['BEA@x.org'] }))).toEqual({ id: 'b', reason: 'email' });
    expect(index.match(person('', { name: 'B', phones: ['600000000'] }))).toEqual({ id: 'b', reason: 'phone' });
    expect(index.match(person('', { name: 'ANA SOUZA', company: 'freelance' }))).toEqual({
      id: 'a',
      reason: 'name-company',
    });
    // Same name and company, another profile: another person.
    expect(
      index.match(person('', { company: 'Freelance', linkedinUrl: 'https://www.linkedin.com/in/ana-2' })),
    ).toBeNull();
  });
});

describe('planImportUpdate', () => {
  it('unites lists, replaces a changed job, fills empty fields, appends new notes and keeps the name', () => {
    const existing = contactRecord({
      name: 'Ana S.',
      emails: ['ana@x.org'],
      phones: ['612 34 56 78'],
      company: 'Old Co',
      role: null,
      birthday: '1990-01-02',
      notes: 'Met at the meetup.',
      tags: ['design'],
    });
    const incoming = toContactFields(
      record({
        emails: ['ANA@x.org', 'ana@new.org'],
        phones: ['+34612345678'],
        company: 'New Co',
        role: 'Lead',
        birthday: '1991-01-01',
        notes: 'Likes jazz.',
        tags: ['design', 'alumni'],
      }),
    );
    if (!incoming.ok) throw new Error('invalid');
    expect(planImportUpdate(existing, incoming.fields, e164)).toEqual({
      emails: ['ana@x.org', 'ana@new.org'],
      company: 'New Co',
      role: 'Lead',
      tags: ['design', 'alumni'],
      notes: 'Met at the meetup.\n\nLikes jazz.',
    });
    const same = toContactFields(record({ name: 'Other spelling', emails: ['ana@x.org'], company: 'Old Co' }));
    if (!same.ok) throw new Error('invalid');
    expect(planImportUpdate(existing, same.fields, e164)).toEqual({});
  });
});

describe('mergeContactFields', () => {
  it('keeps every e-mail, phone and tag, joins notes, prefers non-empty fields, and follows choices', () => {
    const keep = contactRecord({
      name: 'Ana',
      emails: ['a@x.org'],
      company: null,
      notes: 'One',
      tier: 'network',
      tags: ['x'],
    });
    const other = contactRecord({
      name: 'Ana Souza',
      emails: ['b@x.org', 'A@x.org'],
      phones: ['+34 612 345 678'],
      company: 'Acme',
      notes: 'Two',
      tier: 'key',
      tags: ['y'],
      circle: 'personal',
    });
    const merged = mergeContactFields(keep, other, e164);
    expect(merged).toMatchObject({
      name: 'Ana',
      emails: ['a@x.org', 'b@x.org'],
      phones: ['+34 612 345 678'],
      company: 'Acme',
      notes: 'One\n\nTwo',
      tier: 'key',
      tags: ['x', 'y'],
      circle: 'both',
    });
    expect(mergeContactFields(keep, other, e164, { name: 'other', tier: 'keep' })).toMatchObject({
      name: 'Ana Souza',
      tier: 'network',
    });
  });
});

describe('toContactFields', () => {
  it('keeps addresses and values the schema refuses in the notes, with a warning naming the field', () => {
    const r = toContactFields(
      record({
        emails: ['ok@x.org', 'not an email@'],
        addresses: ['Rua A 1, Lisboa'],
        linkedinUrl: 'https://example.com/ana',
        notes: 'Hello',
      }),
    );
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.fields.emails).toEqual(['ok@x.org']);
    expect(r.fields.linkedinUrl).toBeNull();
    expect(r.fields.notes).toBe(
      'Hello\n\nAddress: Rua A 1, Lisboa\nE-mail: not an email@\nLinkedIn: https://example.com/ana',
    );
    expect(r.warnings.map((w) => [w.code, w.record, w.line])).toEqual([
      ['bad-value', 3, 7],
      ['bad-value', 3, 7],
    ]);
  });

  it('fails a record it cannot repair, naming the field, record and line', () => {
    const r = toContactFields(record({ name: '   ' }));
    expect(r).toMatchObject({ ok: false, issue: { record: 3, line: 7, severity: 'error', code: 'invalid-record' } });
    if (!r.ok) expect(r.issue.message).toContain('name');
  });
});

describe('findDuplicatePairs', () => {
  it('finds each rule once, oldest first, and never pairs two LinkedIn profiles', () => {
    const people = [
      person('p1', { name: 'Ana Souza', emails: ['ana@x.org'] }),
      person('p2', { name: 'A. Souza', emails: ['ANA@x.org'] }),
      person('p3', { name: 'Bea', phones: ['612 345 678'] }),
      person('p4', { name: 'Beatriz', phones: ['+34612345678'] }),
      person('p5', { name: 'Carla', linkedinUrl: 'https://www.linkedin.com/in/carla' }),
      person('p6', { name: 'Carla R.', linkedinUrl: 'http://linkedin.com/in/Carla/' }),
      person('p7', { name: 'José Álvarez', company: 'Acme' }),
      person('p8', { name: 'Alvarez, Jose', company: 'ACME' }),
      person('p9', { name: 'Dan Lee', company: 'Freelance', linkedinUrl: 'https://www.linkedin.com/in/dan-1' }),
      person('p10', { name: 'Dan Lee', company: 'Freelance', linkedinUrl: 'https://www.linkedin.com/in/dan-2' }),
    ];
    const pairs = findDuplicatePairs(people, e164);
    expect(pairs.map((p) => [p.aId, p.bId, p.reasons])).toEqual([
      ['p5', 'p6', ['linkedin']],
      ['p1', 'p2', ['email']],
      ['p3', 'p4', ['phone']],
      ['p7', 'p8', ['similar-name-company']],
    ]);
  });
});
