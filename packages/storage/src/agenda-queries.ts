/** The AgendaQueries port: the candidate sets the Today agenda ranks, each one indexed query. */
import type { AgendaQueries } from '@nexo/core';
import { toDbBool, type StorageContext } from './database.js';
import { agendaColumns, toAgendaCandidate } from './contact-row.js';
import { campaignRepliesOwed, mergeThanksOwed } from './campaign-replies.js';

/** The AgendaQueries of one database. */
export function createAgendaQueries(ctx: StorageContext): AgendaQueries {
  const active = (accountId: string) =>
    ctx.db
      .selectFrom('contacts')
      // Only what the agenda ranks and explains: whole rows cost a third of its time.
      .select(agendaColumns)
      .where('accountId', '=', accountId)
      .where('archived', '=', toDbBool(ctx.dialect, false));

  return {
    async overdue(accountId, now, limit) {
      const rows = await active(accountId)
        .where('dueAt', '<=', now.toISOString())
        // Snoozed from Today (contacts.snooze): left out until the snooze ends.
        .where((eb) => eb.or([eb('snoozedUntil', 'is', null), eb('snoozedUntil', '<=', now.toISOString())]))
        .orderBy('dueAt')
        .orderBy('id')
        .limit(limit)
        .execute();
      return rows.map(toAgendaCandidate);
    },

    async followUpsDue(accountId, now, limit) {
      const rows = await active(accountId)
        .where('followUpAt', 'is not', null)
        .where('followUpAt', '<=', now.toISOString())
        // Snoozed from Today (contacts.snooze): left out until the snooze ends.
        .where((eb) => eb.or([eb('snoozedUntil', 'is', null), eb('snoozedUntil', '<=', now.toISOString())]))
        .orderBy('followUpAt')
        .orderBy('id')
        .limit(limit)
        .execute();
      return rows.map(toAgendaCandidate);
    },

    async thanksOwed(accountId, limit, now) {
      const rows = await active(accountId)
        .where('lastHelpReceivedAt', 'is not', null)
        .where((eb) =>
          eb.or([eb('lastThanksSentAt', 'is', null), eb('lastThanksSentAt', '<', eb.ref('lastHelpReceivedAt'))]),
        )
        // Snoozed from Today (contacts.snooze): left out until the snooze ends.
        .where((eb) => eb.or([eb('snoozedUntil', 'is', null), eb('snoozedUntil', '<=', now.toISOString())]))
        .orderBy('lastHelpReceivedAt', 'desc')
        .orderBy('id')
        .limit(limit)
        .execute();
      // A reply to a campaign message counts as help received (campaign-replies.ts).
      return mergeThanksOwed(rows.map(toAgendaCandidate), await campaignRepliesOwed(ctx, accountId, limit, now), limit);
    },

    async awaitingFirstGive(accountId, since, limit, now) {
      const rows = await active(accountId)
        .where('createdAt', '>=', since.toISOString())
        .where('gives', '=', 0)
        // Snoozed from Today (contacts.snooze): left out until the snooze ends.
        .where((eb) => eb.or([eb('snoozedUntil', 'is', null), eb('snoozedUntil', '<=', now.toISOString())]))
        .orderBy('createdAt')
        .orderBy('id')
        .limit(limit)
        .execute();
      return rows.map(toAgendaCandidate);
    },
  };
}
