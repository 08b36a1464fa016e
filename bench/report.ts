/**
 * The results: their shape, the compact table printed at the end of a run (with ✓/✗ against the
 * targets) and the JSON file written to bench/results/.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { fileURLToPath } from 'node:url';
import { formatMs, type Stats } from './measure.js';
import type { ScenarioKey } from './scenarios.js';
import { RATIO_TARGET } from './scenarios.js';
import type { ServerResult } from './server-rss.js';

export const RSS_TARGET_MB = 150;

export interface ScenarioResult {
  key: ScenarioKey;
  label: string;
  baseline: string;
  op: Stats;
  raw: Stats;
  /** op p50 / raw p50, from the same run. */
  ratio: number;
  targetP50Ms: number | null;
  meetsLatency: boolean | null;
  meetsRatio: boolean;
  /** Search only: p50 per typed text (op and raw), slowest first. */
  byInput?: { input: string; op: number; raw: number; iterations: number }[];
}

export interface EngineResult {
  engine: 'sqlite' | 'postgres';
  /** Why the engine was not measured, or null. */
  skipped: string | null;
  insertMs: number;
  rebuildMs: number;
  sizeMb: number;
  scenarios: ScenarioResult[];
  server: ServerResult | null;
}

export interface BenchReport {
  date: string;
  machine: { cpu: string; cpus: number; memoryGb: number; node: string; platform: string };
  /** 1, 5 and 15 minute load averages when the run started and ended: other work skews timings. */
  loadAverage: { start: number[]; end: number[] };
  sizes: { contacts: number; interactions: number; knows: number; seed: number };
  generateMs: number;
  engines: EngineResult[];
}

export function machineInfo(): BenchReport['machine'] {
  const list = cpus();
  return {
    cpu: list[0]?.model.trim() ?? 'unknown',
    cpus: list.length,
    memoryGb: Math.round((totalmem() / 1024 ** 3) * 10) / 10,
    node: process.version,
    platform: `${process.platform}-${process.arch}`,
  };
}

const mark = (ok: boolean | null): string => (ok === null ? ' ' : ok ? '✓' : '✗');
const pad = (text: string, width: number, right = false) => (right ? text.padStart(width) : text.padEnd(width));

/** The compact results table, one line per engine and scenario, then the server memory. */
export function formatTable(report: BenchReport): string {
  const head = ['engine', 'operation', 'iter', 'p50', 'p95', 'p99', 'raw p50', 'raw p95', 'ratio', 'targets'];
  const rows: string[][] = [];
  const notes: string[] = [];
  for (const e of report.engines) {
    if (e.skipped) {
      notes.push(`${e.engine}: SKIPPED (${e.skipped})`);
      continue;
    }
    for (const s of e.scenarios) {
      const latency = s.meetsLatency === null ? '' : `p50 ≤ ${s.targetP50Ms} ms ${mark(s.meetsLatency)}  `;
      rows.push([
        e.engine,
        s.label,
        String(s.op.iterations),
        formatMs(s.op.p50),
        formatMs(s.op.p95),
        formatMs(s.op.p99),
        formatMs(s.raw.p50),
        formatMs(s.raw.p95),
        `${s.ratio.toFixed(2)}x`,
        `${latency}≤ ${RATIO_TARGET}x ${mark(s.meetsRatio)}`,
      ]);
    }
    if (e.server) {
      const v = e.server;
      const ok = v.rssMb <= RSS_TARGET_MB;
      notes.push(
        `${e.engine}: server RSS ${v.rssMb.toFixed(1)} MB after ${v.requests} requests (idle ${v.idleRssMb.toFixed(1)} MB, peak ${v.peakRssMb.toFixed(1)} MB, ${v.failures} failed); target ≤ ${RSS_TARGET_MB} MB ${mark(ok)}`,
      );
    }
  }
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: string[]) => cells.map((c, i) => pad(c, widths[i] ?? 0, i >= 2 && i <= 8)).join('  ');
  const load = (l: number[]) => l.map((x) => x.toFixed(2)).join(' ');
  notes.push(
    `load average at start ${load(report.loadAverage.start)}, at end ${load(report.loadAverage.end)} (${report.machine.cpus} CPUs)`,
  );
  return [line(head), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line), '', ...notes].join('\n');
}

/** Writes the report as JSON to bench/results/<timestamp>.json; returns the path. */
export function writeReport(report: BenchReport): string {
  const dir = fileURLToPath(new URL('../results/', import.meta.url));
  mkdirSync(dir, { recursive: true });
  const file = `${dir}${report.date.replace(/[:.]/g, '-')}.json`;
  writeFileSync(file, `${JSON.stringify(report, null, 2)}\n`);
  return file;
}
