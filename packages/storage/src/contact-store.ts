/** The ContactStore port: contacts with their tags, search key and derived summary columns. */
import { AppError, emptySummary, foldForSearch, type Contact, type ContactRecord, type ContactStore } from '@nexo/core';
import { isUniqueViolation, type StorageContext } from './database.js';
import { contactColumns, derivedColumns, iso, summaryOf, toContactRecord } from './contact-row.js';
import { listContacts } from './contact-list.js';
import { loadSettings } from './settings-store.js';
import { requireAccount } from './accounts.js';
import { prepared } from './prepared.js';

/** The ContactStore of one database. */
export function createContactStore(ctx: StorageContext): ContactStore {
  const byId = prepared({ accountId: '', id: '' }, (a) =>
    ctx.db.selectFrom('contacts').selectAll().where('accountId', '=', a.accountId).where('id', '=', a.id),
  );
  const get = async (accountId: string, id: string, tx: StorageContext = ctx): Promise<ContactRecord | null> => {
    const [row] = await byId.execute(tx.db, { accountId, id });
    return row ? toContactRecord(row) : null;
  };

  return {
    get: (accountId, id) => get(accountId, id),

    /** @throws AppError `conflict` when the id is taken, `not_found` when the account does not exist. */
    async insert(accountId, contact) {
      return ctx.db.transaction().execute(async (trx) => {
        const tx = { ...ctx, db: trx };
        await requireAccount(tx, accountId);
        const settings = await loadSettings(tx, accountId);
        const createdAt = iso(contact.createdAt);
        const derived = derivedColumns(emptySummary, { ...contact, createdAt }, settings);
        try {
          await trx
            .insertInto('contacts')
            .values({ accountId, id: contact.id, createdAt, ...contactColumns(ctx.dialect, contact), ...derived })
            .execute();
        } catch (error) {
          if (isUniqueViolation(error)) {
            throw new AppError('conflict', `A contact with id "${contact.id}" already exists.`, { id: contact.id });
          }
          throw error;
        }
        await writeTags(tx, accountId, contact.id, contact.tags);
        return (await get(accountId, contact.id, tx)) as ContactRecord;
      });
    },

    async update(accountId, id, patch, updatedAt) {
      return ctx.db.transaction().execute(async (trx) => {
        const tx = { ...ctx, db: trx };
        const current = await get(accountId, id, tx);
        if (!current) return null;
        const changes = Object.fromEntries(Object.entries(patch).filter(([, v]) => v !== undefined));
        const { summary, stage: _stage, dueAt: _dueAt, ...fields } = current;
        const merged: Contact = { ...fields, ...changes, updatedAt };
        const settings = await loadSettings(tx, accountId);
        const { dueAt } = derivedColumns(summaryOf(summary), merged, settings);
        await trx
          .updateTable('contacts')
          .set({ ...contactColumns(ctx.dialect, merged), dueAt })
          .where('accountId', '=', accountId)
          .where('id', '=', id)
          .execute();
        if (patch.tags !== undefined) await writeTags(tx, accountId, id, merged.tags);
        return get(accountId, id, tx);
      });
    },

    async getMany(accountId, ids) {
      if (ids.length === 0) return [];
      const rows = await ctx.db
        .selectFrom('contacts')
        .selectAll()
        .where('accountId', '=', accountId)
        .where('id', 'in', [...new Set(ids)])
        .execute();
      const byId = new Map(rows.map((r) => [r.id, toContactRecord(r)]));
      return ids.flatMap((id) => byId.get(id) ?? []);
    },

    list: (accountId, filter, now) => listContacts(ctx, accountId, filter, now),

    async snooze(accountId, id, until) {
      // Not an edit of the contact: `updatedAt` stays, so exports and merges see no change.
      const result = await ctx.db
        .updateTable('contacts')
        .set({ snoozedUntil: until === null ? null : iso(until) })
        .where('accountId', '=', accountId)
        .where('id', '=', id)
        .executeTakeFirst();
      return result.numUpdatedRows > 0n ? get(accountId, id) : null;
    },

    async findByName(accountId, name) {
      const rows = await ctx.db
        .selectFrom('contacts')
        .selectAll()
        .where('accountId', '=', accountId)
        .where('nameKey', '=', foldForSearch(name))
        .orderBy('createdAt')
        .orderBy('id')
        .execute();
      return rows.map(toContactRecord);
    },
  };
}

/** Replaces the tag rows of a contact (the filterable copy of its `tags`). */
async function writeTags(ctx: StorageContext, accountId: string, contactId: string, tags: readonly string[]) {
  await ctx.db
    .deleteFrom('contactTags')
    .where('accountId', '=', accountId)
    .where('contactId', '=', contactId)
    .execute();
  const unique = [...new Set(tags.map((t) => t.toLowerCase()))];
  if (unique.length === 0) return;
  await ctx.db
    .insertInto('contactTags')
    .values(unique.map((tag) => ({ accountId, contactId, tag })))
    .execute();
}
