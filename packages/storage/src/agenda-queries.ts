/** The AgendaQueries port: the candidate sets the Today agenda ranks, each one indexed query. */
import type { AgendaQueries } from '@nexo/core';
import { toDbBool, type StorageContext } from './database.js';
import { agendaColumns, toAgendaCandidate } from './contact-row.js';
import { campaignRepliesOwed, mergeThanksOwed } from './campaign-replies.js';
import { prepared } from './prepared.js';

/** The AgendaQueries of one database. */
export function createAgendaQueries(ctx: StorageContext): AgendaQueries {
  const active = (accountId: string) =>
    ctx.db
      .selectFrom('contacts')
      // Only what the agenda ranks and explains: whole rows cost a third of its time.
      .select(agendaColumns)
      .where('accountId', '=', accountId)
      .where('archived', '=', toDbBool(ctx.dialect, false));

  // Each candidate set is one query of fixed shape, built and compiled once (prepared.ts).
  const overdue = prepared({ accountId: '', now: '', limit: 0 }, (a) =>
    active(a.accountId)
      .where('dueAt', '<=', a.now)
      // Snoozed from Today (contacts.snooze): left out until the snooze ends.
      .where((eb) => eb.or([eb('snoozedUntil', 'is', null), eb('snoozedUntil', '<=', a.now)]))
      .orderBy('dueAt')
      .orderBy('id')
      .limit(a.limit),
  );
  const followUpsDue = prepared({ accountId: '', now: '', limit: 0 }, (a) =>
    active(a.accountId)
      .where('followUpAt', 'is not', null)
      .where('followUpAt', '<=', a.now)
      // Snoozed from Today (contacts.snooze): left out until the snooze ends.
      .where((eb) => eb.or([eb('snoozedUntil', 'is', null), eb('snoozedUntil', '<=', a.now)]))
      .orderBy('followUpAt')
      .orderBy('id')
      .limit(a.limit),
  );
  const thanksOwed = prepared({ accountId: '', now: '', limit: 0 }, (a) =>
    active(a.accountId)
      .where('lastHelpReceivedAt', 'is not', null)
      .where((eb) =>
        eb.or([eb('lastThanksSentAt', 'is', null), eb('lastThanksSentAt', '<', eb.ref('lastHelpReceivedAt'))]),
      )
      // Snoozed from Today (contacts.snooze): left out until the snooze ends.
      .where((eb) => eb.or([eb('snoozedUntil', 'is', null), eb('snoozedUntil', '<=', a.now)]))
      .orderBy('lastHelpReceivedAt', 'desc')
      .orderBy('id')
      .limit(a.limit),
  );
  const awaitingFirstGive = prepared({ accountId: '', since: '', now: '', limit: 0 }, (a) =>
    active(a.accountId)
      .where('createdAt', '>=', a.since)
      .where('gives', '=', 0)
      // Snoozed from Today (contacts.snooze): left out until the snooze ends.
      .where((eb) => eb.or([eb('snoozedUntil', 'is', null), eb('snoozedUntil', '<=', a.now)]))
      .orderBy('createdAt')
      .orderBy('id')
      .limit(a.limit),
  );

  return {
    async overdue(accountId, now, limit) {
      const rows = await overdue.execute(ctx.db, { accountId, now: now.toISOString(), limit });
      return rows.map(toAgendaCandidate);
    },

    async followUpsDue(accountId, now, limit) {
      const rows = await followUpsDue.execute(ctx.db, { accountId, now: now.toISOString(), limit });
      return rows.map(toAgendaCandidate);
    },

    async thanksOwed(accountId, limit, now) {
      // A reply to a campaign message counts as help received (campaign-replies.ts); both at once.
      const [rows, replies] = await Promise.all([
        thanksOwed.execute(ctx.db, { accountId, now: now.toISOString(), limit }),
        campaignRepliesOwed(ctx, accountId, limit, now),
      ]);
      return mergeThanksOwed(rows.map(toAgendaCandidate), replies, limit);
    },

    async awaitingFirstGive(accountId, since, limit, now) {
      const rows = await awaitingFirstGive.execute(ctx.db, {
        accountId,
        since: since.toISOString(),
        now: now.toISOString(),
        limit,
      });
      return rows.map(toAgendaCandidate);
    },
  };
}
