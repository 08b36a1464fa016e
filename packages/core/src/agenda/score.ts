/**
 * Agenda ranking. Each kind of item has its own score band, so the order of the principles holds:
 * thanks owed [900, 1000) > follow-ups due [700, 900) > overdue check-ins [300, 700) > first gives [100, 300).
 */
import type { Tier } from '../contacts/types.js';
import { clamp } from '../coach/time.js';

/** How much an overdue check-in weighs by tier: close relationships first. */
export const overdueTierWeight: Record<Tier, number> = { inner: 1, key: 0.85, network: 0.55, wide: 0.35 };

/** A small lift inside a band for closer tiers. */
const tierBonus: Record<Tier, number> = { inner: 40, key: 30, network: 10, wide: 0 };

/** Thanks owed: the longer the help has gone unthanked, the more urgent. */
export function scoreThanksOwed(daysSinceHelp: number): number {
  return 900 + clamp(daysSinceHelp, 0, 99);
}

/** A follow-up the user planned: later ones and closer tiers first. */
export function scoreFollowUp(daysLate: number, tier: Tier): number {
  return 700 + clamp(10 * daysLate, 0, 150) + tierBonus[tier];
}

/**
 * An overdue check-in: 300 + 399 × tier weight × min(1, (1 + overdue / cadence) / 4), so being due
 * counts a quarter and three cadences overdue count in full.
 */
export function scoreOverdue(daysOverdue: number, cadenceDays: number, tier: Tier): number {
  const lateness = Math.min(1, (1 + daysOverdue / cadenceDays) / 4);
  return 300 + Math.round(399 * overdueTierWeight[tier] * lateness);
}

/** A new contact awaiting a first give: the fresher the meeting, the better the moment. */
export function scoreFirstGive(daysSinceAdded: number, windowDays: number, tier: Tier): number {
  const freshness = clamp(1 - daysSinceAdded / windowDays, 0, 1);
  return 100 + Math.round(150 * freshness) + tierBonus[tier];
}
