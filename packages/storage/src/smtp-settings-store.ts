/** The SmtpSettingsStore port: one outgoing mail server per account, its password kept as a secret. */
import type { SmtpSettingsStore, SmtpSettings } from '@nexo/core';
import type { Selectable } from 'kysely';
import { fromDbBool, toDbBool, type StorageContext } from './database.js';
import type { SmtpSettingsTable } from './schema.js';
import { iso } from './contact-row.js';

/** The SmtpSettingsStore of one database. */
export function createSmtpSettingsStore(ctx: StorageContext): SmtpSettingsStore {
  const get = async (accountId: string) => {
    const row = await ctx.db
      .selectFrom('smtpSettings')
      .selectAll()
      .where('accountId', '=', accountId)
      .executeTakeFirst();
    return row ? toSettings(row) : null;
  };

  return {
    get,

    async save(accountId, s) {
      const values = {
        host: s.host,
        port: s.port,
        secure: toDbBool(ctx.dialect, s.secure),
        username: s.user,
        password: s.password,
        fromName: s.fromName,
        fromAddress: s.fromAddress,
        updatedAt: iso(s.updatedAt),
      };
      await ctx.db
        .insertInto('smtpSettings')
        .values({ accountId, ...values })
        .onConflict((oc) => oc.column('accountId').doUpdateSet(values))
        .execute();
      return (await get(accountId)) as SmtpSettings;
    },

    async delete(accountId) {
      const result = await ctx.db.deleteFrom('smtpSettings').where('accountId', '=', accountId).executeTakeFirst();
      return result.numDeletedRows > 0n;
    },
  };
}

function toSettings(row: Selectable<SmtpSettingsTable>): SmtpSettings {
  return {
    host: row.host,
    port: row.port,
    secure: fromDbBool(row.secure),
    user: row.username,
    password: row.password,
    fromName: row.fromName,
    fromAddress: row.fromAddress,
    updatedAt: row.updatedAt,
  };
}
