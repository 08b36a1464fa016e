/**
 * The Today agenda: who to reach out to now and why, ranked, one item per person, each with a
 * concrete next step. Storage supplies the candidate sets; this ranks and explains them.
 */
import { assessCadence, effectiveCadenceDays, type CadenceStatus } from '../coach/cadence.js';
import type { Message } from '../i18n/message.js';
import type { AgendaCandidate } from '../ports.js';
import type { AccountSettings } from '../settings/types.js';
import { scoreFirstGive, scoreFollowUp, scoreOverdue, scoreThanksOwed } from './score.js';
import {
  daysLate,
  daysSinceAdded,
  daysSinceHelp,
  explainFirstGive,
  explainFollowUp,
  explainOverdue,
  explainThanksOwed,
  followUpDate,
  type Explanation,
} from './suggest.js';

export type AgendaItemKind = 'follow-up' | 'thanks-owed' | 'overdue' | 'first-give';

export interface AgendaItem {
  contactId: string;
  name: string;
  kind: AgendaItemKind;
  /** higher first */
  score: number;
  reason: Message;
  suggestion: Message;
  dueAt: string | null;
  daysOverdue: number;
  /** Other reasons the same person is due today, less urgent than `kind`. */
  also: { kind: AgendaItemKind; reason: Message }[];
}

export interface AgendaCandidates {
  overdue: AgendaCandidate[];
  followUpsDue: AgendaCandidate[];
  thanksOwed: AgendaCandidate[];
  awaitingFirstGive: AgendaCandidate[];
}

export const agendaWindows = {
  /** How far back "new contacts" go for a first give. */
  firstGiveDays: 30,
  /** After an event, follow up within a couple of days (principle 13). */
  eventFollowUpDays: 3,
};

/** A candidate scored for one kind, not yet explained: explaining is left to the few shown. */
type Ranked = {
  contact: AgendaCandidate;
  score: number;
  dueAt: string | null;
  daysOverdue: number;
} & (
  | { kind: Exclude<AgendaItemKind, 'overdue'> }
  /** The cadence assessment the overdue reason comes from. */
  | { kind: 'overdue'; cadence: CadenceStatus }
);

// Object literals, not spreads: this runs for every candidate (a few hundred per agenda).
function rank(kind: AgendaItemKind, c: AgendaCandidate, settings: AccountSettings, now: Date): Ranked {
  switch (kind) {
    case 'thanks-owed': {
      const days = daysSinceHelp(c, now);
      const dueAt = c.summary.lastHelpReceivedAt;
      return { kind, contact: c, score: scoreThanksOwed(days), dueAt, daysOverdue: days };
    }
    case 'follow-up': {
      const days = daysLate(c, now);
      return { kind, contact: c, score: scoreFollowUp(days, c.tier), dueAt: followUpDate(c), daysOverdue: days };
    }
    case 'overdue': {
      const cadence = assessCadence(c.summary, c.createdAt, effectiveCadenceDays(c, settings), now);
      const score = scoreOverdue(cadence.daysOverdue, cadence.cadenceDays, c.tier);
      return { kind, contact: c, score, dueAt: cadence.dueAt, daysOverdue: cadence.daysOverdue, cadence };
    }
    case 'first-give': {
      const score = scoreFirstGive(daysSinceAdded(c, now), agendaWindows.firstGiveDays, c.tier);
      return { kind, contact: c, score, dueAt: null, daysOverdue: 0 };
    }
  }
}

function explain(r: Ranked, now: Date): Explanation {
  const c = r.contact;
  switch (r.kind) {
    case 'thanks-owed':
      return explainThanksOwed(c);
    case 'follow-up':
      return explainFollowUp(c, r.daysOverdue, now, agendaWindows.eventFollowUpDays);
    case 'overdue':
      return explainOverdue(c, r.cadence, now);
    case 'first-give':
      return explainFirstGive(c, daysSinceAdded(c, now), now, agendaWindows.eventFollowUpDays);
  }
}

/**
 * Ranks the candidates into at most `limit` items, highest score first. A person in several sets
 * appears once, under the most urgent kind, with the others listed in `also`. Archived contacts
 * are left out. Every candidate is scored, but only the items kept are explained.
 */
export function buildAgenda(
  candidates: AgendaCandidates,
  settings: AccountSettings,
  now: Date,
  limit: number,
): AgendaItem[] {
  const sets: [AgendaItemKind, AgendaCandidate[]][] = [
    ['thanks-owed', candidates.thanksOwed],
    ['follow-up', candidates.followUpsDue],
    ['overdue', candidates.overdue],
    ['first-give', candidates.awaitingFirstGive],
  ];
  const byContact = new Map<string, Ranked[]>();
  for (const [kind, records] of sets) {
    for (const c of records) {
      if (c.archived) continue;
      const ranked = byContact.get(c.id) ?? [];
      if (ranked.some((p) => p.kind === kind)) continue;
      ranked.push(rank(kind, c, settings, now));
      byContact.set(c.id, ranked);
    }
  }
  const best: { top: Ranked; rest: Ranked[] }[] = [];
  for (const ranked of byContact.values()) {
    const [top, ...rest] = ranked.sort((a, b) => b.score - a.score);
    if (top) best.push({ top, rest });
  }
  best.sort(
    (a, b) =>
      b.top.score - a.top.score ||
      compare(a.top.contact.name, b.top.contact.name) ||
      compare(a.top.contact.id, b.top.contact.id),
  );
  return best.slice(0, Math.max(0, limit)).map(({ top, rest }) => {
    const { reason, suggestion } = explain(top, now);
    return {
      contactId: top.contact.id,
      name: top.contact.name,
      kind: top.kind,
      score: top.score,
      reason,
      suggestion,
      dueAt: top.dueAt,
      daysOverdue: top.daysOverdue,
      also: rest.map((r) => ({ kind: r.kind, reason: explain(r, now).reason })),
    };
  });
}

const compare = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
