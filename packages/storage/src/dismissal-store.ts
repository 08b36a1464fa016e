/**
 * The DismissalStore port: pairs of contacts the user said are not the same person, stored one way
 * round (`contact_a < contact_b`). A merge re-points them (merge-store.ts).
 */
import { notFound, type DismissalStore, type DuplicateDismissal } from '@nexo/core';
import type { Selectable } from 'kysely';
import type { StorageContext } from './database.js';
import { iso } from './contact-row.js';
import { orderPair } from './knows-store.js';
import type { DuplicateDismissalsTable } from './schema.js';

/** The DismissalStore of one database. */
export function createDismissalStore(ctx: StorageContext): DismissalStore {
  const find = (db: StorageContext['db'], accountId: string, contactA: string, contactB: string) =>
    db
      .selectFrom('duplicateDismissals')
      .selectAll()
      .where('accountId', '=', accountId)
      .where('contactA', '=', contactA)
      .where('contactB', '=', contactB)
      .executeTakeFirst();

  return {
    dismiss(accountId, pair) {
      const [contactA, contactB] = orderPair(pair.aId, pair.bId);
      return ctx.db.transaction().execute(async (trx) => {
        const found = await trx
          .selectFrom('contacts')
          .select('id')
          .where('accountId', '=', accountId)
          .where('id', 'in', [contactA, contactB])
          .execute();
        const missing = [pair.aId, pair.bId].find((id) => !found.some((r) => r.id === id));
        if (missing !== undefined) throw notFound('contact', missing);
        const before = await find(trx, accountId, contactA, contactB);
        if (before) return { dismissal: toDismissal(before), created: false };
        // A concurrent dismissal of the same pair is the same decision: keep whichever came first.
        await trx
          .insertInto('duplicateDismissals')
          .values({ accountId, contactA, contactB, createdAt: iso(pair.createdAt) })
          .onConflict((oc) => oc.columns(['accountId', 'contactA', 'contactB']).doNothing())
          .execute();
        const row = await find(trx, accountId, contactA, contactB);
        if (!row) throw notFound('contact', contactA);
        return { dismissal: toDismissal(row), created: true };
      });
    },

    undo(accountId, aId, bId) {
      const [contactA, contactB] = orderPair(aId, bId);
      return ctx.db.transaction().execute(async (trx) => {
        const row = await find(trx, accountId, contactA, contactB);
        if (!row) return null;
        await trx
          .deleteFrom('duplicateDismissals')
          .where('accountId', '=', accountId)
          .where('contactA', '=', contactA)
          .where('contactB', '=', contactB)
          .execute();
        return toDismissal(row);
      });
    },

    async list(accountId, limit) {
      const rows = await ctx.db
        .selectFrom('duplicateDismissals')
        .selectAll()
        .where('accountId', '=', accountId)
        .orderBy('createdAt', 'desc')
        .orderBy('contactA')
        .orderBy('contactB')
        .limit(limit)
        .execute();
      return rows.map(toDismissal);
    },

    async all(accountId) {
      const rows = await ctx.db
        .selectFrom('duplicateDismissals')
        .selectAll()
        .where('accountId', '=', accountId)
        .execute();
      return rows.map(toDismissal);
    },
  };
}

function toDismissal(row: Selectable<DuplicateDismissalsTable>): DuplicateDismissal {
  return { aId: row.contactA, bId: row.contactB, createdAt: row.createdAt };
}
