/**
 * The CalendarFeedStore port: an account's calendar feed tokens, kept as SHA-256 hashes and
 * compared in constant time. Rotating revokes the previous token in the same transaction.
 */
import { createHash, timingSafeEqual } from 'node:crypto';
import type { CalendarFeedStore } from '@nexo/core';
import type { StorageContext } from './database.js';

/** The stored form of a token: hex SHA-256. A token has 256 random bits, so no salt is needed. */
export function hashFeedToken(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}

/** The CalendarFeedStore of one database. */
export function createCalendarFeedStore(ctx: StorageContext): CalendarFeedStore {
  const activeRow = (tx: StorageContext, accountId: string) =>
    tx.db
      .selectFrom('calendarFeeds')
      .select(['id', 'tokenHash', 'createdAt'])
      .where('accountId', '=', accountId)
      .where('revokedAt', 'is', null)
      .executeTakeFirst();

  const revokeActive = async (tx: StorageContext, accountId: string, revokedAt: string) => {
    const result = await tx.db
      .updateTable('calendarFeeds')
      .set({ revokedAt: new Date(revokedAt).toISOString() })
      .where('accountId', '=', accountId)
      .where('revokedAt', 'is', null)
      .executeTakeFirst();
    return result.numUpdatedRows > 0n;
  };

  return {
    async replace(accountId, feed) {
      await ctx.db.transaction().execute(async (trx) => {
        const tx = { ...ctx, db: trx };
        await revokeActive(tx, accountId, feed.createdAt);
        await trx
          .insertInto('calendarFeeds')
          .values({
            accountId,
            id: feed.id,
            tokenHash: hashFeedToken(feed.token),
            createdAt: new Date(feed.createdAt).toISOString(),
            revokedAt: null,
          })
          .execute();
      });
    },

    revoke: (accountId, revokedAt) => revokeActive(ctx, accountId, revokedAt),

    async active(accountId) {
      const row = await activeRow(ctx, accountId);
      return row ? { createdAt: row.createdAt } : null;
    },

    async verify(accountId, token) {
      const row = await activeRow(ctx, accountId);
      const given = Buffer.from(hashFeedToken(token), 'hex');
      // Compare even without a row, so an unknown account costs the same as a wrong token.
      const stored = Buffer.from(row?.tokenHash ?? '0'.repeat(64), 'hex');
      return timingSafeEqual(given, stored) && row !== undefined;
    },
  };
}
