/**
 * Cadence: when the next check-in is due. Any logged interaction resets the clock, whatever its
 * kind or direction (a comment counts as much as a call for staying in touch).
 */
import type { Contact } from '../contacts/types.js';
import type { AccountSettings } from '../settings/types.js';
import type { HistorySummary } from './summary.js';

const DAY_MS = 86_400_000;

/** The cadence in days that applies to a contact: its own override, else its tier's. */
export function effectiveCadenceDays(contact: Pick<Contact, 'tier' | 'cadenceDays'>, settings: Pick<AccountSettings, 'cadenceDays'>): number {
  return contact.cadenceDays ?? settings.cadenceDays[contact.tier];
}

/**
 * The next check-in date: last interaction plus the cadence. A contact never contacted is due one
 * cadence after being added, so new people are not all due on day one.
 */
export function computeDueAt(summary: Pick<HistorySummary, 'lastAt'>, createdAt: string, cadenceDays: number): string {
  const from = summary.lastAt ?? createdAt;
  return new Date(Date.parse(from) + cadenceDays * DAY_MS).toISOString();
}
