/**
 * The BackupStore port: every table of an account as rows for core's backup file, and the restore
 * of such rows into an empty account in one transaction. `backupTables` is the explicit list of
 * what a backup holds; `tablesLeftOut` says why the other account tables are not in it.
 */
import type { Kysely } from 'kysely';
import {
  AppError,
  backupRowSchemas,
  backupTableNames,
  computeDueAt,
  effectiveCadenceDays,
  emptySummary,
  foldForSearch,
  type BackupStore,
  type BackupTableName,
  type BackupTables,
  type Tier,
} from '@nexo/core';
import { fromDbBool, toDbBool, type StorageContext } from './database.js';
import type { Database } from './schema.js';
import { requireAccount } from './accounts.js';
import { buildSearchText } from './contact-row.js';
import { loadSettings } from './settings-store.js';
import { rebuildSummariesIn } from './summaries.js';

type Row = Record<string, unknown>;
/** The database seen without its static types, for the generic table walk below. */
type AnyDb = Kysely<Record<string, Row>>;

/** How one backed-up table maps between its rows and the file. */
export interface BackupTableSpec {
  /** The table, in camelCase as Kysely names it; also its key in the file. */
  name: BackupTableName & keyof Database;
  /** Row order in the file (the primary key without account_id). */
  key: readonly string[];
  /** Columns stored as JSON text, shown in the file as the value itself. */
  json?: readonly string[];
  /** Columns stored as a boolean (0/1 in SQLite). */
  bool?: readonly string[];
  /** Columns storage computes from the others: left out of the file, recomputed on restore. */
  derived: readonly string[];
  /** The derived columns of one restored row that must be written with it. */
  derive?: (row: Row, restore: RestoreContext) => Row;
  /** True for a table that does not make an account "not empty"; restore replaces its rows. */
  replaced?: boolean;
  /** Writes what follows from the restored rows of this table (rows of tables left out). */
  afterLoad?: (tx: StorageContext, accountId: string, rows: readonly Row[]) => Promise<void>;
}

interface RestoreContext {
  settings: Awaited<ReturnType<typeof loadSettings>>;
  occurredAt: Map<string, string>;
}

const summaryColumns = Object.keys(emptySummary);

/** Every table a backup holds, in restore order (`backupTableNames` in core). */
export const backupTables: readonly BackupTableSpec[] = [
  { name: 'accountSettings', key: [], json: ['settings'], derived: [], replaced: true },
  {
    name: 'contacts',
    key: ['id'],
    json: ['emails', 'phones', 'tags'],
    bool: ['archived'],
    derived: ['nameKey', 'searchText', 'stage', 'dueAt', ...summaryColumns],
    // Placeholders that satisfy the table; rebuildSummariesIn recomputes them from the interactions.
    derive: (row, { settings }) => ({
      nameKey: foldForSearch(String(row.name)),
      searchText: buildSearchText(row as unknown as Parameters<typeof buildSearchText>[0]),
      dueAt: computeDueAt(
        emptySummary,
        String(row.createdAt),
        effectiveCadenceDays({ tier: row.tier as Tier, cadenceDays: row.cadenceDays as number | null }, settings),
      ),
    }),
    afterLoad: writeContactTags,
  },
  { name: 'giveItems', key: ['id'], json: ['topics'], derived: [] },
  { name: 'interactions', key: ['id'], derived: [] },
  {
    name: 'interactionContacts',
    key: ['interactionId', 'position', 'contactId'],
    derived: ['occurredAt'],
    derive: (row, { occurredAt }) => ({ occurredAt: occurredAt.get(String(row.interactionId)) }),
  },
  { name: 'knowsEdges', key: ['contactA', 'contactB'], derived: [] },
  { name: 'questions', key: ['id'], derived: [] },
  { name: 'duplicateDismissals', key: ['contactA', 'contactB'], derived: [] },
  { name: 'templates', key: ['id'], derived: [] },
  { name: 'campaigns', key: ['id'], derived: [] },
  { name: 'campaignRecipients', key: ['campaignId', 'position', 'contactId'], bool: ['edited', 'ready'], derived: [] },
];

/**
 * Account tables a backup leaves out on purpose, and why. A new table must be added to
 * `backupTables` or here (a test fails otherwise).
 */
export const tablesLeftOut: Readonly<Record<string, string>> = {
  accounts: 'the account itself: a backup is restored into an account that already exists',
  contactTags: "rebuilt from each contact's tags",
  calendarFeeds: 'secret feed tokens: a restored account makes a new feed, so a leaked backup never opens a calendar',
  smtpSettings:
    'the SMTP password is a secret: a backup never carries it; set up the mail server again after a restore',
  importBatches: 'undo history of imports: it refers to rows as they were in this database, not to data',
  importBatchContacts: 'undo snapshots of imports: restoring them could bring back contacts merged or deleted since',
  merges: 'undo snapshots of merges: the merged contacts themselves are in the backup',
};

/** The filterable copy of every restored contact's tags (see contact-store's writeTags). */
async function writeContactTags(tx: StorageContext, accountId: string, contacts: readonly Row[]): Promise<void> {
  const rows = contacts.flatMap((c) =>
    [...new Set((c.tags as string[]).map((t) => t.toLowerCase()))].map((tag) => ({
      accountId,
      contactId: String(c.id),
      tag,
    })),
  );
  for (let i = 0; i < rows.length; i += chunkSize(3)) {
    await tx.db
      .insertInto('contactTags')
      .values(rows.slice(i, i + chunkSize(3)))
      .execute();
  }
}

/** The file's fields of a table: its row schema's keys. */
export function backupColumns(spec: BackupTableSpec): string[] {
  return Object.keys(backupRowSchemas[spec.name].shape);
}

/** Rows per INSERT, under SQLite's 32,766 and PostgreSQL's 65,535 bound parameters. */
function chunkSize(columns: number): number {
  return Math.max(1, Math.floor(30_000 / columns));
}

function toFile(spec: BackupTableSpec, row: Row): Row {
  const out: Row = {};
  for (const [column, value] of Object.entries(row)) {
    if (spec.json?.includes(column)) out[column] = JSON.parse(String(value));
    else if (spec.bool?.includes(column)) out[column] = fromDbBool(value as boolean | number);
    else out[column] = value;
  }
  return out;
}

function toDb(ctx: StorageContext, spec: BackupTableSpec, row: Row, accountId: string, restore: RestoreContext): Row {
  const out: Row = { accountId };
  for (const [column, value] of Object.entries(row)) {
    if (spec.json?.includes(column)) out[column] = JSON.stringify(value);
    else if (spec.bool?.includes(column)) out[column] = toDbBool(ctx.dialect, value === true);
    else out[column] = value;
  }
  return { ...out, ...spec.derive?.(row, restore) };
}

/** The BackupStore of one database. */
export function createBackupStore(ctx: StorageContext): BackupStore {
  return {
    async dump(accountId) {
      const db = ctx.db as unknown as AnyDb;
      const tables = {} as Record<BackupTableName, Row[]>;
      for (const spec of backupTables) {
        let query = db.selectFrom(spec.name).select(backupColumns(spec)).where('accountId', '=', accountId);
        for (const column of spec.key) query = query.orderBy(column);
        tables[spec.name] = (await query.execute()).map((row) => toFile(spec, row));
      }
      return tables as unknown as BackupTables;
    },

    async load(accountId, tables) {
      return ctx.db.transaction().execute(async (trx) => {
        const tx: StorageContext = { ...ctx, db: trx };
        const db = trx as unknown as AnyDb;
        await requireAccount(tx, accountId);
        const holding: string[] = [];
        for (const spec of backupTables.filter((s) => !s.replaced)) {
          const any = await db
            .selectFrom(spec.name)
            .select('accountId')
            .where('accountId', '=', accountId)
            .limit(1)
            .execute();
          if (any.length > 0) holding.push(spec.name);
        }
        if (holding.length > 0) {
          throw new AppError(
            'conflict',
            `This account is not empty (it has ${holding.join(', ')}): a backup is restored only into an empty account, so nothing is overwritten. Restore into a new data directory or account.`,
            { tables: holding },
          );
        }
        const counts = {} as Record<BackupTableName, number>;
        const restore: RestoreContext = {
          settings: await loadSettings(tx, accountId),
          occurredAt: new Map(tables.interactions.map((i) => [i.id, i.occurredAt])),
        };
        for (const name of backupTableNames) {
          const spec = backupTables.find((s) => s.name === name);
          if (!spec) throw new Error(`No backup spec for table ${name}`);
          if (spec.replaced) await db.deleteFrom(spec.name).where('accountId', '=', accountId).execute();
          const rows = (tables[name] as Row[]).map((row) => toDb(tx, spec, row, accountId, restore));
          const size = chunkSize(backupColumns(spec).length + spec.derived.length + 1);
          for (let i = 0; i < rows.length; i += size) {
            await db
              .insertInto(spec.name)
              .values(rows.slice(i, i + size))
              .execute();
          }
          await spec.afterLoad?.(tx, accountId, tables[name] as Row[]);
          counts[name] = rows.length;
          if (name === 'accountSettings') restore.settings = await loadSettings(tx, accountId);
        }
        await rebuildSummariesIn(tx, accountId);
        return counts;
      });
    },
  };
}
