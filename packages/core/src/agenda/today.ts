/**
 * The Today agenda: who to reach out to now and why, ranked, one item per person, each with a
 * concrete next step. Storage supplies the candidate sets; this ranks and explains them.
 */
import { assessCadence, effectiveCadenceDays } from '../coach/cadence.js';
import type { Message } from '../i18n/message.js';
import type { ContactRecord } from '../ports.js';
import type { AccountSettings } from '../settings/types.js';
import { scoreFirstGive, scoreFollowUp, scoreOverdue, scoreThanksOwed } from './score.js';
import { explainFirstGive, explainFollowUp, explainOverdue, explainThanksOwed } from './suggest.js';

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
  overdue: ContactRecord[];
  followUpsDue: ContactRecord[];
  thanksOwed: ContactRecord[];
  awaitingFirstGive: ContactRecord[];
}

export const agendaWindows = {
  /** How far back "new contacts" go for a first give. */
  firstGiveDays: 30,
  /** After an event, follow up within a couple of days (principle 13). */
  eventFollowUpDays: 3,
};

type Planned = Omit<AgendaItem, 'also'>;

function plan(kind: AgendaItemKind, c: ContactRecord, settings: AccountSettings, now: Date): Planned {
  const base = { contactId: c.id, name: c.name, kind };
  switch (kind) {
    case 'thanks-owed': {
      const t = explainThanksOwed(c, now);
      const dueAt = c.summary.lastHelpReceivedAt;
      return {
        ...base,
        score: scoreThanksOwed(t.days),
        reason: t.reason,
        suggestion: t.suggestion,
        dueAt,
        daysOverdue: t.days,
      };
    }
    case 'follow-up': {
      const f = explainFollowUp(c, now, agendaWindows.eventFollowUpDays);
      const dueAt = c.summary.followUpAt ?? c.dueAt;
      return {
        ...base,
        score: scoreFollowUp(f.days, c.tier),
        reason: f.reason,
        suggestion: f.suggestion,
        dueAt,
        daysOverdue: f.days,
      };
    }
    case 'overdue': {
      const cadence = assessCadence(c.summary, c.createdAt, effectiveCadenceDays(c, settings), now);
      const o = explainOverdue(c, cadence, now);
      const score = scoreOverdue(cadence.daysOverdue, cadence.cadenceDays, c.tier);
      return {
        ...base,
        score,
        reason: o.reason,
        suggestion: o.suggestion,
        dueAt: cadence.dueAt,
        daysOverdue: cadence.daysOverdue,
      };
    }
    case 'first-give': {
      const g = explainFirstGive(c, now, agendaWindows.eventFollowUpDays);
      const score = scoreFirstGive(g.days, agendaWindows.firstGiveDays, c.tier);
      return { ...base, score, reason: g.reason, suggestion: g.suggestion, dueAt: null, daysOverdue: 0 };
    }
  }
}

/**
 * Ranks the candidates into at most `limit` items, highest score first. A person in several sets
 * appears once, under the most urgent kind, with the others listed in `also`. Archived contacts
 * are left out.
 */
export function buildAgenda(
  candidates: AgendaCandidates,
  settings: AccountSettings,
  now: Date,
  limit: number,
): AgendaItem[] {
  const sets: [AgendaItemKind, ContactRecord[]][] = [
    ['thanks-owed', candidates.thanksOwed],
    ['follow-up', candidates.followUpsDue],
    ['overdue', candidates.overdue],
    ['first-give', candidates.awaitingFirstGive],
  ];
  const byContact = new Map<string, Planned[]>();
  for (const [kind, records] of sets) {
    for (const c of records) {
      if (c.archived) continue;
      const planned = byContact.get(c.id) ?? [];
      if (planned.some((p) => p.kind === kind)) continue;
      planned.push(plan(kind, c, settings, now));
      byContact.set(c.id, planned);
    }
  }
  const items: AgendaItem[] = [];
  for (const planned of byContact.values()) {
    const [best, ...rest] = planned.sort((a, b) => b.score - a.score);
    if (best) items.push({ ...best, also: rest.map((p) => ({ kind: p.kind, reason: p.reason })) });
  }
  items.sort((a, b) => b.score - a.score || compare(a.name, b.name) || compare(a.contactId, b.contactId));
  return items.slice(0, Math.max(0, limit));
}

const compare = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
