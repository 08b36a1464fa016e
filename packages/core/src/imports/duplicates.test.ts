// Duplicate pairs and dismissals: a pair the user said are different people is never suggested,
// whichever way round it was dismissed, and the rest of a group sharing a key is still reviewed.
import { describe, expect, it } from 'vitest';
import { dismissalKey, findDuplicatePairs } from './duplicates.js';
import type { ContactIdentity } from './types.js';

const e164 = (raw: string) => (raw.startsWith('+') ? raw.replace(/[^\d+]/g, '') : null);
const person = (id: string, fields: Partial<ContactIdentity> = {}): ContactIdentity => ({
  id,
  name: `Person ${id}`,
  company: null,
  emails: [],
  phones: [],
  linkedinUrl: null,
  ...fields,
});
const ids = (pairs: ReturnType<typeof findDuplicatePairs>) => pairs.map((p) => `${p.aId}+${p.bId}`);

describe('findDuplicatePairs with dismissals', () => {
  const shared = [
    person('p1', { emails: ['team@x.org'] }),
    person('p2', { emails: ['team@x.org'] }),
    person('p3', { emails: ['TEAM@x.org'] }),
  ];

  it('is the same key whichever contact comes first', () => {
    expect(dismissalKey('b', 'a')).toBe(dismissalKey('a', 'b'));
    expect(dismissalKey('a', 'b')).not.toBe(dismissalKey('a', 'c'));
  });

  it('pairs a group with its oldest member when nothing is dismissed', () => {
    expect(ids(findDuplicatePairs(shared, e164))).toEqual(['p1+p2', 'p1+p3']);
  });

  it('leaves out a dismissed pair, given either way round', () => {
    expect(ids(findDuplicatePairs(shared, e164, 500, new Set([dismissalKey('p3', 'p1')])))).toEqual(['p1+p2', 'p2+p3']);
  });

  it('still suggests the others of the group, paired with the next-oldest member', () => {
    const dismissed = new Set([dismissalKey('p1', 'p2'), dismissalKey('p1', 'p3')]);
    expect(ids(findDuplicatePairs(shared, e164, 500, dismissed))).toEqual(['p2+p3']);
    const all = new Set([...dismissed, dismissalKey('p2', 'p3')]);
    expect(findDuplicatePairs(shared, e164, 500, all)).toEqual([]);
  });

  it('drops a dismissed pair for every reason that links them', () => {
    const twins = [
      person('a', { name: 'Ana Souza', company: 'Acme', phones: ['+34 612 345 678'] }),
      person('b', { name: 'Ana Souza', company: 'ACME', phones: ['+34612345678'] }),
    ];
    expect(findDuplicatePairs(twins, e164)[0]?.reasons).toEqual(['phone', 'name-company']);
    expect(findDuplicatePairs(twins, e164, 500, new Set([dismissalKey('a', 'b')]))).toEqual([]);
  });
});
