/**
 * The GiveStore port: the give library, and which items were shared with whom (interactions link an
 * item through `give_item_id`; deleting an item clears those links in the same transaction).
 */
import { AppError, type GiveItem, type GiveItemKind, type GiveStore } from '@nexo/core';
import type { Selectable } from 'kysely';
import { isUniqueViolation, type StorageContext } from './database.js';
import type { GiveItemsTable } from './schema.js';
import { iso } from './contact-row.js';

/** The GiveStore of one database. */
export function createGiveStore(ctx: StorageContext): GiveStore {
  const get = async (accountId: string, id: string): Promise<GiveItem | null> => {
    const row = await ctx.db
      .selectFrom('giveItems')
      .selectAll()
      .where('accountId', '=', accountId)
      .where('id', '=', id)
      .executeTakeFirst();
    return row ? toItem(row) : null;
  };

  return {
    /** @throws AppError `conflict` for a taken id. */
    async insert(accountId, item) {
      try {
        await ctx.db
          .insertInto('giveItems')
          .values({
            accountId,
            id: item.id,
            kind: item.kind,
            title: item.title,
            url: item.url,
            topics: JSON.stringify(item.topics),
            note: item.note,
            createdAt: iso(item.createdAt),
            updatedAt: iso(item.updatedAt),
          })
          .execute();
      } catch (error) {
        if (isUniqueViolation(error)) {
          throw new AppError('conflict', `A library item with id "${item.id}" already exists.`, { id: item.id });
        }
        throw error;
      }
      return (await get(accountId, item.id)) as GiveItem;
    },

    async update(accountId, id, patch, updatedAt) {
      const values: Partial<Omit<GiveItemsTable, 'accountId' | 'id' | 'createdAt'>> = { updatedAt: iso(updatedAt) };
      if (patch.kind !== undefined) values.kind = patch.kind;
      if (patch.title !== undefined) values.title = patch.title;
      if (patch.url !== undefined) values.url = patch.url;
      if (patch.topics !== undefined) values.topics = JSON.stringify(patch.topics);
      if (patch.note !== undefined) values.note = patch.note;
      const result = await ctx.db
        .updateTable('giveItems')
        .set(values)
        .where('accountId', '=', accountId)
        .where('id', '=', id)
        .executeTakeFirst();
      return result.numUpdatedRows > 0n ? get(accountId, id) : null;
    },

    get,

    async list(accountId) {
      const rows = await ctx.db
        .selectFrom('giveItems')
        .selectAll()
        .where('accountId', '=', accountId)
        .orderBy('createdAt', 'desc')
        .orderBy('id', 'desc')
        .execute();
      return rows.map(toItem);
    },

    async delete(accountId, id) {
      return ctx.db.transaction().execute(async (trx) => {
        await trx
          .updateTable('interactions')
          .set({ giveItemId: null })
          .where('accountId', '=', accountId)
          .where('giveItemId', '=', id)
          .execute();
        const result = await trx
          .deleteFrom('giveItems')
          .where('accountId', '=', accountId)
          .where('id', '=', id)
          .executeTakeFirst();
        return result.numDeletedRows > 0n;
      });
    },

    async sentTo(accountId, contactIds) {
      if (contactIds.length === 0) return [];
      const rows = await ctx.db
        .selectFrom('interactions as i')
        .innerJoin('interactionContacts as ic', (join) =>
          join.onRef('ic.accountId', '=', 'i.accountId').onRef('ic.interactionId', '=', 'i.id'),
        )
        .select(['ic.contactId', 'i.giveItemId', 'i.occurredAt'])
        .where('i.accountId', '=', accountId)
        .where('ic.contactId', 'in', [...new Set(contactIds)])
        .where('i.giveItemId', 'is not', null)
        .where('i.direction', '!=', 'in')
        .orderBy('i.occurredAt', 'desc')
        .execute();
      return rows.map((r) => ({ contactId: r.contactId, giveItemId: r.giveItemId ?? '', occurredAt: r.occurredAt }));
    },
  };
}

function toItem(row: Selectable<GiveItemsTable>): GiveItem {
  return {
    id: row.id,
    kind: row.kind as GiveItemKind,
    title: row.title,
    url: row.url,
    topics: JSON.parse(row.topics) as string[],
    note: row.note,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
  };
}
