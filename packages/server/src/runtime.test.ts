import { describe, expect, it } from 'vitest';
import { randomIds, timeOrderedId } from './runtime.js';

describe('ids', () => {
  it('are 20 characters of lower-case Crockford base32, safe to type and to put in a URL', () => {
    for (let i = 0; i < 1000; i++) expect(randomIds.next()).toMatch(/^[0-9abcdefghjkmnpqrstvwxyz]{20}$/);
  });

  it('sort by creation time, to the millisecond, until the year 3084', () => {
    const times = [0, 1, 31, 32, Date.UTC(2026, 10, 22), Date.UTC(2026, 10, 22) + 1, Date.UTC(3084, 0, 1)];
    const ids = times.map((t) => timeOrderedId(t));
    expect([...ids].sort()).toEqual(ids);
    expect(ids.map((id) => id.slice(0, 9))).toEqual([...new Set(ids.map((id) => id.slice(0, 9)))]);
  });

  it('do not repeat, even many in the same millisecond', () => {
    const ids = Array.from({ length: 100_000 }, () => timeOrderedId(1_700_000_000_000));
    expect(new Set(ids).size).toBe(ids.length);
  });
});
