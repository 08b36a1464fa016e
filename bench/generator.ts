/**
 * The deterministic benchmark data set for one account: contacts, interactions and knows-edges with
 * a realistic skew (a few people with hundreds of interactions, a long tail with 0-3).
 * Same seed, sizes and `now` give the same records.
 */
import type { Interaction, KnowsEdge, NewContactRecord } from '@nexo/core';
import { generateContact, type Segment } from './generate-contacts.js';
import { generateInteractions } from './generate-interactions.js';
import { generateKnows } from './generate-knows.js';
import { createIdSource, createWeightedIndex, mulberry32, randomInt, weighted, type Rng } from './random.js';

export interface GeneratorOptions {
  seed: number;
  contacts: number;
  interactions: number;
  knows: number;
  /** The reference instant: every date falls in the five years before it. */
  now: Date;
}

/** The full benchmark size. */
export const fullSize = { contacts: 20_000, interactions: 400_000, knows: 60_000 } as const;

export interface Dataset {
  options: GeneratorOptions;
  contacts: NewContactRecord[];
  /** Oldest first, as they would have been logged. */
  interactions: Interaction[];
  knows: KnowsEdge[];
  /** The activity segment of each contact, by position in `contacts`. */
  segments: Segment[];
}

/** Splits `total` in proportion to `weights` into whole numbers that add up to `total` exactly. */
export function apportion(weights: readonly number[], total: number): number[] {
  const sum = weights.reduce((a, b) => a + b, 0);
  if (sum <= 0 || total <= 0) return weights.map(() => 0);
  const exact = weights.map((w) => (w / sum) * total);
  const counts = exact.map(Math.floor);
  let left = total - counts.reduce((a, b) => a + b, 0);
  const byFraction = exact.map((x, i) => [x - Math.floor(x), i] as const).sort((a, b) => b[0] - a[0] || a[1] - b[1]);
  for (const [, i] of byFraction) {
    if (left-- <= 0) break;
    counts[i] = (counts[i] ?? 0) + 1;
  }
  return counts;
}

/** A random permutation of 0..n-1 (Fisher-Yates). */
function shuffledIndices(rng: Rng, n: number): number[] {
  const order = Array.from({ length: n }, (_, i) => i);
  for (let i = n - 1; i > 0; i--) {
    const j = Math.floor(rng() * (i + 1));
    [order[i], order[j]] = [order[j] ?? j, order[i] ?? i];
  }
  return order;
}

/** Which contacts are heavy, middle or tail, and how many interactions each one starts. */
function planActivity(rng: Rng, n: number, total: number): { segments: Segment[]; counts: number[] } {
  const headCount = Math.max(1, Math.round(n * 0.006));
  const tailCount = Math.round(n * 0.6);
  const rank = shuffledIndices(rng, n);
  const segments = rank.map((r): Segment => (r < headCount ? 'head' : r < n - tailCount ? 'middle' : 'tail'));
  const tail = segments.map((s): number =>
    s === 'tail'
      ? weighted(rng, [
          [0, 30],
          [1, 35],
          [2, 20],
          [3, 15],
        ] as const)
      : 0,
  );
  // Heavy people: a few hundred each; the middle: an exponential spread around forty.
  const weights = segments.map((s) =>
    s === 'head' ? randomInt(rng, 200, 900) : s === 'middle' ? 4 - 36 * Math.log(1 - rng()) : 0,
  );
  const tailSum = tail.reduce((a, b) => a + b, 0);
  if (tailSum >= total) return { segments, counts: apportion(tail, total) };
  const rest = apportion(weights, total - tailSum);
  return { segments, counts: rest.map((c, i) => c + (tail[i] ?? 0)) };
}

/** Generates the whole data set in memory. */
export function generateDataset(options: GeneratorOptions): Dataset {
  const rng = mulberry32(options.seed);
  const nextId = createIdSource(mulberry32(options.seed ^ 0x5eed));
  const now = options.now.getTime();
  const { segments, counts } = planActivity(rng, options.contacts, options.interactions);
  const contacts = segments.map((segment, i) => generateContact(rng, nextId(), i, segment, now));
  // Busy people show up in group meetings and know more people: pick in proportion to activity.
  const pickConnected = createWeightedIndex(counts.map((c) => c + 1));
  const interactions = generateInteractions(rng, { contacts, counts, pickParticipant: pickConnected, now }, nextId);
  const knows = generateKnows(rng, contacts, options.knows, pickConnected, now);
  return { options, contacts, interactions, knows, segments };
}
