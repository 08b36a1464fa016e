/**
 * Test support for the API suites: a fresh app on real storage with a fixed, movable clock. SQLite
 * (in memory, one per test) always; PostgreSQL too when the global setup found NEXO_TEST_DATABASE_URL
 * and provides its migrated template database.
 */
import { randomBytes } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import pg from 'pg';
import { afterAll, afterEach, beforeAll, inject } from 'vitest';
import type { Clock } from '@nexo/core';
import { openStorage, type Storage } from '@nexo/storage';
import { buildApp } from '../app.js';
import { createServices } from '../runtime.js';

declare module 'vitest' {
  // Provided by scripts/test-global-setup.ts (declared again here for this package's type-check).
  export interface ProvidedContext {
    pgTemplate: { adminUrl: string; template: string } | null;
  }
}

/** The fixed "now" of every test unless it moves the clock. */
export const NOW = new Date('2026-06-01T09:00:00.000Z');

export interface TestClock extends Clock {
  set(date: Date | string): void;
  advanceDays(days: number): void;
}

export function fixedClock(start: Date = NOW): TestClock {
  let current = start.getTime();
  return {
    now: () => new Date(current),
    set: (date) => {
      current = new Date(date).getTime();
    },
    advanceDays: (days) => {
      current += days * 86_400_000;
    },
  };
}

export interface Reply {
  status: number;
  headers: Record<string, string | string[] | number | undefined>;
  body: unknown;
  text: string;
}

export interface Api {
  app: FastifyInstance;
  storage: Storage;
  clock: TestClock;
  accountId: string;
  request(
    method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE',
    url: string,
    body?: unknown,
    headers?: Record<string, string>,
  ): Promise<Reply>;
}

export interface Backend {
  name: 'sqlite' | 'postgres';
  /** Registers the suite's hooks; returns the factory each test calls for its own fresh API. */
  setup(): () => Promise<Api>;
}

async function makeApi(storage: Storage, accountId: string | null): Promise<Api> {
  const clock = fixedClock();
  const services = createServices(storage, { clock });
  // API suites run without the web build, whatever state packages/web/dist is in.
  const app = await buildApp(
    accountId === null
      ? { storage, services, webRoot: false }
      : { storage, services, webRoot: false, resolveAccount: async () => accountId },
  );
  const resolved = accountId ?? (await storage.accounts.ensureLocal());
  return {
    app,
    storage,
    clock,
    accountId: resolved,
    async request(method, url, body, headers = {}) {
      const res = await app.inject({
        method,
        url,
        headers,
        ...(body === undefined ? {} : { payload: body as object }),
      });
      let parsed: unknown = undefined;
      if (res.body && String(res.headers['content-type'] ?? '').includes('json')) parsed = JSON.parse(res.body);
      return { status: res.statusCode, headers: res.headers, body: parsed, text: res.body };
    },
  };
}

const sqlite: Backend = {
  name: 'sqlite',
  setup() {
    const open: Api[] = [];
    afterEach(async () => {
      for (const api of open.splice(0)) {
        await api.app.close();
        await api.storage.close();
      }
    });
    return async () => {
      const api = await makeApi(await openStorage({ memory: true }), null);
      open.push(api);
      return api;
    };
  },
};

/** One database per suite, copied from the migrated template; one fresh account per test (accounts isolate). */
function postgres(pgTemplate: { adminUrl: string; template: string }): Backend {
  return {
    name: 'postgres',
    setup() {
      const { adminUrl, template } = pgTemplate;
      const database = `nexo_api_${randomBytes(6).toString('hex')}`;
      const url = new URL(adminUrl);
      url.pathname = `/${database}`;
      let storage: Storage | undefined;
      const open: Api[] = [];
      beforeAll(async () => {
        await admin(adminUrl, `CREATE DATABASE ${database} TEMPLATE ${template}`);
        // A hosted nexo seals the SMTP password with NEXO_SECRET_KEY; the tests use a random one.
        storage = await openStorage({ databaseUrl: url.href, secretKey: randomBytes(32).toString('base64') });
      });
      afterEach(async () => {
        for (const api of open.splice(0)) await api.app.close();
      });
      afterAll(async () => {
        await storage?.close();
        await admin(adminUrl, `DROP DATABASE IF EXISTS ${database} WITH (FORCE)`);
      });
      return async () => {
        if (!storage) throw new Error('PostgreSQL storage is not open');
        const accountId = `t${randomBytes(6).toString('hex')}`;
        await storage.accounts.create(accountId, 'Test');
        const api = await makeApi(storage, accountId);
        open.push(api);
        return api;
      };
    },
  };
}

async function admin(adminUrl: string, statement: string): Promise<void> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    await client.query(statement);
  } finally {
    await client.end();
  }
}

/** The backends to run each API suite on. */
export function backends(): Backend[] {
  const pgTemplate = inject('pgTemplate');
  return pgTemplate ? [sqlite, postgres(pgTemplate)] : [sqlite];
}
