import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { AppError } from '../errors.js';
import { parseInput } from '../shared/validate.js';
import { contactFilterSchema, contactPatchSchema, isLinkedinUrl, newContactSchema } from './schema.js';

function fieldsOf(fn: () => unknown): string[] {
  try {
    fn();
  } catch (error) {
    if (error instanceof AppError && error.code === 'validation_failed') {
      return (error.details?.['issues'] as { field: string }[]).map((i) => i.field);
    }
    throw error;
  }
  throw new Error('expected a validation failure');
}

describe('newContactSchema', () => {
  it('fills defaults and builds the display name from given and family names', () => {
    const c = parseInput(newContactSchema, { givenName: 'José', familyName: 'Álvarez' });
    expect(c.name).toBe('José Álvarez');
    expect(c).toMatchObject({
      tier: 'network',
      circle: 'professional',
      emails: [],
      tags: [],
      context: null,
      cadenceDays: null,
    });
  });

  it('normalises e-mails and tags and removes duplicates', () => {
    const c = parseInput(newContactSchema, {
      name: 'Ana',
      emails: [' Ana@Example.COM ', 'ana@example.com'],
      tags: ['Design', 'design ', 'UX'],
    });
    expect(c.emails).toEqual(['ana@example.com']);
    expect(c.tags).toEqual(['design', 'ux']);
  });

  it('names every bad field', () => {
    const fields = fieldsOf(() =>
      parseInput(newContactSchema, {
        name: 'Ana',
        emails: ['not-an-email'],
        tier: 'closest',
        linkedinUrl: 'https://example.com/in/ana',
        birthday: '1990-02-30',
      }),
    );
    expect(fields.sort()).toEqual(['birthday', 'emails.0', 'linkedinUrl', 'tier']);
  });

  it('requires some name and rejects unknown properties', () => {
    expect(fieldsOf(() => parseInput(newContactSchema, { company: 'Acme' }))).toEqual(['name']);
    expect(fieldsOf(() => parseInput(newContactSchema, { name: 'Ana', nickname: 'A' }))).toEqual(['nickname']);
  });

  it('accepts a birthday without a year, including 29 February, and rejects one in the future', () => {
    expect(parseInput(newContactSchema, { name: 'Ana', birthday: '--02-29' }).birthday).toBe('--02-29');
    expect(fieldsOf(() => parseInput(newContactSchema, { name: 'Ana', birthday: '2999-01-01' }))).toEqual(['birthday']);
  });

  it('accepts international phone numbers and rejects words', () => {
    expect(
      parseInput(newContactSchema, { name: 'Ana', phones: ['+39 02 1234 5678', '(11) 98765-4321'] }).phones,
    ).toHaveLength(2);
    expect(fieldsOf(() => parseInput(newContactSchema, { name: 'Ana', phones: ['call me'] }))).toEqual(['phones.0']);
  });
});

describe('contactPatchSchema', () => {
  it('lets null clear an optional field and rejects an empty patch', () => {
    expect(parseInput(contactPatchSchema, { company: null })).toEqual({ company: null });
    expect(parseInput(contactPatchSchema, { company: '' })).toEqual({ company: null });
    expect(fieldsOf(() => parseInput(contactPatchSchema, {}))).toEqual(['(input)']);
  });
});

describe('contactFilterSchema', () => {
  it('reads query-string values', () => {
    expect(parseInput(contactFilterSchema, { due: 'true', limit: '25', archived: 'only' })).toMatchObject({
      due: true,
      limit: 25,
      archived: 'only',
    });
  });

  it('rejects an unknown stage and a limit out of range', () => {
    expect(fieldsOf(() => parseInput(contactFilterSchema, { stage: 'friends', limit: 0 })).sort()).toEqual([
      'limit',
      'stage',
    ]);
  });
});

describe('isLinkedinUrl', () => {
  /** The definition, without the shortcut for plain profile URLs. */
  const byParser = (v: string) => {
    try {
      const url = new URL(v);
      return /^https?:$/.test(url.protocol) && /(^|\.)linkedin\.com$/i.test(url.hostname) && url.pathname.length > 1;
    } catch {
      return false;
    }
  };

  it('agrees with the URL parser on profile URLs and near misses', () => {
    const slug = fc.stringMatching(/^[A-Za-z0-9%_.-]{0,12}$/);
    const prefix = fc.constantFrom(
      'https://www.linkedin.com/in/',
      'http://www.linkedin.com/in/',
      'https://www.linkedin.com.evil.io/in/',
      'https://www.linkedin.com/in',
      'https://www.linkedin.comx/in/',
      'https://de.linkedin.com/in/',
      'https://www.linkedin.com/in//',
      ' https://www.linkedin.com/in/',
    );
    fc.assert(
      fc.property(prefix, slug, fc.constantFrom('', '/', '?x=1', ' '), (p, s, end) => {
        const v = `${p}${s}${end}`;
        expect(isLinkedinUrl(v)).toBe(byParser(v));
      }),
      { numRuns: 2000 },
    );
  });
});
