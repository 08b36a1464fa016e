/** Accounts: the isolation boundary of every table. A local install has the single account 'local'. */
import { AppError, notFound } from '@nexo/core';
import { isUniqueViolation, type StorageContext } from './database.js';

export const LOCAL_ACCOUNT = 'local';

export interface AccountStore {
  /** Creates (once, silently) and returns the id of the single local account: 'local'. */
  ensureLocal(): Promise<string>;
  /**
   * Creates an account.
   * @throws AppError `conflict` when the id is taken.
   */
  create(id: string, name: string): Promise<void>;
}

/** The account store. */
export function createAccountStore(ctx: StorageContext): AccountStore {
  return {
    async ensureLocal() {
      await ctx.db
        .insertInto('accounts')
        .values({ accountId: LOCAL_ACCOUNT, name: 'Local', createdAt: new Date().toISOString() })
        .onConflict((oc) => oc.column('accountId').doNothing())
        .execute();
      return LOCAL_ACCOUNT;
    },

    async create(id, name) {
      try {
        await ctx.db
          .insertInto('accounts')
          .values({ accountId: id, name, createdAt: new Date().toISOString() })
          .execute();
      } catch (error) {
        if (isUniqueViolation(error))
          throw new AppError('conflict', `An account with id "${id}" already exists.`, { id });
        throw error;
      }
    },
  };
}

/**
 * Checks the account exists.
 * @throws AppError `not_found` naming the account.
 */
export async function requireAccount(ctx: StorageContext, accountId: string): Promise<void> {
  const row = await ctx.db
    .selectFrom('accounts')
    .select('accountId')
    .where('accountId', '=', accountId)
    .executeTakeFirst();
  if (!row) throw notFound('account', accountId);
}
