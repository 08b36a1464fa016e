/**
 * Server memory: starts the real server in a child process (`nexo serve` on a free loopback port),
 * sends it a few hundred real HTTP requests to the agenda, search, contact and metrics endpoints,
 * then reads its resident set size from /proc and stops it.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { summarize, type Stats } from './measure.js';

// Relative to the compiled file, bench/dist/server-rss.js.
const cliBin = fileURLToPath(new URL('../../packages/cli/bin/nexo.js', import.meta.url));
const cliMain = fileURLToPath(new URL('../../packages/cli/dist/main.js', import.meta.url));
const rootPackage = fileURLToPath(new URL('../../package.json', import.meta.url));
const STARTUP_TIMEOUT_MS = 30_000;

export interface ServerTarget {
  /** SQLite: the data directory; PostgreSQL: the database URL. */
  dataDir?: string;
  databaseUrl?: string;
}

export interface ServerResult {
  requests: number;
  failures: number;
  /** Resident set size right after start-up, and after the requests (MB). */
  idleRssMb: number;
  rssMb: number;
  /** Peak resident set size of the process (VmHWM, MB). */
  peakRssMb: number;
  /** Per endpoint latency over HTTP, for context (not a target). */
  latency: Record<string, Stats>;
}

/** VmRSS and VmHWM of a process in MB, from /proc (Linux). NaN elsewhere. */
function readRss(pid: number): { rss: number; peak: number } {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const kb = (field: string) => Number(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? Number.NaN);
    return { rss: kb('VmRSS') / 1024, peak: kb('VmHWM') / 1024 };
  } catch {
    return { rss: Number.NaN, peak: Number.NaN };
  }
}

/**
 * The node flags of `npm start` (`node FLAGS packages/cli/bin/nexo.js serve` in the root
 * package.json), so the server measured is the server people start.
 */
export function startFlags(startScript: string): string[] {
  const [command, ...words] = startScript.trim().split(/\s+/);
  if (command !== 'node') throw new Error(`npm start is not "node ...": ${startScript}`);
  const flags: string[] = [];
  for (const word of words) {
    if (!word.startsWith('-')) break;
    flags.push(word);
  }
  return flags;
}

function npmStartFlags(): string[] {
  const scripts = (JSON.parse(readFileSync(rootPackage, 'utf8')) as { scripts?: Record<string, string> }).scripts;
  return startFlags(scripts?.start ?? 'node');
}

/** Spawns `nexo serve --port 0` as `npm start` does and resolves with its URL once it says it is running. */
function startServer(target: ServerTarget): Promise<{ child: ChildProcess; url: string }> {
  if (!existsSync(cliMain)) throw new Error(`The CLI is not built (${cliMain} is missing): run npm run build first.`);
  const env = { ...process.env };
  delete env.DATABASE_URL;
  if (target.databaseUrl) env.DATABASE_URL = target.databaseUrl;
  const dirArgs = target.dataDir ? ['--data-dir', target.dataDir] : [];
  const child = spawn(process.execPath, [...npmStartFlags(), cliBin, ...dirArgs, 'serve', '--port', '0'], {
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  return new Promise((resolve, reject) => {
    let output = '';
    const timer = setTimeout(
      () => fail(new Error(`The server did not start within ${STARTUP_TIMEOUT_MS} ms:\n${output}`)),
      STARTUP_TIMEOUT_MS,
    );
    const fail = (error: Error) => {
      clearTimeout(timer);
      child.kill('SIGKILL');
      reject(error);
    };
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const url = /nexo is running at (http:\/\/\S+)/.exec(output)?.[1];
      if (url) {
        clearTimeout(timer);
        resolve({ child, url });
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.once('exit', (code) =>
      fail(new Error(`The server exited with code ${String(code)} before starting:\n${output}`)),
    );
  });
}

function stopServer(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null) return resolve();
    const kill = setTimeout(() => child.kill('SIGKILL'), 5000);
    child.once('exit', () => {
      clearTimeout(kill);
      resolve();
    });
    child.kill('SIGTERM');
  });
}

/**
 * Measures the server's memory after `rounds` rounds of four requests each, one after the other
 * as a single user would send them.
 */
export async function measureServerRss(
  target: ServerTarget,
  inputs: { searchTerms: readonly string[]; contactIds: readonly string[] },
  rounds: number,
): Promise<ServerResult> {
  const { child, url } = await startServer(target);
  try {
    const pid = child.pid ?? 0;
    const idle = readRss(pid);
    const samples: Record<string, number[]> = { agenda: [], search: [], contact: [], metrics: [] };
    let failures = 0;
    for (let i = 0; i < rounds; i++) {
      const term = inputs.searchTerms[i % inputs.searchTerms.length] ?? '';
      const id = inputs.contactIds[i % inputs.contactIds.length] ?? '';
      const paths: [string, string][] = [
        ['agenda', '/api/v1/agenda/today?limit=20'],
        ['search', `/api/v1/contacts?limit=20&search=${encodeURIComponent(term)}`],
        ['contact', `/api/v1/contacts/${encodeURIComponent(id)}`],
        ['metrics', '/api/v1/metrics'],
      ];
      for (const [name, path] of paths) {
        const start = performance.now();
        const res = await fetch(url + path);
        await res.arrayBuffer();
        samples[name]?.push(performance.now() - start);
        if (!res.ok) failures += 1;
      }
    }
    const after = readRss(pid);
    const latency = Object.fromEntries(Object.entries(samples).map(([name, ms]) => [name, summarize(ms)]));
    return { requests: rounds * 4, failures, idleRssMb: idle.rss, rssMb: after.rss, peakRssMb: after.peak, latency };
  } finally {
    await stopServer(child);
  }
}
