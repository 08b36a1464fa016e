/**
 * Replies to campaign messages count as help received (principle 12: every reply gets an answer
 * and thanks): a contact who engaged after a sent campaign message, and was not thanked since, owes
 * a thank-you on the Today agenda.
 */
import type { AgendaCandidate } from '@nexo/core';
import { toDbBool, type StorageContext } from './database.js';
import { agendaColumns, toAgendaCandidate } from './contact-row.js';
import { prepared } from './prepared.js';

/** The query of `campaignRepliesOwed`, built and compiled once per database (prepared.ts). */
const repliesOwedQueries = new WeakMap<StorageContext['db'], ReturnType<typeof repliesOwedQuery>>();

function repliesOwedQuery(ctx: StorageContext) {
  return prepared({ accountId: '', now: '', limit: 0 }, (a) =>
    ctx.db
      .selectFrom('contacts')
      .select(agendaColumns)
      .select('lastTwoWayAt')
      .where('accountId', '=', a.accountId)
      .where('archived', '=', toDbBool(ctx.dialect, false))
      .where((eb) => eb.or([eb('snoozedUntil', 'is', null), eb('snoozedUntil', '<=', a.now)]))
      .where('lastTwoWayAt', 'is not', null)
      .where((eb) => eb.or([eb('lastThanksSentAt', 'is', null), eb('lastThanksSentAt', '<', eb.ref('lastTwoWayAt'))]))
      // Implied by the EXISTS below, but uncorrelated: the planner starts from the few people sent a
      // campaign instead of scanning every contact of the account (15 ms at 20,000 contacts on SQLite).
      .where('id', 'in', (eb) =>
        eb
          .selectFrom('campaignRecipients')
          .select('campaignRecipients.contactId')
          .where('campaignRecipients.accountId', '=', a.accountId)
          .where('campaignRecipients.sendState', '=', 'sent'),
      )
      .where((eb) =>
        eb.exists(
          eb
            .selectFrom('campaignRecipients as r')
            .select('r.contactId')
            .where('r.accountId', '=', a.accountId)
            .whereRef('r.contactId', '=', 'contacts.id')
            .where('r.sendState', '=', 'sent')
            .whereRef('r.sentAt', '<', 'contacts.lastTwoWayAt'),
        ),
      )
      .orderBy('lastTwoWayAt', 'desc')
      .orderBy('id')
      .limit(a.limit),
  );
}

/**
 * Non-archived, non-snoozed contacts whose last two-way interaction came after a campaign message
 * sent to them and after the last thanks sent to them; `lastHelpReceivedAt` is that reply when later.
 */
export async function campaignRepliesOwed(
  ctx: StorageContext,
  accountId: string,
  limit: number,
  now: Date,
): Promise<AgendaCandidate[]> {
  let query = repliesOwedQueries.get(ctx.db);
  if (!query) {
    query = repliesOwedQuery(ctx);
    repliesOwedQueries.set(ctx.db, query);
  }
  const rows = await query.execute(ctx.db, { accountId, now: now.toISOString(), limit });
  return rows.map((row) => {
    const candidate = toAgendaCandidate(row);
    const reply = row.lastTwoWayAt as string;
    const help = candidate.summary.lastHelpReceivedAt;
    return { ...candidate, summary: { ...candidate.summary, lastHelpReceivedAt: help && help > reply ? help : reply } };
  });
}

/** Merges help-based and reply-based candidates: one per contact, latest reason first, at most `limit`. */
export function mergeThanksOwed(a: AgendaCandidate[], b: AgendaCandidate[], limit: number): AgendaCandidate[] {
  const byId = new Map<string, AgendaCandidate>();
  for (const c of [...a, ...b]) {
    const seen = byId.get(c.id);
    if (!seen || (c.summary.lastHelpReceivedAt ?? '') > (seen.summary.lastHelpReceivedAt ?? '')) byId.set(c.id, c);
  }
  return [...byId.values()]
    .sort(
      (x, y) => compare(y.summary.lastHelpReceivedAt ?? '', x.summary.lastHelpReceivedAt ?? '') || compare(x.id, y.id),
    )
    .slice(0, limit);
}

const compare = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
