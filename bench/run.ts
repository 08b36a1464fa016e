/**
 * `npm run bench`: generates the data set, measures the core operations against their raw SQL on
 * SQLite (and PostgreSQL when a superuser URL is set), checks the server's memory, prints a table
 * and writes bench/results/<timestamp>.json.
 *
 * Flags: --contacts N (interactions and knows-edges scale with it unless given), --interactions N,
 * --knows N, --seed N, --engine sqlite|postgres|all, --iterations N (max per scenario),
 * --budget SECONDS (per scenario), --requests N (HTTP requests for the memory check, 0 skips it),
 * --keep (keep the database afterwards).
 */
import { loadavg } from 'node:os';
import { parseArgs } from 'node:util';
import { fullSize, generateDataset, type Dataset } from './generator.js';
import { contactsToOpen, searchTerms } from './inputs.js';
import { defaultMeasureOptions } from './measure.js';
import { postgresAdminUrl } from './postgres.js';
import { formatTable, machineInfo, writeReport, type BenchReport, type EngineResult } from './report.js';
import { runEngine, type Engine } from './run-engine.js';

const DEFAULT_SEED = 20_240_601;

function positive(name: string, value: string | undefined, fallback: number): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0) throw new Error(`--${name} expects a whole number, got "${value}".`);
  return n;
}

function parseOptions(argv: string[]) {
  const { values } = parseArgs({
    args: argv,
    options: {
      contacts: { type: 'string' },
      interactions: { type: 'string' },
      knows: { type: 'string' },
      seed: { type: 'string' },
      engine: { type: 'string', default: 'all' },
      iterations: { type: 'string' },
      budget: { type: 'string' },
      requests: { type: 'string' },
      keep: { type: 'boolean', default: false },
    },
  });
  const contacts = positive('contacts', values.contacts, fullSize.contacts);
  const scale = contacts / fullSize.contacts;
  const engine = values.engine;
  if (engine !== 'sqlite' && engine !== 'postgres' && engine !== 'all') {
    throw new Error(`--engine expects sqlite, postgres or all, got "${String(engine)}".`);
  }
  const maxIterations = positive('iterations', values.iterations, defaultMeasureOptions.maxIterations);
  return {
    contacts,
    interactions: positive('interactions', values.interactions, Math.round(fullSize.interactions * scale)),
    knows: positive('knows', values.knows, Math.round(fullSize.knows * scale)),
    seed: positive('seed', values.seed, DEFAULT_SEED),
    engines: (engine === 'all' ? ['sqlite', 'postgres'] : [engine]) satisfies Engine[],
    measure: {
      ...defaultMeasureOptions,
      maxIterations,
      minIterations: Math.min(defaultMeasureOptions.minIterations, maxIterations),
      budgetMs: positive('budget', values.budget, defaultMeasureOptions.budgetMs / 1000) * 1000,
    },
    serverRounds: Math.ceil(positive('requests', values.requests, 400) / 4),
    keep: values.keep,
  };
}

async function main(): Promise<void> {
  const options = parseOptions(process.argv.slice(2));
  const log = (line: string) => console.log(line);
  const now = new Date();
  const loadAtStart = loadavg();
  const generatorOptions = { ...options, now };
  const started = performance.now();
  // Same seed, same data: each engine regenerates it rather than the process holding ~250 MB of
  // records on its heap while measuring.
  let pending: Dataset | null = generateDataset(generatorOptions);
  const generateMs = performance.now() - started;
  log(
    `generated ${pending.contacts.length} contacts, ${pending.interactions.length} interactions, ${pending.knows.length} knows-edges ` +
      `(seed ${options.seed}) in ${(generateMs / 1000).toFixed(1)} s`,
  );
  const inputs = { searchTerms: searchTerms(pending), contactIds: contactsToOpen(pending, 2000, options.seed) };
  const takeData = (): Dataset => {
    const data = pending ?? generateDataset(generatorOptions);
    pending = null;
    return data;
  };
  const adminUrl = postgresAdminUrl(process.env);
  const engines: EngineResult[] = [];
  for (const engine of options.engines) {
    if (engine === 'postgres' && !adminUrl) {
      const reason = 'neither NEXO_BENCH_DATABASE_URL nor NEXO_TEST_DATABASE_URL is set';
      log(`[postgres] SKIPPED: ${reason}`);
      engines.push({ engine, skipped: reason, insertMs: 0, rebuildMs: 0, sizeMb: 0, scenarios: [], server: null });
      continue;
    }
    engines.push(await runEngine(engine, takeData, inputs, adminUrl, { ...options, log }));
  }
  const report: BenchReport = {
    date: now.toISOString(),
    machine: machineInfo(),
    loadAverage: { start: loadAtStart, end: loadavg() },
    sizes: { contacts: options.contacts, interactions: options.interactions, knows: options.knows, seed: options.seed },
    generateMs,
    engines,
  };
  log(`\n${formatTable(report)}`);
  log(`\nresults written to ${writeReport(report)}`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? (error.stack ?? error.message) : error);
  process.exitCode = 1;
});
