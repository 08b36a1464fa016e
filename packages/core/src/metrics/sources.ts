/**
 * Where contacts come from (context, sector, company) and how concentrated that is: the top values
 * plus "other", the share of the top three and a Herfindahl index, with a plain-language verdict
 * (principle 15: people from other places know other people).
 */
import type { Message } from '../i18n/message.js';
import type { SourceCounts } from '../ports.js';

export const sourceDimensions = ['context', 'sector', 'company'] as const;
export type SourceDimension = (typeof sourceDimensions)[number];

/** Thresholds of the verdict, named so tests and docs can quote them. */
export const sourceRules = {
  /** Values shown by name; the rest are "other". */
  top: 5,
  /** Below this many contacts with a value, no verdict: too few to tell. */
  minKnown: 10,
  /** Herfindahl index from which a dimension is "moderately concentrated"... */
  moderate: 0.15,
  /** ...and "concentrated" (the usual antitrust bands). */
  concentrated: 0.25,
} as const;

export type Concentration = 'diverse' | 'moderate' | 'concentrated' | 'too-few';

export interface SourceBreakdown {
  /** The largest values, largest first, at most `sourceRules.top`. */
  top: { value: string; count: number }[];
  /** Contacts with a value outside `top`. */
  other: number;
  /** Contacts without a value. */
  unknown: number;
  /** Contacts with a value. */
  known: number;
  /** Different values. */
  distinct: number;
  /** 0-1: the share of the three largest values among contacts with a value. */
  top3Share: number;
  /**
   * 0-1: the Herfindahl index, Σ share², the chance that two contacts picked at random share the
   * value. 1/distinct when spread evenly, 1 when all share one.
   */
  hhi: number;
  concentration: Concentration;
  verdict: Message;
}

const percent = (share: number): number => Math.round(share * 100);

/** The counts of `byContext` (every value, so exact) in the shape storage gives for sector and company. */
export function countsFromMap(counts: Record<string, number>, top: number = sourceRules.top): SourceCounts {
  const entries = Object.entries(counts)
    .filter(([, n]) => n > 0)
    .sort(([a, x], [b, y]) => y - x || (a < b ? -1 : a > b ? 1 : 0));
  return {
    top: entries.slice(0, top).map(([value, count]) => ({ value, count })),
    known: entries.reduce((sum, [, n]) => sum + n, 0),
    distinct: entries.length,
    sumSquares: entries.reduce((sum, [, n]) => sum + n * n, 0),
  };
}

/** The concentration band of a Herfindahl index over `known` contacts. */
export function classifyConcentration(hhi: number, known: number): Concentration {
  if (known < sourceRules.minKnown) return 'too-few';
  if (hhi >= sourceRules.concentrated) return 'concentrated';
  if (hhi >= sourceRules.moderate) return 'moderate';
  return 'diverse';
}

/**
 * One dimension's breakdown and the coach's verdict on it.
 * @example describeSources('company', counts, 120).verdict // { key: 'metrics.sources.company.concentrated', ... }
 */
export function describeSources(dimension: SourceDimension, counts: SourceCounts, total: number): SourceBreakdown {
  const { known } = counts;
  const top = counts.top.slice(0, sourceRules.top);
  const shown = top.reduce((sum, t) => sum + t.count, 0);
  const top3 = top.slice(0, 3).reduce((sum, t) => sum + t.count, 0);
  const top3Share = known > 0 ? top3 / known : 0;
  const hhi = known > 0 ? counts.sumSquares / (known * known) : 0;
  const concentration = classifyConcentration(hhi, known);
  const first = top[0];
  const verdict: Message = {
    // Nobody has a value at all: say so, rather than "only 0 of...".
    key: `metrics.sources.${dimension}.${known === 0 ? 'none' : concentration}`,
    params: {
      top: first?.value ?? '',
      percent: percent(first && known > 0 ? first.count / known : 0),
      top3: percent(top3Share),
      known,
      total,
    },
  };
  return {
    top,
    other: Math.max(0, known - shown),
    unknown: Math.max(0, total - known),
    known,
    distinct: counts.distinct,
    top3Share,
    hhi,
    concentration,
    verdict,
  };
}
