/**
 * The SmtpSettingsStore port: one outgoing mail server per account, its password stored as core
 * gives it (sealed by the SecretBox), and the one-time sealing of passwords saved before that.
 */
import { isAppError, smtpPasswordPurpose, type SecretBox, type SmtpSettingsStore, type SmtpSettings } from '@nexo/core';
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

/**
 * Seals the SMTP passwords still stored as plain text (saved before passwords were encrypted) with
 * the current key, once, when storage opens. Like a migration it walks every account, but it only
 * reads rows that are not sealed yet. Without a key (PostgreSQL without NEXO_SECRET_KEY) they stay
 * as they are and keep working; saving or sending seals them once a key is set up.
 */
export async function sealPlainSecrets(ctx: StorageContext, secretBox: SecretBox): Promise<number> {
  const plain = await ctx.db
    .selectFrom('smtpSettings')
    .select(['accountId', 'password'])
    .where('password', 'is not', null)
    .where('password', '!=', '')
    .where('password', 'not like', 'nexo1:%')
    .execute();
  let sealed = 0;
  for (const row of plain) {
    if (row.password === null || secretBox.isCurrent(row.password)) continue;
    let value: string;
    try {
      value = await secretBox.seal(row.password, smtpPasswordPurpose(row.accountId));
    } catch (error) {
      if (isAppError(error)) return sealed;
      throw error;
    }
    // Only if it is still the same plain text: a concurrent save wins.
    await ctx.db
      .updateTable('smtpSettings')
      .set({ password: value })
      .where('accountId', '=', row.accountId)
      .where('password', '=', row.password)
      .execute();
    sealed++;
  }
  return sealed;
}
