import { execFileSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { AppError } from '@nexo/core';
import {
  checkMigrations,
  migrateToLatest,
  migrations,
  openStorage,
  resolveDataDir,
  type NexoMigration,
} from './index.js';
import { forEachEngine } from './test-support/engines.js';
import { makeContact, newAccount } from './test-support/factories.js';

forEachEngine((engine) => {
  describe('migrations', () => {
    it('migrates a new database to the latest version, and reopens it without changes', async () => {
      const options = await engine.freshOptions();
      const first = await openStorage(options);
      const state = await checkMigrations(first.db);
      expect(state).toEqual({ applied: migrations.map((m) => m.name), pending: [], unknown: [], outOfOrder: [] });
      const account = await newAccount(first);
      await first.contacts.insert(account, makeContact({ id: 'kept' }));
      await first.close();
      const again = await openStorage(options);
      expect(await again.contacts.get(account, 'kept')).not.toBeNull();
      await again.close();
    });

    it('refuses a database written by a newer nexo (an unknown migration)', async () => {
      const options = await engine.freshOptions();
      const s = await openStorage(options);
      await sql`insert into kysely_migration (name, timestamp) values ('9999-from-the-future', '2030-01-01T00:00:00Z')`.execute(
        s.db,
      );
      await s.close();
      const opening = openStorage(options);
      await expect(opening).rejects.toBeInstanceOf(AppError);
      await expect(opening).rejects.toMatchObject({
        code: 'migration_mismatch',
        message: expect.stringContaining('9999-from-the-future'),
      });
    });

    it('refuses out-of-order migrations, changing nothing', async () => {
      const s = await engine.open();
      const later: NexoMigration = { name: '9998-later', up: () => Promise.resolve() };
      await migrateToLatest(s.db, s.dialect, [...migrations, later]);
      const skipped: NexoMigration = {
        name: '9997-skipped',
        up: async (db) => {
          await db.schema.createTable('must_not_exist').addColumn('x', 'text').execute();
        },
      };
      const code = [...migrations, skipped, later];
      expect((await checkMigrations(s.db, code)).outOfOrder).toEqual(['9997-skipped']);
      await expect(migrateToLatest(s.db, s.dialect, code)).rejects.toMatchObject({
        code: 'migration_mismatch',
        message: expect.stringContaining('9997-skipped'),
      });
      const tables = await s.db.introspection.getTables();
      expect(tables.map((t) => t.name)).not.toContain('must_not_exist');
      await sql`delete from kysely_migration where name = '9998-later'`.execute(s.db);
    });
  });

  if (engine.name === 'postgres') {
    it('prepares a query on the server the second time its text is run, and answers alike', async () => {
      const s = await engine.open();
      await s.db.transaction().execute(async (trx) => {
        const answers: number[] = [];
        for (const i of [1, 2, 3]) {
          const { rows } = await sql<{ n: number }>`select ${i}::int + 40 as n`.execute(trx);
          answers.push(rows[0]?.n ?? 0);
        }
        expect(answers).toEqual([41, 42, 43]);
        const { rows } = await sql<{ statement: string }>`select statement from pg_prepared_statements`.execute(trx);
        expect(rows.map((r) => r.statement)).toContain('select $1::int + 40 as n');
      });
    });
  }
});

describe('opening SQLite', () => {
  const root = mkdtempSync(join(tmpdir(), 'nexo-open-test-'));
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('creates the data directory and nexo.db in it, with WAL and foreign keys on', async () => {
    const dir = join(root, 'a', 'b');
    const s = await openStorage({ dataDir: dir });
    expect(s.location).toBe(join(dir, 'nexo.db'));
    expect(existsSync(join(dir, 'nexo.db'))).toBe(true);
    const pragma = async (name: string) =>
      Object.values((await sql.raw(`pragma ${name}`).execute(s.db)).rows[0] ?? {})[0];
    expect(await pragma('journal_mode')).toBe('wal');
    expect(await pragma('foreign_keys')).toBe(1);
    await s.close();
  });

  it('refuses a data directory that is a file, or inside one, naming the path and creating nothing', async () => {
    const file = join(root, 'plain-file');
    writeFileSync(file, 'not a directory');
    for (const dir of [file, join(file, 'sub')]) {
      const opening = openStorage({ dataDir: dir });
      await expect(opening).rejects.toMatchObject({
        code: 'storage_unavailable',
        message: expect.stringContaining(dir),
      });
      await expect(opening).rejects.toMatchObject({ message: expect.stringContaining('--data-dir') });
    }
  });

  it('refuses a file that is not a database', async () => {
    const dir = join(root, 'garbage');
    await openStorage({ dataDir: dir }).then((s) => s.close());
    rmSync(join(dir, 'nexo.db-wal'), { force: true });
    rmSync(join(dir, 'nexo.db-shm'), { force: true });
    writeFileSync(join(dir, 'nexo.db'), 'x'.repeat(4096));
    await expect(openStorage({ dataDir: dir })).rejects.toMatchObject({ code: 'storage_unavailable' });
  });

  it('refuses a data directory that is not writable, creating nothing', async () => {
    const parent = join(root, 'locked-parent');
    mkdirSync(parent);
    const unlock = lockDirectory(parent);
    const locked = join(parent, 'nexo');
    try {
      await expect(openStorage({ dataDir: locked })).rejects.toMatchObject({
        code: 'storage_unavailable',
        message: expect.stringContaining(locked),
      });
      // An existing directory that cannot be written to is refused too.
      await expect(openStorage({ dataDir: parent })).rejects.toMatchObject({ code: 'storage_unavailable' });
    } finally {
      unlock();
    }
    expect(existsSync(locked)).toBe(false);
  });
});

/**
 * Makes a directory unwritable, also for root (who writes through permission bits): as root the
 * directory is made immutable with chattr, otherwise its write bits are removed. Returns the undo.
 */
function lockDirectory(dir: string): () => void {
  if (process.getuid?.() !== 0) {
    chmodSync(dir, 0o500);
    return () => chmodSync(dir, 0o700);
  }
  execFileSync('chattr', ['+i', dir]);
  return () => execFileSync('chattr', ['-i', dir]);
}

describe('opening PostgreSQL', () => {
  const fail = async (url: string) => {
    const error: unknown = await openStorage({ databaseUrl: url }).then(
      (s) => s.close().then(() => null),
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(AppError);
    expect(error).toMatchObject({ code: 'storage_unavailable' });
    return (error as AppError).message;
  };

  it('fails fast on a refused port, naming host:port/database but never the password', async () => {
    const message = await fail('postgres://nexo:s3cret-pw@127.0.0.1:1/nexo_db');
    expect(message).toContain('127.0.0.1:1/nexo_db');
    expect(message).toContain('refused');
    expect(message).not.toContain('s3cret-pw');
  });

  it('fails on an unknown host', async () => {
    const message = await fail('postgresql://nexo:pw@no-such-host.invalid:5432/nexo');
    expect(message).toContain('no-such-host.invalid:5432/nexo');
  });

  it('refuses a URL that is not a PostgreSQL one', async () => {
    expect(await fail('mysql://root:pw@localhost/nexo')).toContain('not a PostgreSQL URL');
    expect(await fail('just words')).toContain('not a PostgreSQL URL');
  });

  const admin = process.env.NEXO_TEST_DATABASE_URL;
  it.runIf(admin)('fails on a missing database or a wrong password, naming the database', async () => {
    const missing = new URL(admin ?? '');
    missing.pathname = '/nexo_no_such_database';
    expect(await fail(missing.href)).toContain('nexo_no_such_database');
    expect(await fail(missing.href)).toContain('does not exist');
  });

  it('masks the password in the location', async () => {
    const { describePostgresUrl } = await import('./paths.js');
    expect(describePostgresUrl('postgres://me:hunter2@db.example:6543/nexo')?.masked).toBe(
      'postgres://me:***@db.example:6543/nexo',
    );
  });
});

describe('resolveDataDir', () => {
  it('prefers the flag, then NEXO_DATA_DIR, then the per-user location of the platform', () => {
    expect(resolveDataDir('/flag', { NEXO_DATA_DIR: '/env' })).toBe('/flag');
    expect(resolveDataDir(undefined, { NEXO_DATA_DIR: '/env' })).toBe('/env');
    expect(resolveDataDir(undefined, { XDG_DATA_HOME: '/xdg' }, 'linux', '/home/u')).toBe('/xdg/nexo');
    expect(resolveDataDir(undefined, {}, 'linux', '/home/u')).toBe('/home/u/.local/share/nexo');
    expect(resolveDataDir(undefined, {}, 'darwin', '/Users/u')).toBe('/Users/u/Library/Application Support/nexo');
    expect(resolveDataDir(undefined, { APPDATA: 'C:\\Users\\u\\AppData\\Roaming' }, 'win32', 'C:\\Users\\u')).toContain(
      'nexo',
    );
  });
});
