/**
 * `npm run bench:import`: imports through the real CLI (a spawned `nexo import`, wall time from
 * spawn to exit, fresh data directory each run) a generated 30,000-row LinkedIn export and 10,000
 * vCards, each beside a raw baseline measured in the same run (import-raw.ts: the same parse and
 * one transaction of plain inserts, bundled like the CLI so both start from one file), then the peak
 * RSS of importing 100,000 rows. Prints a table and writes bench/results/import-<timestamp>.json.
 * `npm run bench:import` builds both bundles first.
 *
 * Flags: --linkedin N (30000), --vcards N (10000), --rss-rows N (100000), --runs N (3).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { linkedinExport, vcardBook } from './import-files.js';
import { machineInfo } from './report.js';

const cliBin = fileURLToPath(new URL('../../packages/cli/bin/nexo.js', import.meta.url));
const rawScript = fileURLToPath(new URL('./import-raw.bundle.mjs', import.meta.url));
const resultsDir = fileURLToPath(new URL('../results/', import.meta.url));

const TARGETS = { linkedinMs: 1500, vcardMs: 3000, ratio: 1.5, rssMb: 250 } as const;

interface Run {
  ms: number;
  peakRssMb: number;
  created: number;
}

/** Runs `node args` in a child process; wall time from spawn to exit, peak RSS from /usr/bin/time. */
function timed(args: string[]): Run {
  const start = process.hrtime.bigint();
  const child = spawnSync('/usr/bin/time', ['-f', '%M', process.execPath, ...args], {
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
    env: { ...process.env, DATABASE_URL: '' },
  });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  if (child.status !== 0) throw new Error(`${args.join(' ')} failed (${child.status}): ${child.stderr}`);
  const kb = Number(child.stderr.trim().split('\n').at(-1));
  const created = Number((JSON.parse(child.stdout) as { created: number }).created);
  return { ms, peakRssMb: kb / 1024, created };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? Number.NaN;

function measure(file: string, expected: number, runs: number, work: string) {
  const product: Run[] = [];
  const raw: Run[] = [];
  for (let i = 0; i < runs; i++) {
    const a = join(work, `cli-${i}-${Date.now()}`);
    const b = join(work, `raw-${i}-${Date.now()}`);
    product.push(timed([cliBin, '--data-dir', a, 'import', file, '--json']));
    raw.push(timed([rawScript, file, b]));
    rmSync(a, { recursive: true, force: true });
    rmSync(b, { recursive: true, force: true });
  }
  for (const r of [...product, ...raw]) {
    if (r.created !== expected) throw new Error(`expected ${expected} contacts, got ${r.created}`);
  }
  const productMs = median(product.map((r) => r.ms));
  const rawMs = median(raw.map((r) => r.ms));
  return {
    productMs,
    rawMs,
    ratio: productMs / rawMs,
    productRuns: product.map((r) => Math.round(r.ms)),
    rawRuns: raw.map((r) => Math.round(r.ms)),
    peakRssMb: Math.max(...product.map((r) => r.peakRssMb)),
  };
}

function main(): void {
  for (const script of [cliBin, rawScript]) {
    if (!existsSync(script)) throw new Error(`${script} is missing: run \`npm run bench:import\`, which builds it.`);
  }
  const { values } = parseArgs({
    options: {
      linkedin: { type: 'string', default: '30000' },
      vcards: { type: 'string', default: '10000' },
      'rss-rows': { type: 'string', default: '100000' },
      runs: { type: 'string', default: '3' },
    },
  });
  const rows = Number(values.linkedin);
  const cards = Number(values.vcards);
  const rssRows = Number(values['rss-rows']);
  const runs = Math.max(1, Number(values.runs));
  const work = mkdtempSync(join(tmpdir(), 'nexo-bench-import-'));
  try {
    const linkedinFile = join(work, 'Connections.csv');
    const vcardFile = join(work, 'contacts.vcf');
    const bigFile = join(work, 'Connections-big.csv');
    writeFileSync(linkedinFile, linkedinExport(rows));
    writeFileSync(vcardFile, vcardBook(cards));
    writeFileSync(bigFile, linkedinExport(rssRows, 99));
    const load = loadavg()[0] ?? 0;
    const linkedin = measure(linkedinFile, rows, runs, work);
    const vcard = measure(vcardFile, cards, runs, work);
    const big = timed([cliBin, '--data-dir', join(work, 'rss'), 'import', bigFile, '--json']);
    const mark = (ok: boolean) => (ok ? '✓' : '✗');
    const line = (label: string, r: ReturnType<typeof measure>, target: number) =>
      `${label.padEnd(24)} ${`${Math.round(r.productMs)} ms`.padStart(9)} ${mark(r.productMs <= target)}  raw ${`${Math.round(r.rawMs)} ms`.padStart(9)}  ×${r.ratio.toFixed(2)} ${mark(r.ratio <= TARGETS.ratio)}`;
    console.log(`\nnexo import benchmark (load average ${load.toFixed(2)} at start, ${runs} runs, medians)`);
    console.log(line(`LinkedIn ${rows} rows`, linkedin, TARGETS.linkedinMs));
    console.log(line(`vCard ${cards} cards`, vcard, TARGETS.vcardMs));
    console.log(
      `${`RSS ${rssRows} rows`.padEnd(24)} ${`${Math.round(big.peakRssMb)} MB`.padStart(9)} ${mark(big.peakRssMb <= TARGETS.rssMb)}  (${Math.round(big.ms)} ms)`,
    );
    const report = {
      kind: 'import',
      at: new Date().toISOString(),
      machine: machineInfo(),
      loadAverage: load,
      targets: TARGETS,
      linkedin: { rows, ...linkedin },
      vcard: { cards, ...vcard },
      memory: { rows: rssRows, peakRssMb: big.peakRssMb, ms: big.ms },
    };
    mkdirSync(resultsDir, { recursive: true });
    const out = join(resultsDir, `import-${report.at.replace(/[:.]/g, '-')}.json`);
    writeFileSync(out, `${JSON.stringify(report, null, 2)}\n`);
    console.log(`written ${out}`);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

main();
