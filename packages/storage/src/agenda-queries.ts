/** The AgendaQueries port: the candidate sets the Today agenda ranks, each one indexed query. */
import type { AgendaQueries } from '@nexo/core';
import { toDbBool, type StorageContext } from './database.js';
import { toContactRecord } from './contact-row.js';

/** The AgendaQueries of one database. */
export function createAgendaQueries(ctx: StorageContext): AgendaQueries {
  const active = (accountId: string) =>
    ctx.db
      .selectFrom('contacts')
      .selectAll()
      .where('accountId', '=', accountId)
      .where('archived', '=', toDbBool(ctx.dialect, false));

  return {
    async overdue(accountId, now, limit) {
      const rows = await active(accountId)
        .where('dueAt', '<=', now.toISOString())
        .orderBy('dueAt')
        .orderBy('id')
        .limit(limit)
        .execute();
      return rows.map(toContactRecord);
    },

    async followUpsDue(accountId, now, limit) {
      const rows = await active(accountId)
        .where('followUpAt', 'is not', null)
        .where('followUpAt', '<=', now.toISOString())
        .orderBy('followUpAt')
        .orderBy('id')
        .limit(limit)
        .execute();
      return rows.map(toContactRecord);
    },

    async thanksOwed(accountId, limit) {
      const rows = await active(accountId)
        .where('lastHelpReceivedAt', 'is not', null)
        .where((eb) =>
          eb.or([eb('lastThanksSentAt', 'is', null), eb('lastThanksSentAt', '<', eb.ref('lastHelpReceivedAt'))]),
        )
        .orderBy('lastHelpReceivedAt', 'desc')
        .orderBy('id')
        .limit(limit)
        .execute();
      return rows.map(toContactRecord);
    },

    async awaitingFirstGive(accountId, since, limit) {
      const rows = await active(accountId)
        .where('createdAt', '>=', since.toISOString())
        .where('gives', '=', 0)
        .orderBy('createdAt')
        .orderBy('id')
        .limit(limit)
        .execute();
      return rows.map(toContactRecord);
    },
  };
}
