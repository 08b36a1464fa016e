// PostgreSQL's timestamptz text (in a UTC session) to ISO strings: the fast rewrite must give what
// pg's own parser followed by toISOString gives.
import fc from 'fast-check';
import pg from 'pg';
import { expect, it } from 'vitest';
import { utcTimestamp } from './database.js';

const parse = pg.types.getTypeParser(1184, 'text') as (value: string) => Date;

it('rewrites a UTC timestamptz exactly as pg parses it, to the millisecond', () => {
  fc.assert(
    fc.property(
      fc.date({ min: new Date('0001-01-01T00:00:00Z'), max: new Date('9999-12-31T23:59:59Z'), noInvalidDate: true }),
      fc.integer({ min: 0, max: 999_999 }),
      fc.integer({ min: 0, max: 6 }),
      (date, micros, digits) => {
        const [day, time] = date.toISOString().slice(0, 19).split('T');
        const fraction = digits === 0 ? '' : `.${String(micros).padStart(6, '0').slice(0, digits)}`;
        const text = `${day} ${time}${fraction}+00`;
        expect(utcTimestamp(text)).toBe(parse(text).toISOString());
      },
    ),
    { numRuns: 3000 },
  );
});

it('leaves other forms to pg', () => {
  for (const text of ['2026-11-22 03:57:54+02', 'infinity', '0044-03-15 12:00:00+00 BC', '12026-01-01 00:00:00+00'])
    expect(utcTimestamp(text)).toBeNull();
});
