/**
 * What the agenda says about each person: why they are on it today and one concrete next step,
 * chosen from what is known about them (tier, stage, interests, company, role, their last help).
 */
import { DAY_MS, daysSince } from '../coach/time.js';
import type { CadenceStatus } from '../coach/cadence.js';
import type { Message } from '../i18n/message.js';
import type { AgendaCandidate } from '../ports.js';

/** One of the person's interests, rotating by day so the suggestion does not repeat forever. */
export function pickTopic(tags: readonly string[], now: Date): string | null {
  if (tags.length === 0) return null;
  return tags[Math.floor(now.getTime() / DAY_MS) % tags.length] ?? null;
}

/** Their company, else their sector: something to bring news about. */
function newsTopic(c: AgendaCandidate): string | null {
  return c.company ?? c.sector;
}

export interface Explanation {
  reason: Message;
  suggestion: Message;
}

/** Whole days since the help that is owed thanks (0 when its date is unknown). */
export function daysSinceHelp(c: AgendaCandidate, now: Date): number {
  const date = c.summary.lastHelpReceivedAt;
  return date === null ? 0 : Math.max(0, daysSince(date, now));
}

/** The date of the planned follow-up: the pending one, else the due date. */
export function followUpDate(c: AgendaCandidate): string {
  return c.summary.followUpAt ?? c.dueAt;
}

/** Whole days since the follow-up date passed. */
export function daysLate(c: AgendaCandidate, now: Date): number {
  return Math.max(0, daysSince(followUpDate(c), now));
}

/** Whole days since the contact was added. */
export function daysSinceAdded(c: AgendaCandidate, now: Date): number {
  return Math.max(0, daysSince(c.createdAt, now));
}

/** Thank them for their latest help (principle 12). */
export function explainThanksOwed(c: AgendaCandidate): Explanation {
  const date = c.summary.lastHelpReceivedAt;
  const name = c.name;
  if (date === null) {
    return {
      reason: { key: 'agenda.reason.thanksOwed', params: { name } },
      suggestion: { key: 'agenda.suggest.thanks', params: { name } },
    };
  }
  const times = c.summary.givesReceived;
  const suggestion: Message =
    c.summary.thanks === 0 && times > 1
      ? { key: 'agenda.suggest.thanksMany', params: { name, count: times } }
      : { key: 'agenda.suggest.thanksHelp', params: { name, date } };
  return { reason: { key: 'agenda.reason.thanksOwedDated', params: { name, date } }, suggestion };
}

/** A follow-up the user planned on a past interaction, `days` late (see `daysLate`). */
export function explainFollowUp(c: AgendaCandidate, days: number, now: Date, eventDays: number): Explanation {
  const date = followUpDate(c);
  const reason: Message =
    days === 0
      ? { key: 'agenda.reason.followUpToday' }
      : { key: 'agenda.reason.followUp', params: { count: days, date } };
  const name = c.name;
  const topic = pickTopic(c.tags, now);
  const company = c.company;
  const afterEvent =
    c.context === 'event' && c.summary.lastAt !== null && daysSince(c.summary.lastAt, now) <= eventDays;
  const suggestion: Message = afterEvent
    ? { key: 'agenda.suggest.followUpEvent', params: { name } }
    : topic !== null
      ? { key: 'agenda.suggest.followUpTopic', params: { name, topic } }
      : company !== null
        ? { key: 'agenda.suggest.followUpCompany', params: { name, company } }
        : { key: 'agenda.suggest.followUp', params: { name } };
  return { reason, suggestion };
}

/** A keep-in-touch check-in that is due or late. */
export function explainOverdue(c: AgendaCandidate, cadence: CadenceStatus, now: Date): Explanation {
  const name = c.name;
  const { summary } = c;
  const topic = pickTopic(c.tags, now);
  const news = newsTopic(c);
  const since = Math.max(1, daysSince(summary.lastAt ?? c.createdAt, now));
  const suggest = (): Message => {
    if (summary.lastAt === null) {
      return c.context !== null
        ? { key: 'agenda.suggest.firstMessageContext', params: { name, context: c.context } }
        : { key: 'agenda.suggest.firstMessage', params: { name } };
    }
    if (summary.asks > summary.gives) {
      return topic !== null
        ? { key: 'agenda.suggest.giveBackTopic', params: { name, topic } }
        : { key: 'agenda.suggest.giveBack', params: { name } };
    }
    if (c.tier === 'inner') return { key: 'agenda.suggest.call', params: { name, count: since } };
    if (topic !== null) return { key: 'agenda.suggest.shareTopic', params: { name, topic } };
    if (news !== null) return { key: 'agenda.suggest.shareNews', params: { name, topic: news } };
    if (c.role !== null) return { key: 'agenda.suggest.askAboutRole', params: { name, role: c.role } };
    return { key: 'agenda.suggest.shortMessage', params: { name, count: since } };
  };
  return { reason: cadence.reason, suggestion: suggest() };
}

/** A new contact to whom nothing was given yet (principle 2: give first), added `days` ago. */
export function explainFirstGive(c: AgendaCandidate, days: number, now: Date, eventDays: number): Explanation {
  const name = c.name;
  const reason: Message =
    days === 0 ? { key: 'agenda.reason.firstGiveToday' } : { key: 'agenda.reason.firstGive', params: { count: days } };
  const topic = pickTopic(c.tags, now);
  const news = newsTopic(c);
  const suggestion: Message =
    c.context === 'event' && days <= eventDays
      ? { key: 'agenda.suggest.firstGiveEvent', params: { name } }
      : topic !== null
        ? { key: 'agenda.suggest.firstGiveTopic', params: { name, topic } }
        : news !== null
          ? { key: 'agenda.suggest.firstGiveNews', params: { name, topic: news } }
          : { key: 'agenda.suggest.firstGive', params: { name } };
  return { reason, suggestion };
}
