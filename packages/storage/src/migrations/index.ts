/**
 * The migrations, listed in code (no folder scan), and the guard that refuses a database written by
 * a newer nexo or migrated out of order before anything is changed.
 */
import { Migrator, sql } from 'kysely';
import type { Kysely, Migration } from 'kysely';
import { AppError } from '@nexo/core';
import type { Dialect } from '../database.js';
import * as initial from './0001-initial.js';
import * as insightsAndSnooze from './0003-insights-and-snooze.js';
import * as importsAndMerges from './0004-imports-and-merges.js';
import * as calendarFeeds from './0005-calendar-feeds.js';
import * as questionsAndGives from './0006-questions-and-gives.js';
import * as templatesAndCampaigns from './0007-templates-and-campaigns.js';
import * as duplicateDismissals from './0008-duplicate-dismissals.js';

export interface NexoMigration {
  /** Sortable name; migrations run in this order and are recorded under this name. */
  name: string;
  up(db: Kysely<unknown>, dialect: Dialect): Promise<void>;
}

/** Every migration of this version of nexo, oldest first. */
export const migrations: readonly NexoMigration[] = [
  initial,
  insightsAndSnooze,
  importsAndMerges,
  calendarFeeds,
  questionsAndGives,
  templatesAndCampaigns,
  duplicateDismissals,
];

const MIGRATION_TABLE = 'kysely_migration';

export interface MigrationState {
  /** Recorded in the database, in order. */
  applied: string[];
  /** In the code, not yet applied. */
  pending: string[];
  /** Recorded in the database but unknown to this code: a newer nexo wrote it. */
  unknown: string[];
  /** A migration of the code that was skipped while a later one was applied. */
  outOfOrder: string[];
}

/** Compares the migrations recorded in the database with those of the code, changing nothing. */
export async function checkMigrations<DB>(
  db: Kysely<DB>,
  list: readonly NexoMigration[] = migrations,
): Promise<MigrationState> {
  const tables = await db.introspection.getTables({ withInternalKyselyTables: true });
  const applied = tables.some((t) => t.name === MIGRATION_TABLE)
    ? (await sql<{ name: string }>`select name from ${sql.table(MIGRATION_TABLE)} order by name`.execute(db)).rows.map(
        (r) => r.name,
      )
    : [];
  const known = new Set(list.map((m) => m.name));
  const done = new Set(applied);
  const lastApplied = applied.filter((n) => known.has(n)).at(-1);
  const names = list.map((m) => m.name);
  const lastIndex = lastApplied === undefined ? -1 : names.indexOf(lastApplied);
  return {
    applied,
    pending: names.filter((n) => !done.has(n)),
    unknown: applied.filter((n) => !known.has(n)),
    outOfOrder: names.filter((n, i) => i < lastIndex && !done.has(n)),
  };
}

/**
 * Applies the pending migrations after checking the database is one this code understands.
 * @throws AppError `migration_mismatch` on unknown or out-of-order migrations (nothing is changed),
 *   `storage_unavailable` when a migration fails.
 */
export async function migrateToLatest<DB>(
  db: Kysely<DB>,
  dialect: Dialect,
  list: readonly NexoMigration[] = migrations,
): Promise<MigrationState> {
  const state = await checkMigrations(db, list);
  if (state.unknown.length > 0) {
    throw new AppError(
      'migration_mismatch',
      `This database was written by a newer version of nexo (unknown migrations: ${state.unknown.join(', ')}). ` +
        'Upgrade nexo, or use another data directory or DATABASE_URL.',
      { unknown: state.unknown },
    );
  }
  if (state.outOfOrder.length > 0) {
    throw new AppError(
      'migration_mismatch',
      `This database was migrated out of order: ${state.outOfOrder.join(', ')} never ran although later ` +
        'migrations did. Restore a backup or export and re-import the data into a new database.',
      { outOfOrder: state.outOfOrder },
    );
  }
  if (state.pending.length === 0) return state;
  const provided: Record<string, Migration> = {};
  for (const m of list) provided[m.name] = { up: (trx) => m.up(trx, dialect) };
  const migrator = new Migrator({
    db: db.withoutPlugins(),
    provider: { getMigrations: () => Promise.resolve(provided) },
    migrationTableName: MIGRATION_TABLE,
  });
  const { error, results } = await migrator.migrateToLatest();
  if (error) {
    const failed = results?.find((r) => r.status === 'Error')?.migrationName ?? 'unknown';
    throw new AppError('storage_unavailable', `Migration ${failed} failed: ${String(error)}`, { migration: failed });
  }
  return checkMigrations(db, list);
}
