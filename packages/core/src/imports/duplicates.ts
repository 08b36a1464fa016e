/**
 * Likely duplicates across a whole network: people sharing a LinkedIn profile, an e-mail, a phone
 * (compared in E.164), or a similar name at the same company. Grouping by key keeps it linear.
 */
import { matchReasons, similarNameKeys, strongKeys, linkedinKey, type MatchReason } from './identity.js';
import type { ContactIdentity, PhoneNormalizer } from './types.js';

export interface DuplicatePair {
  aId: string;
  bId: string;
  /** Every reason that links them, strongest first. */
  reasons: MatchReason[];
}

/** The key of an unordered pair of contacts: the same whichever comes first. */
export function dismissalKey(x: string, y: string): string {
  return x < y ? `${x}\u0000${y}` : `${y}\u0000${x}`;
}

/**
 * The pairs of people who are probably the same, strongest evidence first. A group sharing one key
 * is reported as pairs with its oldest member (listed first), which is what a merge needs.
 * People with two different LinkedIn profiles are never paired, nor a pair the user dismissed
 * (`dismissed` holds `dismissalKey`s): a member dismissed against the oldest pairs with the
 * next-oldest member it was not dismissed against, so the rest of the group is still reviewed.
 */
export function findDuplicatePairs(
  people: readonly ContactIdentity[],
  normalize: PhoneNormalizer,
  limit = 500,
  dismissed: ReadonlySet<string> = new Set(),
): DuplicatePair[] {
  const groups = new Map<string, { reason: MatchReason; ids: string[] }>();
  const linkedinOf = new Map<string, string | null>();
  for (const p of people) {
    linkedinOf.set(p.id, linkedinKey(p.linkedinUrl));
    const keys = [
      ...strongKeys(p, normalize),
      ...similarNameKeys(p.name, p.company).map((key) => ({ key, reason: 'similar-name-company' as const })),
    ];
    for (const { key, reason } of keys) {
      const g = groups.get(key);
      if (g) g.ids.push(p.id);
      else groups.set(key, { reason, ids: [p.id] });
    }
  }
  const pairs = new Map<string, DuplicatePair>();
  for (const { reason, ids } of groups.values()) {
    for (let i = 1; i < ids.length; i++) {
      const other = ids[i] as string;
      const first = anchorOf(ids, i, dismissed);
      if (first === undefined || other === first) continue;
      const a = linkedinOf.get(first);
      const b = linkedinOf.get(other);
      if (a && b && a !== b) continue;
      const key = `${first}\u0000${other}`;
      const pair = pairs.get(key) ?? { aId: first, bId: other, reasons: [] };
      if (!pair.reasons.includes(reason)) pair.reasons.push(reason);
      pairs.set(key, pair);
    }
  }
  const rank = (r: MatchReason) => matchReasons.indexOf(r);
  return [...pairs.values()]
    .map((p) => {
      const reasons = [...p.reasons].sort((x, y) => rank(x) - rank(y));
      // An exact name at the company says all that a similar one would.
      return {
        ...p,
        reasons: reasons.includes('name-company') ? reasons.filter((r) => r !== 'similar-name-company') : reasons,
      };
    })
    .sort(
      (x, y) =>
        rank(x.reasons[0] ?? 'similar-name-company') - rank(y.reasons[0] ?? 'similar-name-company') ||
        y.reasons.length - x.reasons.length,
    )
    .slice(0, limit);
}

/** The oldest member before `ids[i]` that it was not dismissed against (or itself, listed twice). */
function anchorOf(ids: readonly string[], i: number, dismissed: ReadonlySet<string>): string | undefined {
  const other = ids[i] as string;
  for (let j = 0; j < i; j++) {
    const id = ids[j] as string;
    if (id === other || dismissed.size === 0 || !dismissed.has(dismissalKey(id, other))) return id;
  }
  return undefined;
}
