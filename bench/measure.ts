/**
 * Timing and percentiles. An operation and its raw baseline are measured in the same loop,
 * interleaved and alternating which goes first, so that machine noise hits both alike.
 */

export interface Stats {
  iterations: number;
  p50: number;
  p95: number;
  p99: number;
  mean: number;
  min: number;
  max: number;
}

/** The `p`-th percentile (0-100) of ascending samples, nearest-rank. */
export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1] ?? Number.NaN;
}

/** Percentiles, mean and range of samples in milliseconds. */
export function summarize(samples: readonly number[]): Stats {
  const sorted = [...samples].sort((a, b) => a - b);
  const mean = sorted.reduce((a, b) => a + b, 0) / Math.max(1, sorted.length);
  return {
    iterations: sorted.length,
    p50: percentile(sorted, 50),
    p95: percentile(sorted, 95),
    p99: percentile(sorted, 99),
    mean,
    min: sorted[0] ?? Number.NaN,
    max: sorted.at(-1) ?? Number.NaN,
  };
}

export interface MeasureOptions {
  /** Untimed rounds first: JIT, statement caches and the page cache warm up. */
  warmup: number;
  minIterations: number;
  maxIterations: number;
  /** Stop after this much wall time once `minIterations` are done. */
  budgetMs: number;
}

export const defaultMeasureOptions: MeasureOptions = {
  warmup: 50,
  minIterations: 200,
  maxIterations: 1000,
  budgetMs: 15_000,
};

/** A unit of work for iteration `i` (so each round can use a different input). */
export type Work = (i: number) => unknown;

async function time(work: Work, i: number): Promise<number> {
  const start = performance.now();
  await work(i);
  return performance.now() - start;
}

export interface PairResult {
  op: Stats;
  raw: Stats;
  /** With `labelOf`: the p50 of each side per input label, to find the slow inputs. */
  byInput?: Record<string, { op: number; raw: number; iterations: number }>;
}

/**
 * Measures `op` and `raw` on the same inputs, interleaved; returns the stats of each, and the
 * per-input p50s when `labelOf` names the input of each iteration.
 */
export async function measurePair(
  op: Work,
  raw: Work,
  options: MeasureOptions,
  labelOf?: (i: number) => string,
): Promise<PairResult> {
  for (let i = 0; i < options.warmup; i++) {
    await op(i);
    await raw(i);
  }
  const opSamples: number[] = [];
  const rawSamples: number[] = [];
  const inputs: number[] = [];
  const started = performance.now();
  for (let i = 0; i < options.maxIterations; i++) {
    if (i >= options.minIterations && performance.now() - started > options.budgetMs) break;
    const input = options.warmup + i; // carry on through the inputs after the warm-up ones
    inputs.push(input);
    if (i % 2 === 0) {
      opSamples.push(await time(op, input));
      rawSamples.push(await time(raw, input));
    } else {
      rawSamples.push(await time(raw, input));
      opSamples.push(await time(op, input));
    }
  }
  const result: PairResult = { op: summarize(opSamples), raw: summarize(rawSamples) };
  if (labelOf) result.byInput = perInput(inputs.map(labelOf), opSamples, rawSamples);
  return result;
}

function perInput(labels: string[], op: number[], raw: number[]): NonNullable<PairResult['byInput']> {
  const groups = new Map<string, { op: number[]; raw: number[] }>();
  labels.forEach((label, k) => {
    const group = groups.get(label) ?? { op: [], raw: [] };
    group.op.push(op[k] ?? Number.NaN);
    group.raw.push(raw[k] ?? Number.NaN);
    groups.set(label, group);
  });
  return Object.fromEntries(
    [...groups].map(([label, g]) => [
      label,
      { op: summarize(g.op).p50, raw: summarize(g.raw).p50, iterations: g.op.length },
    ]),
  );
}

/** Milliseconds with a precision that suits their size. */
export function formatMs(ms: number): string {
  if (!Number.isFinite(ms)) return '-';
  return ms >= 100 ? ms.toFixed(0) : ms >= 10 ? ms.toFixed(1) : ms.toFixed(2);
}
