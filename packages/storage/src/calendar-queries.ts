/** The CalendarQueries port: the contacts a calendar feed shows, each set one indexed query. */
import type { CalendarQueries } from '@nexo/core';
import { toDbBool, type StorageContext } from './database.js';
import { toContactRecord } from './contact-row.js';

/** The CalendarQueries of one database. */
export function createCalendarQueries(ctx: StorageContext): CalendarQueries {
  const active = (accountId: string) =>
    ctx.db
      .selectFrom('contacts')
      .selectAll()
      .where('accountId', '=', accountId)
      .where('archived', '=', toDbBool(ctx.dialect, false));

  return {
    async checkInsDue(accountId, until, limit) {
      const rows = await active(accountId)
        .where('dueAt', '<=', until.toISOString())
        .orderBy('dueAt')
        .orderBy('id')
        .limit(limit)
        .execute();
      return rows.map(toContactRecord);
    },

    async followUpsDue(accountId, until, limit) {
      const rows = await active(accountId)
        .where('followUpAt', 'is not', null)
        .where('followUpAt', '<=', until.toISOString())
        .orderBy('followUpAt')
        .orderBy('id')
        .limit(limit)
        .execute();
      return rows.map(toContactRecord);
    },
  };
}
