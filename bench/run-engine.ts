/**
 * One engine's run: open a fresh storage (a SQLite file in a temp dir, or a new PostgreSQL
 * database), bulk-load the data set, measure every scenario against its raw baseline, then the
 * server's memory, and clean up.
 */
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import { openStorage, type Storage } from '@nexo/storage';
import { listContacts, type RequestContext } from '@nexo/core';
import { createServices, type Services } from '@nexo/server';
import type { Dataset } from './generator.js';
import { loadDataset } from './load.js';
import { measurePair, type MeasureOptions } from './measure.js';
import { createBenchDatabase } from './postgres.js';
import { openRawPostgres } from './raw-postgres.js';
import { openRawSqlite } from './raw-sqlite.js';
import type { RawBaselines } from './raw-queries.js';
import { buildScenarios, RATIO_TARGET, type ScenarioInputs } from './scenarios.js';
import { measureServerRss, type ServerTarget } from './server-rss.js';
import type { EngineResult, ScenarioResult } from './report.js';

export type Engine = 'sqlite' | 'postgres';

export interface EngineOptions {
  measure: MeasureOptions;
  /** Rounds of four HTTP requests for the server memory check; 0 skips it. */
  serverRounds: number;
  /** Keep the SQLite directory / PostgreSQL database afterwards. */
  keep: boolean;
  log: (line: string) => void;
}

interface Opened {
  storage: Storage;
  raw: RawBaselines;
  server: ServerTarget;
  sizeMb: () => Promise<number>;
  cleanUp: () => Promise<void>;
}

async function openEngine(
  engine: Engine,
  adminUrl: string | null,
  keep: boolean,
  log: (line: string) => void,
): Promise<Opened> {
  if (engine === 'sqlite') {
    const dir = mkdtempSync(join(tmpdir(), 'nexo-bench-'));
    const storage = await openStorage({ dataDir: dir });
    const accountId = await storage.accounts.ensureLocal();
    return {
      storage,
      raw: openRawSqlite(storage.location, accountId),
      server: { dataDir: dir },
      sizeMb: async () => statSync(storage.location).size / 1_048_576,
      cleanUp: async () => (keep ? log(`  kept ${dir}`) : rmSync(dir, { recursive: true, force: true })),
    };
  }
  if (!adminUrl) throw new Error('PostgreSQL needs NEXO_BENCH_DATABASE_URL or NEXO_TEST_DATABASE_URL.');
  const database = await createBenchDatabase(adminUrl);
  const storage = await openStorage({ databaseUrl: database.url });
  const accountId = await storage.accounts.ensureLocal();
  return {
    storage,
    raw: openRawPostgres(database.url, accountId),
    server: { databaseUrl: database.url },
    sizeMb: async () => {
      const { rows } = await sql<{ size: number }>`select pg_database_size(current_database()) as size`.execute(
        storage.db,
      );
      return Number(rows[0]?.size ?? Number.NaN) / 1_048_576;
    },
    cleanUp: async () => (keep ? log(`  kept ${database.url.replace(/:[^:@/]*@/, ':***@')}`) : database.drop()),
  };
}

/** Runs every scenario on one engine. */
export async function runEngine(
  engine: Engine,
  /** Hands over the data set to load; it is not kept, so the measurements run on a small heap. */
  takeData: () => Dataset,
  inputs: ScenarioInputs,
  adminUrl: string | null,
  options: EngineOptions,
): Promise<EngineResult> {
  const { log } = options;
  const opened = await openEngine(engine, adminUrl, options.keep, log);
  const { storage, raw } = opened;
  try {
    const accountId = await storage.accounts.ensureLocal();
    log(`[${engine}] loading into ${storage.location}`);
    const load = await loadDataset(storage, accountId, takeData());
    // Settle the database as it would be after a while in use: the WAL checkpointed on SQLite,
    // statistics gathered (as autovacuum would) on PostgreSQL.
    if (engine === 'sqlite') await sql`pragma wal_checkpoint(truncate)`.execute(storage.db);
    else await sql`analyze`.execute(storage.db);
    const sizeMb = await opened.sizeMb();
    log(
      `[${engine}] inserted in ${(load.insertMs / 1000).toFixed(1)} s, summaries rebuilt in ${(load.rebuildMs / 1000).toFixed(1)} s, ${sizeMb.toFixed(0)} MB`,
    );

    const ctx: RequestContext = { accountId, locale: 'en' };
    const services = createServices(storage);
    await checkSearchMirror(services, ctx, raw, inputs.searchTerms, log);
    const scenarios: ScenarioResult[] = [];
    for (const s of buildScenarios(services, ctx, raw, inputs)) {
      // Prime both connections' page caches with every input once, so no scenario pays for cold
      // pages that a later one gets warm (the warm-up rounds alone cover only the first inputs).
      for (let i = 0; i < s.distinctInputs; i++) {
        await s.op(i);
        await s.raw(i);
      }
      const { op, raw: base, byInput } = await measurePair(s.op, s.raw, options.measure, s.labelOf);
      const ratio = op.p50 / base.p50;
      scenarios.push({
        key: s.key,
        label: s.label,
        baseline: s.baseline,
        op,
        raw: base,
        ratio,
        targetP50Ms: s.targetP50Ms,
        // The latency targets are set for SQLite, the embedded default; PostgreSQL is checked on ratios.
        meetsLatency: s.targetP50Ms === null || engine !== 'sqlite' ? null : op.p50 <= s.targetP50Ms,
        meetsRatio: ratio <= RATIO_TARGET,
        ...(byInput && {
          byInput: Object.entries(byInput)
            .map(([input, v]) => ({ input, ...v }))
            .sort((a, b) => b.op - a.op),
        }),
      });
      log(
        `[${engine}] ${s.label}: p50 ${op.p50.toFixed(2)} ms, raw ${base.p50.toFixed(2)} ms (${op.iterations} iterations)`,
      );
    }
    await raw.close();
    await storage.close();

    let server: EngineResult['server'] = null;
    if (options.serverRounds > 0) {
      server = await measureServerRss(opened.server, inputs, options.serverRounds);
      log(
        `[${engine}] server RSS ${server.rssMb.toFixed(1)} MB after ${server.requests} requests (${server.failures} failed)`,
      );
    }
    return { engine, skipped: null, insertMs: load.insertMs, rebuildMs: load.rebuildMs, sizeMb, scenarios, server };
  } finally {
    await raw.close().catch(() => undefined);
    await storage.close().catch(() => undefined);
    await opened.cleanUp();
  }
}

/**
 * The raw search mirrors storage's SQL by hand; when storage changes its queries the mirror goes
 * stale. Same first page from both, or a warning.
 */
async function checkSearchMirror(
  services: Services,
  ctx: RequestContext,
  raw: RawBaselines,
  terms: readonly string[],
  log: (line: string) => void,
): Promise<void> {
  const stale: string[] = [];
  for (const term of new Set(terms)) {
    const page = await listContacts(services, ctx, { search: term, limit: 20 });
    const rawIds = new Set((await raw.search(term, 20)).map((r) => String(r.id)));
    if (rawIds.size !== page.items.length || page.items.some((c) => !rawIds.has(c.id))) stale.push(term);
  }
  if (stale.length > 0)
    log(`  WARNING: the raw search differs from storage's for ${stale.map((t) => JSON.stringify(t)).join(', ')}`);
}
