/**
 * Bulk load of a generated data set through Kysely: multi-row inserts inside a few large
 * transactions, then `rebuildSummaries` so the stored summaries, stages and due dates are right.
 * This is set-up for the measurements, not one of them.
 */
import { computeDueAt, defaultSettings, effectiveCadenceDays, type NewContactRecord } from '@nexo/core';
import { contactColumns, type Storage } from '@nexo/storage';
import type { Dataset } from './generator.js';

/** Bind parameters per statement: under SQLite's 32766 and PostgreSQL's 65535. */
const PARAMS_PER_STATEMENT = { sqlite: 30_000, postgres: 60_000 } as const;
/** Rows per transaction, so one failure does not leave a half-loaded table behind unnoticed. */
const ROWS_PER_TRANSACTION = 100_000;

function contactRow(storage: Storage, accountId: string, c: NewContactRecord) {
  return {
    accountId,
    id: c.id,
    createdAt: c.createdAt,
    // The same columns storage writes, so the bench can never drift from the product's rows.
    ...contactColumns(storage.dialect, c),
    // Placeholder until rebuildSummaries: the due date of a contact with no history.
    dueAt: computeDueAt({ lastAt: null }, c.createdAt, effectiveCadenceDays(c, defaultSettings)),
  };
}

type Row = Record<string, unknown>;
type Table = 'contacts' | 'contactTags' | 'interactions' | 'interactionContacts' | 'knowsEdges';

/** Inserts rows in multi-row statements, `ROWS_PER_TRANSACTION` rows per transaction. */
async function insertAll(storage: Storage, table: Table, rows: readonly Row[]): Promise<void> {
  const first = rows[0];
  if (!first) return;
  const perStatement = Math.floor(PARAMS_PER_STATEMENT[storage.dialect] / Object.keys(first).length);
  for (let start = 0; start < rows.length; start += ROWS_PER_TRANSACTION) {
    const slice = rows.slice(start, start + ROWS_PER_TRANSACTION);
    await storage.db.transaction().execute(async (trx) => {
      for (let i = 0; i < slice.length; i += perStatement) {
        // The rows are built to the table's shape above; Kysely's per-table value types cannot be
        // named generically here, hence the one cast.
        await trx
          .insertInto(table)
          .values(slice.slice(i, i + perStatement) as never)
          .execute();
      }
    });
  }
}

export interface LoadTimings {
  insertMs: number;
  rebuildMs: number;
}

/** Loads the data set into the (freshly migrated) storage for `accountId` and rebuilds summaries. */
export async function loadDataset(storage: Storage, accountId: string, data: Dataset): Promise<LoadTimings> {
  const started = performance.now();
  await insertAll(
    storage,
    'contacts',
    data.contacts.map((c) => contactRow(storage, accountId, c)),
  );
  await insertAll(
    storage,
    'contactTags',
    data.contacts.flatMap((c) => c.tags.map((tag) => ({ accountId, contactId: c.id, tag }))),
  );
  await insertAll(
    storage,
    'interactions',
    data.interactions.map(({ contactIds: _ids, ...i }) => ({ accountId, ...i })),
  );
  await insertAll(
    storage,
    'interactionContacts',
    data.interactions.flatMap((i) =>
      i.contactIds.map((contactId, position) => ({
        accountId,
        interactionId: i.id,
        contactId,
        position,
        occurredAt: i.occurredAt,
      })),
    ),
  );
  await insertAll(
    storage,
    'knowsEdges',
    data.knows.map((e) => ({ accountId, ...e })),
  );
  const inserted = performance.now();
  await storage.rebuildSummaries(accountId);
  return { insertMs: inserted - started, rebuildMs: performance.now() - inserted };
}
