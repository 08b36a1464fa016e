// Vitest global setup: finds the PostgreSQL of the storage suite (NEXO_TEST_DATABASE_URL, a superuser
// URL to the `postgres` database) and creates one migrated template database that test files copy.
import pg from 'pg';
import type {} from 'vitest';
import type { TestProject } from 'vitest/node';
import { openStorage } from '../packages/storage/src/index.js';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The admin URL and the migrated template database, or null when PostgreSQL is skipped. */
    pgTemplate: { adminUrl: string; template: string } | null;
  }
}

const SKIP_HINT = '(run .ci/run, or scripts/with-postgres.sh npm test)';

export default async function setup(project: TestProject): Promise<(() => Promise<void>) | undefined> {
  const adminUrl = process.env.NEXO_TEST_DATABASE_URL;
  const ci = process.env.CI === 'true';
  if (!adminUrl) {
    if (ci)
      throw new Error(
        `CI=true but NEXO_TEST_DATABASE_URL is not set: the PostgreSQL storage suite must run ${SKIP_HINT}.`,
      );
    console.warn(`\n\x1b[33m⚠ PostgreSQL suite SKIPPED: NEXO_TEST_DATABASE_URL is not set ${SKIP_HINT}\x1b[0m\n`);
    project.provide('pgTemplate', null);
    return undefined;
  }
  const template = `nexo_template_${process.pid}`;
  try {
    await admin(adminUrl, async (client) => {
      await client.query(`drop database if exists ${template}`);
      await client.query(`create database ${template}`);
    });
    const storage = await openStorage({ databaseUrl: withDatabase(adminUrl, template) });
    await storage.close();
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    if (ci) throw new Error(`CI=true but the PostgreSQL of NEXO_TEST_DATABASE_URL is unusable: ${reason}`);
    console.warn(`\n\x1b[33m⚠ PostgreSQL suite SKIPPED: NEXO_TEST_DATABASE_URL is unusable: ${reason}\x1b[0m\n`);
    project.provide('pgTemplate', null);
    return undefined;
  }
  project.provide('pgTemplate', { adminUrl, template });
  return () =>
    admin(adminUrl, (client) => client.query(`drop database if exists ${template} with (force)`).then(() => undefined));
}

/** Runs `work` with a client connected to the admin database. */
async function admin(url: string, work: (client: pg.Client) => Promise<void>): Promise<void> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 5000 });
  await client.connect();
  try {
    await work(client);
  } finally {
    await client.end();
  }
}

function withDatabase(url: string, database: string): string {
  const u = new URL(url);
  u.pathname = `/${database}`;
  return u.href;
}
