/**
 * Synthetic knows-edges: who knows whom. Colleagues at the same company are likely to know each
 * other, and well-connected (active) people know more people.
 */
import type { KnowsEdge, NewContactRecord } from '@nexo/core';
import { chance, pick, weighted, type Rng } from './random.js';
import { knowsHow } from './vocabulary.js';

/** Up to `count` distinct undirected edges, stored as the domain does (`contactA < contactB`). */
export function generateKnows(
  rng: Rng,
  contacts: readonly NewContactRecord[],
  count: number,
  pickConnected: (rng: Rng) => number,
  now: number,
): KnowsEdge[] {
  const n = contacts.length;
  const target = Math.min(count, (n * (n - 1)) / 2);
  const byCompany = new Map<string, number[]>();
  contacts.forEach((c, i) => {
    if (c.company) byCompany.set(c.company, [...(byCompany.get(c.company) ?? []), i]);
  });
  const seen = new Set<number>();
  const edges: KnowsEdge[] = [];
  while (edges.length < target) {
    const a = pickConnected(rng);
    const first = contacts[a];
    if (!first) continue;
    const colleagues = first.company ? byCompany.get(first.company) : undefined;
    const sameCompany = colleagues !== undefined && colleagues.length > 1 && chance(rng, 0.45);
    const b = sameCompany ? pick(rng, colleagues) : chance(rng, 0.5) ? pickConnected(rng) : Math.floor(rng() * n);
    const second = contacts[b];
    if (!second || a === b) continue;
    const key = Math.min(a, b) * n + Math.max(a, b);
    if (seen.has(key)) continue;
    seen.add(key);
    const [contactA, contactB] = first.id < second.id ? [first.id, second.id] : [second.id, first.id];
    const since = Math.max(Date.parse(first.createdAt), Date.parse(second.createdAt));
    edges.push({
      contactA,
      contactB,
      strength: weighted(rng, [
        ['weak', 50],
        ['medium', 35],
        ['strong', 15],
      ] as const),
      how: sameCompany ? `worked together at ${first.company}` : chance(rng, 0.4) ? pick(rng, knowsHow) : null,
      createdAt: new Date(since + rng() * (now - since)).toISOString(),
    });
  }
  return edges;
}
