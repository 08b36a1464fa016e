/**
 * The ImportStore port: an import runs in one transaction through an ImportSession (bulk inserts,
 * per-contact records for undo, one summary recompute per touched contact at the end); batches
 * are listed and undone here too.
 */
import {
  AppError,
  notFound,
  type AccountSettings,
  type Contact,
  type ContactIdentity,
  type ImportBatch,
  type ImportBatchEntry,
  type ImportFormat,
  type ImportSession,
  type ImportStore,
} from '@nexo/core';
import type { Selectable } from 'kysely';
import type { StorageContext } from './database.js';
import { requireAccount } from './accounts.js';
import { loadSettings } from './settings-store.js';
import { contactColumns, toContactRecord } from './contact-row.js';
import {
  chunks,
  insertContactsBulk,
  insertInteractionsBulk,
  insertRows,
  reindexSearch,
  replaceTags,
  resumeSearch,
  suspendSearch,
  type SuspendedSearch,
} from './bulk-insert.js';
import { recomputeSummaries } from './summaries.js';
import type { ImportBatchesTable } from './schema.js';

const ID_CHUNK = 1000;

/** The ImportStore of one database. */
export function createImportStore(ctx: StorageContext): ImportStore {
  const get = async (tx: StorageContext, accountId: string, id: string): Promise<ImportBatch | null> => {
    const row = await tx.db
      .selectFrom('importBatches')
      .selectAll()
      .where('accountId', '=', accountId)
      .where('id', '=', id)
      .executeTakeFirst();
    return row ? toBatch(row) : null;
  };

  return {
    run(accountId, work) {
      return ctx.db.transaction().execute(async (trx) => {
        const tx = { ...ctx, db: trx };
        await requireAccount(tx, accountId);
        const settings = await loadSettings(tx, accountId);
        const session = createSession(tx, accountId, settings);
        const result = await work(session);
        // Whatever path the work took, the transaction never commits without the search trigger.
        await session.finishWrites();
        return result;
      });
    },

    async list(accountId, limit) {
      const rows = await ctx.db
        .selectFrom('importBatches')
        .selectAll()
        .where('accountId', '=', accountId)
        .orderBy('createdAt', 'desc')
        .orderBy('id', 'desc')
        .limit(limit)
        .execute();
      return rows.map(toBatch);
    },

    get: (accountId, id) => get(ctx, accountId, id),

    undo(accountId, id, undoneAt) {
      return ctx.db.transaction().execute(async (trx) => {
        const tx = { ...ctx, db: trx };
        const batch = await get(tx, accountId, id);
        if (!batch) throw notFound('import', id);
        if (batch.undoneAt) {
          throw new AppError('conflict', `Import ${id} was already undone on ${batch.undoneAt}.`, { id });
        }
        const entries = await trx
          .selectFrom('importBatchContacts')
          .selectAll()
          .where('accountId', '=', accountId)
          .where('batchId', '=', id)
          .execute();
        const existing = await existingIds(
          tx,
          accountId,
          entries.map((e) => e.contactId),
        );
        // 1. The interactions the import created, wherever they are.
        const createdInteractions = entries.flatMap((e) => (e.interactionId ? [e.interactionId] : []));
        const touched = new Set<string>();
        await deleteInteractions(tx, accountId, createdInteractions, touched);
        // 2. The contacts it created, with interactions logged to them alone since.
        const created = entries
          .filter((e) => e.action === 'created' && existing.has(e.contactId))
          .map((e) => e.contactId);
        await deleteContacts(tx, accountId, created, touched);
        // 3. The contacts it updated, back to their previous fields.
        const restored: Contact[] = entries.flatMap((e) =>
          e.action === 'updated' && e.previous && existing.has(e.contactId) ? [JSON.parse(e.previous) as Contact] : [],
        );
        for (const previous of restored) {
          await trx
            .updateTable('contacts')
            .set(contactColumns(ctx.dialect, previous))
            .where('accountId', '=', accountId)
            .where('id', '=', previous.id)
            .execute();
          touched.add(previous.id);
        }
        await replaceTags(tx, accountId, restored);
        for (const c of created) touched.delete(c);
        for (const part of chunks([...touched], ID_CHUNK)) await recomputeSummaries(tx, accountId, part);
        await trx
          .updateTable('importBatches')
          .set({ undoneAt: undoneAt })
          .where('accountId', '=', accountId)
          .where('id', '=', id)
          .execute();
        return {
          batch: { ...batch, undoneAt },
          removed: created.length,
          restored: restored.length,
          missing: entries.filter((e) => !existing.has(e.contactId)).length,
        };
      });
    },
  };
}

function createSession(
  tx: StorageContext,
  accountId: string,
  settings: AccountSettings,
): ImportSession & { finishWrites(): Promise<void> } {
  const db = tx.db;
  /** The search index, set aside from the first write to the end of the batch (SQLite). */
  let search: SuspendedSearch | null = null;
  const finishWrites = async () => {
    await resumeSearch(tx, search);
    search = null;
  };
  return {
    finishWrites,

    async identities() {
      const rows = await db
        .selectFrom('contacts')
        .select(['id', 'name', 'company', 'emails', 'phones', 'linkedinUrl'])
        .where('accountId', '=', accountId)
        .execute();
      return rows.map((r): ContactIdentity => ({
        id: r.id,
        name: r.name,
        company: r.company,
        emails: JSON.parse(r.emails) as string[],
        phones: JSON.parse(r.phones) as string[],
        linkedinUrl: r.linkedinUrl,
      }));
    },

    async getContacts(ids) {
      const out: Contact[] = [];
      for (const part of chunks([...new Set(ids)], ID_CHUNK)) {
        const rows = await db
          .selectFrom('contacts')
          .selectAll()
          .where('accountId', '=', accountId)
          .where('id', 'in', part)
          .execute();
        out.push(...rows.map(toContactRecord));
      }
      return out;
    },

    async withConnection(ids) {
      const found = new Set<string>();
      for (const part of chunks([...new Set(ids)], ID_CHUNK)) {
        const rows = await db
          .selectFrom('interactionContacts as ic')
          .innerJoin('interactions as i', (join) =>
            join.onRef('i.accountId', '=', 'ic.accountId').onRef('i.id', '=', 'ic.interactionId'),
          )
          .select('ic.contactId')
          .where('ic.accountId', '=', accountId)
          .where('ic.contactId', 'in', part)
          .where('i.kind', '=', 'connection')
          .execute();
        for (const r of rows) found.add(r.contactId);
      }
      return found;
    },

    async startBatch(batch) {
      search = await suspendSearch(tx);
      await db
        .insertInto('importBatches')
        .values({ accountId, ...batchColumns(batch), createdAt: batch.createdAt, undoneAt: null })
        .execute();
    },

    insertContacts: (contacts) => insertContactsBulk(tx, accountId, contacts, settings, search),

    async updateContacts(contacts) {
      for (const c of contacts) {
        await db
          .updateTable('contacts')
          .set(contactColumns(tx.dialect, c))
          .where('accountId', '=', accountId)
          .where('id', '=', c.id)
          .execute();
      }
      await reindexSearch(
        tx,
        search,
        accountId,
        contacts.map((c) => c.id),
      );
      await replaceTags(tx, accountId, contacts);
    },

    insertInteractions: (interactions) => insertInteractionsBulk(tx, accountId, interactions),

    async recordEntries(batchId, entries) {
      const byContact = new Map<string, ImportBatchEntry>();
      for (const e of entries) {
        const seen = byContact.get(e.contactId);
        byContact.set(e.contactId, seen ? { ...seen, interactionId: seen.interactionId ?? e.interactionId } : e);
      }
      const rows = [...byContact.values()].map((e) => ({
        accountId,
        batchId,
        contactId: e.contactId,
        action: e.action,
        previous: e.previous ? JSON.stringify(e.previous) : null,
        interactionId: e.interactionId,
      }));
      // A contact met again in a later chunk only adds the interaction created for it then.
      await insertRows(tx, 'import_batch_contacts', rows, {
        maxRows: 2000,
        suffix:
          ' on conflict (account_id, batch_id, contact_id) do update set interaction_id = ' +
          'coalesce(import_batch_contacts.interaction_id, excluded.interaction_id)',
      });
    },

    async finishBatch(batch, contactIds) {
      await finishWrites();
      await db
        .updateTable('importBatches')
        .set(batchColumns(batch))
        .where('accountId', '=', accountId)
        .where('id', '=', batch.id)
        .execute();
      for (const part of chunks([...new Set(contactIds)], 2000))
        await recomputeSummaries(tx, accountId, part, settings);
    },
  };
}

function batchColumns(b: ImportBatch) {
  return {
    id: b.id,
    format: b.format,
    fileName: b.fileName,
    records: b.records,
    created: b.created,
    updated: b.updated,
    duplicates: b.duplicates,
    failed: b.failed,
    skipped: b.skipped,
    problemCount: b.problemCount,
  };
}

function toBatch(row: Selectable<ImportBatchesTable>): ImportBatch {
  return {
    id: row.id,
    format: row.format as ImportFormat,
    fileName: row.fileName,
    records: row.records,
    created: row.created,
    updated: row.updated,
    duplicates: row.duplicates,
    failed: row.failed,
    skipped: row.skipped,
    problemCount: row.problemCount,
    createdAt: row.createdAt,
    undoneAt: row.undoneAt,
  };
}

async function existingIds(tx: StorageContext, accountId: string, ids: readonly string[]): Promise<Set<string>> {
  const found = new Set<string>();
  for (const part of chunks([...new Set(ids)], ID_CHUNK)) {
    const rows = await tx.db
      .selectFrom('contacts')
      .select('id')
      .where('accountId', '=', accountId)
      .where('id', 'in', part)
      .execute();
    for (const r of rows) found.add(r.id);
  }
  return found;
}

/** Deletes interactions and their links; the contacts they involved are added to `touched`. */
export async function deleteInteractions(
  tx: StorageContext,
  accountId: string,
  ids: readonly string[],
  touched: Set<string>,
): Promise<void> {
  for (const part of chunks(ids, ID_CHUNK)) {
    const links = await tx.db
      .selectFrom('interactionContacts')
      .select('contactId')
      .where('accountId', '=', accountId)
      .where('interactionId', 'in', part)
      .execute();
    for (const l of links) touched.add(l.contactId);
    await tx.db
      .deleteFrom('interactionContacts')
      .where('accountId', '=', accountId)
      .where('interactionId', 'in', part)
      .execute();
    await tx.db.deleteFrom('interactions').where('accountId', '=', accountId).where('id', 'in', part).execute();
  }
}

/**
 * Deletes contacts (their tags, links and edges go with them) and the interactions left without
 * anyone; the other people of shared interactions are added to `touched`.
 */
async function deleteContacts(
  tx: StorageContext,
  accountId: string,
  ids: readonly string[],
  touched: Set<string>,
): Promise<void> {
  for (const part of chunks(ids, ID_CHUNK)) {
    const links = await tx.db
      .selectFrom('interactionContacts')
      .select(['interactionId'])
      .where('accountId', '=', accountId)
      .where('contactId', 'in', part)
      .execute();
    const interactionIds = [...new Set(links.map((l) => l.interactionId))];
    await tx.db.deleteFrom('contacts').where('accountId', '=', accountId).where('id', 'in', part).execute();
    for (const some of chunks(interactionIds, ID_CHUNK)) {
      const left = await tx.db
        .selectFrom('interactionContacts')
        .select(['interactionId', 'contactId'])
        .where('accountId', '=', accountId)
        .where('interactionId', 'in', some)
        .execute();
      for (const l of left) touched.add(l.contactId);
      const stillShared = new Set(left.map((l) => l.interactionId));
      const orphans = some.filter((i) => !stillShared.has(i));
      if (orphans.length > 0) {
        await tx.db.deleteFrom('interactions').where('accountId', '=', accountId).where('id', 'in', orphans).execute();
      }
    }
  }
}
