/**
 * PostgreSQL for the benchmark: a fresh database created with a superuser URL from the
 * environment (NEXO_BENCH_DATABASE_URL, else NEXO_TEST_DATABASE_URL) and dropped afterwards.
 */
import pg from 'pg';

/** The superuser URL to create the bench database with, or null when PostgreSQL is not configured. */
export function postgresAdminUrl(env: NodeJS.ProcessEnv): string | null {
  return env.NEXO_BENCH_DATABASE_URL || env.NEXO_TEST_DATABASE_URL || null;
}

export interface BenchDatabase {
  url: string;
  drop(): Promise<void>;
}

/** Creates an empty database next to the admin URL's one; `drop()` removes it (even if in use). */
export async function createBenchDatabase(adminUrl: string): Promise<BenchDatabase> {
  const name = `nexo_bench_${process.pid}_${Date.now()}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  try {
    await admin.query(`create database ${name}`);
  } finally {
    await admin.end();
  }
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return {
    url: url.href,
    async drop() {
      const client = new pg.Client({ connectionString: adminUrl });
      await client.connect();
      try {
        await client.query(`drop database if exists ${name} with (force)`);
      } finally {
        await client.end();
      }
    },
  };
}
