/**
 * A seeded pseudo-random source for the benchmark data: mulberry32 plus the few helpers the
 * generator needs. Same seed, same sequence, on every machine; nothing here touches Math.random.
 */

export type Rng = () => number;

/** mulberry32: a 32-bit state PRNG, fast and good enough for synthetic data. Returns [0, 1). */
export function mulberry32(seed: number): Rng {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

/** An integer in [min, max], both included. */
export function randomInt(rng: Rng, min: number, max: number): number {
  return min + Math.floor(rng() * (max - min + 1));
}

/** True with probability `p`. */
export function chance(rng: Rng, p: number): boolean {
  return rng() < p;
}

/** One element of a non-empty list, uniformly. */
export function pick<T>(rng: Rng, list: readonly T[]): T {
  const item = list[Math.floor(rng() * list.length)];
  if (item === undefined) throw new Error('pick: empty list');
  return item;
}

/** One element of a non-empty list, favouring the first ones (Zipf-like, exponent `s`). */
export function pickSkewed<T>(rng: Rng, list: readonly T[], s = 1.1): T {
  // Inverse transform of a continuous power law over [1, n + 1): cheap and close to Zipf.
  const n = list.length;
  const u = rng();
  const x = s === 1 ? Math.exp(u * Math.log(n + 1)) : Math.pow(1 + u * (Math.pow(n + 1, 1 - s) - 1), 1 / (1 - s));
  return list[Math.min(n - 1, Math.max(0, Math.floor(x) - 1))] ?? pick(rng, list);
}

/** A value chosen by weight: `[[value, weight], ...]`, weights need not sum to 1. */
export function weighted<T>(rng: Rng, choices: readonly (readonly [T, number])[]): T {
  const total = choices.reduce((sum, [, w]) => sum + w, 0);
  let r = rng() * total;
  for (const [value, w] of choices) {
    r -= w;
    if (r < 0) return value;
  }
  const last = choices[choices.length - 1];
  if (!last) throw new Error('weighted: no choices');
  return last[0];
}

const ALPHABET = '0123456789abcdefghjkmnpqrstvwxyz'; // Crockford base32, as the server's ids

/** Ids shaped like the production ones (16 characters of Crockford base32), never repeated. */
export function createIdSource(rng: Rng): () => string {
  const seen = new Set<string>();
  return () => {
    for (;;) {
      let id = '';
      for (let i = 0; i < 16; i++) id += ALPHABET[Math.floor(rng() * 32)];
      if (!seen.has(id)) {
        seen.add(id);
        return id;
      }
    }
  };
}

/** Picks indices in proportion to fixed weights, by binary search over the running sums. */
export function createWeightedIndex(weights: readonly number[]): (rng: Rng) => number {
  const sums = new Float64Array(weights.length);
  let total = 0;
  weights.forEach((w, i) => {
    total += w;
    sums[i] = total;
  });
  return (rng) => {
    const r = rng() * total;
    let lo = 0;
    let hi = sums.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if ((sums[mid] ?? 0) > r) hi = mid;
      else lo = mid + 1;
    }
    return lo;
  };
}
