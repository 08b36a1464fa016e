/**
 * The history summary: the few aggregates of a contact's interactions that every coach verdict is
 * derived from. Storage keeps one per contact, recomputed with `summarizeHistory` on every write.
 */
import type { Direction, InteractionKind, InteractionValue } from '../interactions/types.js';

/** The facts of one interaction that the summary needs. */
export interface InteractionFact {
  /** Facts of kind `connection` are skipped: a connection request is not an exchange (principle 1). */
  kind?: InteractionKind;
  occurredAt: string;
  direction: Direction;
  value: InteractionValue;
  followUpAt: string | null;
}

export interface HistorySummary {
  interactionCount: number;
  /** Interactions where they engaged: direction `in` or `both`. */
  twoWayCount: number;
  firstAt: string | null;
  lastAt: string | null;
  lastTwoWayAt: string | null;
  /** What I did (direction `out` or `both`). */
  gives: number;
  asks: number;
  thanks: number;
  /** What they did (direction `in`). */
  givesReceived: number;
  asksReceived: number;
  thanksReceived: number;
  lastGiveAt: string | null;
  lastHelpReceivedAt: string | null;
  lastThanksSentAt: string | null;
  /** The follow-up date set on the latest interaction, if any: pending until the next one. */
  followUpAt: string | null;
}

export const emptySummary: HistorySummary = {
  interactionCount: 0,
  twoWayCount: 0,
  firstAt: null,
  lastAt: null,
  lastTwoWayAt: null,
  gives: 0,
  asks: 0,
  thanks: 0,
  givesReceived: 0,
  asksReceived: 0,
  thanksReceived: 0,
  lastGiveAt: null,
  lastHelpReceivedAt: null,
  lastThanksSentAt: null,
  followUpAt: null,
};

const later = (a: string | null, b: string): string => (a === null || b > a ? b : a);
const earlier = (a: string | null, b: string): string => (a === null || b < a ? b : a);

/**
 * Folds a contact's interactions (any order) into its summary. Timestamps must be ISO strings in
 * UTC as produced by `Date.toISOString`, so that string order is time order.
 */
export function summarizeHistory(facts: Iterable<InteractionFact>): HistorySummary {
  const s: HistorySummary = { ...emptySummary };
  let latestWithFollowUp: { at: string; followUpAt: string | null } | null = null;
  for (const f of facts) {
    // Clicking "connect" is not networking: it neither counts as contact nor resets the cadence.
    if (f.kind === 'connection') continue;
    s.interactionCount += 1;
    s.firstAt = earlier(s.firstAt, f.occurredAt);
    s.lastAt = later(s.lastAt, f.occurredAt);
    const theirs = f.direction === 'in';
    if (f.direction !== 'out') {
      s.twoWayCount += 1;
      s.lastTwoWayAt = later(s.lastTwoWayAt, f.occurredAt);
    }
    if (f.value === 'give') {
      if (theirs) {
        s.givesReceived += 1;
        s.lastHelpReceivedAt = later(s.lastHelpReceivedAt, f.occurredAt);
      } else {
        s.gives += 1;
        s.lastGiveAt = later(s.lastGiveAt, f.occurredAt);
      }
    } else if (f.value === 'ask') {
      if (theirs) s.asksReceived += 1;
      else s.asks += 1;
    } else if (f.value === 'thanks') {
      if (theirs) s.thanksReceived += 1;
      else {
        s.thanks += 1;
        s.lastThanksSentAt = later(s.lastThanksSentAt, f.occurredAt);
      }
    }
    if (latestWithFollowUp === null || f.occurredAt >= latestWithFollowUp.at) {
      latestWithFollowUp = { at: f.occurredAt, followUpAt: f.followUpAt };
    }
  }
  s.followUpAt = latestWithFollowUp?.followUpAt ?? null;
  return s;
}
