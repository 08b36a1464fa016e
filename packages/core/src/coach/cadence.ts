/**
 * Cadence: when the next check-in is due. Any logged interaction resets the clock, whatever its
 * kind or direction (a comment counts as much as a call for staying in touch).
 */
import type { Contact } from '../contacts/types.js';
import type { Message } from '../i18n/message.js';
import type { AccountSettings } from '../settings/types.js';
import type { HistorySummary } from './summary.js';
import { DAY_MS, daysSince } from './time.js';

/** The cadence in days that applies to a contact: its own override, else its tier's. */
export function effectiveCadenceDays(
  contact: Pick<Contact, 'tier' | 'cadenceDays'>,
  settings: Pick<AccountSettings, 'cadenceDays'>,
): number {
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

export type CadenceState = 'on-track' | 'due-soon' | 'overdue' | 'never-contacted';

export interface CadenceStatus {
  cadenceDays: number;
  lastAt: string | null;
  dueAt: string;
  /** Whole days past the due date; 0 when not overdue or due today. */
  daysOverdue: number;
  /** Whole days until the due date, rounded up; 0 once due. */
  daysUntilDue: number;
  state: CadenceState;
  reason: Message;
}

/** A check-in is "due soon" within this many days: 7, or 20% of the cadence when that is smaller. */
export function dueSoonWindowDays(cadenceDays: number): number {
  return Math.min(7, cadenceDays * 0.2);
}

/**
 * Where a relationship stands against its keep-in-touch cadence at `now`. Overdue from the due
 * instant on (as storage's agenda query); never-contacted whenever nothing was logged yet.
 */
export function assessCadence(
  summary: Pick<HistorySummary, 'lastAt'>,
  createdAt: string,
  cadenceDays: number,
  now: Date,
): CadenceStatus {
  const dueAt = computeDueAt(summary, createdAt, cadenceDays);
  const untilMs = Date.parse(dueAt) - now.getTime();
  const isDue = untilMs <= 0;
  const daysOverdue = isDue ? Math.floor(-untilMs / DAY_MS) : 0;
  const daysUntilDue = isDue ? 0 : Math.ceil(untilMs / DAY_MS);
  // A literal rather than a spread of shared fields: the agenda calls this for every candidate.
  const status = (state: CadenceState, reason: Message): CadenceStatus => ({
    cadenceDays,
    lastAt: summary.lastAt,
    dueAt,
    daysOverdue,
    daysUntilDue,
    state,
    reason,
  });
  const cadence = cadenceDays;

  if (summary.lastAt === null) {
    const reason: Message = isDue
      ? { key: 'cadence.neverContactedOverdue', params: { count: Math.max(1, daysSince(createdAt, now)) } }
      : { key: 'cadence.neverContacted', params: { count: daysUntilDue } };
    return status('never-contacted', reason);
  }
  if (isDue) {
    const since = Math.max(1, daysSince(summary.lastAt, now));
    const reason: Message =
      daysOverdue === 0
        ? { key: 'cadence.dueToday', params: { cadence } }
        : { key: 'cadence.overdue', params: { count: since, cadence, days: daysOverdue } };
    return status('overdue', reason);
  }
  if (daysUntilDue <= dueSoonWindowDays(cadenceDays)) {
    return status('due-soon', { key: 'cadence.dueSoon', params: { count: daysUntilDue, cadence } });
  }
  return status('on-track', { key: 'cadence.onTrack', params: { count: daysUntilDue, cadence } });
}
