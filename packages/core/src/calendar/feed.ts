/**
 * What the calendar feed holds: one all-day event per due keep-in-touch check-in and per pending
 * follow-up, each explained by the coach as it will stand on that day. Pure.
 */
import { assessCadence, effectiveCadenceDays } from '../coach/cadence.js';
import { daysLate, explainFollowUp, explainOverdue } from '../agenda/suggest.js';
import { agendaWindows } from '../agenda/today.js';
import type { Message } from '../i18n/message.js';
import type { ContactRecord } from '../ports.js';
import type { AccountSettings } from '../settings/types.js';

export type CalendarEventKind = 'check-in' | 'follow-up';

/** How far ahead the feed looks, in weeks. */
export const calendarWeeks = { default: 4, min: 1, max: 52 } as const;

/** The contacts a feed is built from (non-archived ones; storage bounds each set). */
export interface CalendarCandidates {
  /** Due for a check-in at or before the end of the window, overdue ones included. */
  checkIns: readonly ContactRecord[];
  /** With a pending follow-up at or before the end of the window. */
  followUps: readonly ContactRecord[];
}

/** One planned event, its texts still as messages for the reader's language. */
export interface PlannedCalendarEvent {
  uid: string;
  kind: CalendarEventKind;
  contactId: string;
  /** `YYYY-MM-DD` (UTC): the due day, or today for what is already late. */
  date: string;
  summary: Message;
  reason: Message;
  suggestion: Message;
}

const dayOf = (at: Date) => at.toISOString().slice(0, 10);

/**
 * Plans the events of a feed. Something already late lands on today, so it stays in sight until
 * done; something due later lands on its day, explained as the coach will see it then.
 */
export function planCalendarEvents(
  candidates: CalendarCandidates,
  settings: AccountSettings,
  now: Date,
): PlannedCalendarEvent[] {
  const events: PlannedCalendarEvent[] = [];
  for (const c of candidates.checkIns) {
    if (c.archived) continue;
    const at = new Date(Math.max(now.getTime(), Date.parse(c.dueAt)));
    const cadence = assessCadence(c.summary, c.createdAt, effectiveCadenceDays(c, settings), at);
    const { reason, suggestion } = explainOverdue(c, cadence, at);
    events.push({
      uid: `check-in-${c.id}@nexo`,
      kind: 'check-in',
      contactId: c.id,
      date: dayOf(at),
      summary: { key: 'calendar.checkIn', params: { name: c.name } },
      reason,
      suggestion,
    });
  }
  for (const c of candidates.followUps) {
    const planned = c.summary.followUpAt;
    if (c.archived || planned === null) continue;
    const at = new Date(Math.max(now.getTime(), Date.parse(planned)));
    const { reason, suggestion } = explainFollowUp(c, daysLate(c, at), at, agendaWindows.eventFollowUpDays);
    events.push({
      uid: `follow-up-${c.id}@nexo`,
      kind: 'follow-up',
      contactId: c.id,
      date: dayOf(at),
      summary: { key: 'calendar.followUp', params: { name: c.name } },
      reason,
      suggestion,
    });
  }
  return events.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.uid < b.uid ? -1 : 1));
}
