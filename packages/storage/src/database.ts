/**
 * Opening the database: SQLite through better-sqlite3 (the embedded default) or PostgreSQL through a
 * pg Pool, both behind one Kysely instance. Failures become `storage_unavailable` errors a person can act on.
 */
import { accessSync, constants, mkdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { createHash } from 'node:crypto';
import BetterSqlite3 from 'better-sqlite3';
import { CamelCasePlugin, Kysely, PostgresDialect, SqliteDialect, type SqliteDatabase } from 'kysely';
import type pg from 'pg';
import { AppError } from '@nexo/core';
import type { Database, DbBool } from './schema.js';
import { describePostgresUrl } from './paths.js';

export type Dialect = 'sqlite' | 'postgres';

/** What every store is built from: the Kysely instance (or a transaction) and its dialect. */
export interface StorageContext {
  db: Kysely<Database>;
  dialect: Dialect;
  /**
   * SQLite only: the connection's prepared statements, for bulk writes that run one statement many
   * times (imports). Only for use inside a transaction on `db`: the connection is the same, so the
   * writes belong to it.
   */
  statements?: SqliteStatements;
}

/** Prepared statements of the one SQLite connection, cached by SQL text. */
export interface SqliteStatements {
  prepare(text: string): BetterSqlite3.Statement;
}

export interface OpenedDatabase extends StorageContext {
  location: string;
}

const CONNECT_TIMEOUT_MS = 5000;
/** Prepared statements kept per SQLite connection (Kysely would prepare each query anew). */
const STATEMENT_CACHE_SIZE = 200;
/**
 * SQLite's page cache per connection, in KiB (negative: a size rather than a page count). The
 * default, 16 MB in better-sqlite3, mostly held pages of the metrics scan; the OS page cache
 * keeps the file warm anyway.
 */
const SQLITE_CACHE_KIB = 4096;

/**
 * Opens SQLite `nexo.db` in `dataDir` (created if missing), or an in-memory database.
 * @throws AppError `storage_unavailable` naming the path when it cannot be created or opened.
 */
export function openSqlite(dataDir: string | null): OpenedDatabase {
  let file = ':memory:';
  let created: string | undefined;
  if (dataDir !== null) {
    file = join(dataDir, 'nexo.db');
    created = prepareDataDir(dataDir);
  }
  let sqlite: BetterSqlite3.Database | undefined;
  try {
    sqlite = new BetterSqlite3(file);
    sqlite.pragma('journal_mode = WAL');
    sqlite.pragma('foreign_keys = ON');
    sqlite.pragma('busy_timeout = 5000');
    sqlite.pragma('synchronous = NORMAL');
    sqlite.pragma(`cache_size = -${SQLITE_CACHE_KIB}`);
    // Analyse tables whose statistics are missing or stale, as SQLite advises on every open.
    sqlite.pragma('optimize = 0x10002');
  } catch (error) {
    sqlite?.close();
    if (created) rmSync(created, { recursive: true, force: true });
    throw new AppError(
      'storage_unavailable',
      `Cannot open the database ${file}: ${reasonOf(error)}. Check that it is a nexo database and that the directory is writable, or choose another data directory with --data-dir or NEXO_DATA_DIR.`,
      { path: file },
    );
  }
  const statements = withStatementCache(sqlite, STATEMENT_CACHE_SIZE);
  const db = new Kysely<Database>({
    dialect: new SqliteDialect({ database: statements }),
    plugins: [new CamelCasePlugin()],
  });
  return { db, dialect: 'sqlite', location: file, statements };
}

/**
 * The connection as Kysely's SQLite dialect sees it, reusing prepared statements by SQL text
 * (least recently used out first). Kysely runs one query at a time on the connection, so a
 * cached statement is never in use twice; SQLite re-prepares it itself after a schema change.
 */
function withStatementCache(sqlite: BetterSqlite3.Database, size: number): SqliteDatabase & SqliteStatements {
  const statements = new Map<string, BetterSqlite3.Statement>();
  return {
    close: () => {
      statements.clear();
      sqlite.close();
    },
    prepare(text: string) {
      let statement = statements.get(text);
      if (statement) {
        statements.delete(text);
      } else {
        statement = sqlite.prepare(text);
        if (statements.size >= size) statements.delete(statements.keys().next().value as string);
      }
      statements.set(text, statement);
      return statement;
    },
  };
}

/** Creates the data directory if needed and checks it is a writable directory; returns what it created. */
function prepareDataDir(dir: string): string | undefined {
  const advice = 'Choose another data directory with --data-dir or NEXO_DATA_DIR, or fix its permissions.';
  let created: string | undefined;
  try {
    created = mkdirSync(dir, { recursive: true });
  } catch (error) {
    const what = (error as NodeJS.ErrnoException).code === 'EEXIST' ? 'a file is in the way' : reasonOf(error);
    throw new AppError('storage_unavailable', `Cannot create the data directory ${dir}: ${what}. ${advice}`, {
      path: dir,
    });
  }
  try {
    if (!statSync(dir).isDirectory()) throw new Error('it is not a directory');
    accessSync(dir, constants.W_OK);
  } catch (error) {
    const what = (error as NodeJS.ErrnoException).code === 'EACCES' ? 'it is not writable' : reasonOf(error);
    throw new AppError('storage_unavailable', `Cannot use the data directory ${dir}: ${what}. ${advice}`, {
      path: dir,
    });
  }
  return created;
}

/**
 * Connects to PostgreSQL and checks the connection, failing within a few seconds.
 * @throws AppError `storage_unavailable` naming host:port/database (never the password).
 */
export async function openPostgres(url: string): Promise<OpenedDatabase> {
  const target = describePostgresUrl(url);
  if (!target) {
    throw new AppError(
      'storage_unavailable',
      'DATABASE_URL is not a PostgreSQL URL: expected postgres://user:password@host:5432/database.',
    );
  }
  // Loaded only here: a SQLite process never pays for the driver (about 5 MB of memory).
  const { default: pg } = await import('pg');
  const pool = new pg.Pool({
    connectionString: url,
    connectionTimeoutMillis: CONNECT_TIMEOUT_MS,
    // Per-pool parsers: counts as numbers, timestamps as ISO strings, without touching pg's globals.
    types: { getTypeParser: typeParsers(pg.types) },
    options: '-c TimeZone=UTC',
    max: 10,
  });
  // An idle client losing its connection must not crash the process; the next query reports it.
  pool.on('error', () => undefined);
  try {
    const client = await pool.connect();
    client.release();
  } catch (error) {
    await pool.end().catch(() => undefined);
    const reason = describePgError(error, target.database).replaceAll(passwordOf(url) || '\u0000', '***');
    throw new AppError(
      'storage_unavailable',
      `Cannot connect to PostgreSQL at ${target.label}: ${reason}. Check DATABASE_URL and that the server is running.`,
      { host: target.host, port: target.port, database: target.database },
    );
  }
  const db = new Kysely<Database>({
    dialect: new PostgresDialect({ pool: withNamedStatements(pool) }),
    plugins: [new CamelCasePlugin()],
  });
  return { db, dialect: 'postgres', location: target.masked };
}

/** Query texts given a server-side name after their second use, at most this many. */
const NAMED_STATEMENTS_MAX = 1000;

/**
 * The pool as Kysely sees it, turning a query text that comes back into a named prepared
 * statement: PostgreSQL then parses and plans it once per connection instead of on every call
 * (Kysely sends every query unnamed). The name is a hash of the text, so a text always has the
 * same name and two texts never share one; pg prepares it again on each new connection. Texts
 * seen once (migrations, one-off bulk shapes) stay unnamed, and so do texts over 20,000
 * characters.
 */
function withNamedStatements(pool: pg.Pool): pg.Pool {
  /** A name per text; null for a text seen once so far. */
  const names = new Map<string, string | null>();
  const nameFor = (text: string): string | null => {
    const known = names.get(text);
    if (known) return known;
    if (known === null) {
      const name = `nexo_${createHash('sha1').update(text).digest('hex').slice(0, 24)}`;
      names.set(text, name);
      return name;
    }
    if (names.size < NAMED_STATEMENTS_MAX && text.length <= 20_000) names.set(text, null);
    return null;
  };
  // What Kysely's PostgresDialect uses of a pool and its clients: connect, query, release, end.
  return {
    async connect() {
      const client = await pool.connect();
      return {
        query(text: unknown, values?: unknown[]) {
          if (typeof text !== 'string' || !Array.isArray(values)) return client.query(text as string, values);
          const name = nameFor(text);
          return name === null ? client.query(text, values) : client.query({ name, text, values });
        },
        release: (error?: Error | boolean) => client.release(error),
      };
    },
    end: () => pool.end(),
  } as unknown as pg.Pool;
}

const TIMESTAMPTZ = 1184;
const TIMESTAMP = 1114;
const NUMBER_TYPES = new Set([20, 21, 23, 700, 701, 1700]);

/** pg's parsers, but counts as numbers and timestamps as ISO strings. */
function typeParsers(types: typeof pg.types) {
  return (oid: number, format?: 'text' | 'binary'): unknown => {
    if (format === 'binary') return types.getTypeParser(oid, format);
    if (NUMBER_TYPES.has(oid)) return Number;
    if (oid === TIMESTAMPTZ || oid === TIMESTAMP) {
      const parseDate = types.getTypeParser(oid, 'text') as (value: string) => Date;
      const slow = (value: string) => parseDate(value).toISOString();
      return oid === TIMESTAMPTZ ? (value: string) => utcTimestamp(value) ?? slow(value) : slow;
    }
    return types.getTypeParser(oid, format);
  };
}

/** How PostgreSQL writes a timestamptz in a UTC session: `2026-11-22 03:57:54.047+00`. */
const UTC_TEXT = /^(\d{4}-\d\d-\d\d) (\d\d:\d\d:\d\d)(?:\.(\d{1,6}))?\+00$/;

/**
 * The ISO form of a timestamptz as a UTC session writes it, by rewriting the text (the agenda reads
 * hundreds per call); null for anything else (other offsets, BC dates, infinity), which goes
 * through pg's parser. Milliseconds are truncated, as pg's parser truncates them.
 */
export function utcTimestamp(text: string): string | null {
  const m = UTC_TEXT.exec(text);
  if (!m) return null;
  return `${m[1]}T${m[2]}.${((m[3] ?? '') + '000').slice(0, 3)}Z`;
}

function describePgError(error: unknown, database: string): string {
  const code = (error as { code?: string }).code;
  switch (code) {
    case 'ECONNREFUSED':
      return 'connection refused (is PostgreSQL running and listening on that port?)';
    case 'ENOTFOUND':
    case 'EAI_AGAIN':
      return 'unknown host';
    case '28P01':
    case '28000':
      return 'authentication failed (check the user name and password)';
    case '3D000':
      return `database "${database}" does not exist (create it with: createdb ${database})`;
    default: {
      const message = reasonOf(error);
      return /timeout/i.test(message) ? `no answer within ${CONNECT_TIMEOUT_MS / 1000} s` : message;
    }
  }
}

function passwordOf(url: string): string {
  try {
    return decodeURIComponent(new URL(url).password);
  } catch {
    return '';
  }
}

function reasonOf(error: unknown): string {
  return error instanceof Error ? error.message.replace(/\.$/, '') : String(error);
}

/** The stored form of a boolean: 0/1 in SQLite (it has no boolean type), true/false in PostgreSQL. */
export function toDbBool(dialect: Dialect, value: boolean): DbBool {
  return dialect === 'sqlite' ? (value ? 1 : 0) : value;
}

/** Reads a stored boolean of either dialect. */
export function fromDbBool(value: DbBool): boolean {
  return value === true || value === 1;
}

/** True when `error` is a primary-key or unique violation, on either engine. */
export function isUniqueViolation(error: unknown): boolean {
  const code = (error as { code?: unknown }).code;
  return code === '23505' || code === 'SQLITE_CONSTRAINT_PRIMARYKEY' || code === 'SQLITE_CONSTRAINT_UNIQUE';
}
