/**
 * Runs one storage suite on both engines: a fresh in-memory SQLite per test, and PostgreSQL on a
 * database copied from the migrated template per test file (skipped when no PostgreSQL is set up).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { afterAll, afterEach, beforeAll, describe, inject } from 'vitest';
import { openStorage, type Storage, type StorageOptions } from '../index.js';
import type { Dialect } from '../database.js';

declare module 'vitest' {
  export interface ProvidedContext {
    pgTemplate: { adminUrl: string; template: string } | null;
  }
}

export interface Engine {
  name: Dialect;
  /** A storage for this test: fresh SQLite, or this file's PostgreSQL database. Closed after the test. */
  open(): Promise<Storage>;
  /** Options of a brand-new database of its own that can be opened more than once. */
  freshOptions(): Promise<StorageOptions>;
}

/** Declares `suite` once per engine. Tests isolate themselves with fresh accounts (`newAccount`). */
export function forEachEngine(suite: (engine: Engine) => void): void {
  describe('sqlite', () => {
    const dirs: string[] = [];
    const opened = tracker();
    afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));
    suite({
      name: 'sqlite',
      open: () => opened.add(openStorage({ memory: true })),
      freshOptions: () => {
        const dir = mkdtempSync(join(tmpdir(), 'nexo-storage-test-'));
        dirs.push(dir);
        return Promise.resolve({ dataDir: dir });
      },
    });
  });

  const template = inject('pgTemplate');
  describe.skipIf(!template)('postgres', () => {
    const databases: string[] = [];
    const opened = tracker();
    let fileUrl = '';
    const create = async () => {
      if (!template) throw new Error('PostgreSQL is not set up');
      const name = `nexo_test_${randomUUID().replaceAll('-', '')}`;
      await admin(template.adminUrl, `create database ${name} template ${template.template}`);
      databases.push(name);
      return withDatabase(template.adminUrl, name);
    };
    beforeAll(async () => {
      fileUrl = await create();
    });
    afterAll(async () => {
      if (!template) return;
      for (const name of databases) await admin(template.adminUrl, `drop database if exists ${name} with (force)`);
    });
    suite({
      name: 'postgres',
      open: () => opened.add(openStorage({ databaseUrl: fileUrl })),
      freshOptions: async () => ({ databaseUrl: await create() }),
    });
  });
}

/** Closes every storage a test opened, after the test. */
function tracker() {
  let open: Storage[] = [];
  afterEach(async () => {
    const closing = open;
    open = [];
    await Promise.all(closing.map((s) => s.close()));
  });
  return {
    async add(storage: Promise<Storage>) {
      const s = await storage;
      open.push(s);
      return s;
    },
  };
}

async function admin(url: string, statement: string): Promise<void> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 5000 });
  await client.connect();
  try {
    await client.query(statement);
  } finally {
    await client.end();
  }
}

/** The URL with another database name. */
export function withDatabase(url: string, database: string): string {
  const u = new URL(url);
  u.pathname = `/${database}`;
  return u.href;
}
