/** Test support: run `main` in-process against a temporary data directory and capture its output. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../cli.js';
import type { CliIo } from '../io.js';

/** What one run printed and returned. */
export interface RunResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** A fresh data directory under the OS temp dir, and a function that removes it. */
export function tempDataDir(): { dir: string; remove(): void } {
  const dir = mkdtempSync(join(tmpdir(), 'nexo-cli-test-'));
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

/**
 * Runs `nexo ...args` in-process with `--data-dir dir`. The environment is clean (no DATABASE_URL,
 * no LANG) unless `env` adds to it, so the host machine cannot change what a test sees.
 */
export async function runCli(
  dir: string,
  args: string[],
  options: {
    env?: CliIo['env'];
    stopSignal?: AbortSignal;
    onStdout?: (text: string) => void;
    /** Text piped to stdin. */
    stdin?: string;
    /** Pretend stdout is a terminal. */
    isTTY?: boolean;
  } = {},
): Promise<RunResult> {
  let stdout = '';
  let stderr = '';
  const io: CliIo = {
    stdout: (text) => {
      stdout += text;
      options.onStdout?.(stdout);
    },
    stderr: (text) => {
      stderr += text;
    },
    env: { ...options.env },
    ...(options.stopSignal ? { stopSignal: options.stopSignal } : {}),
    ...(options.stdin === undefined ? {} : { stdin: piped(options.stdin) }),
    ...(options.isTTY === undefined ? {} : { isTTY: options.isTTY }),
  };
  const code = await main(['--data-dir', dir, ...args], io);
  return { code, stdout, stderr };
}

/** A stdin that yields `text` as UTF-8 bytes, like a pipe. */
async function* piped(text: string): AsyncIterable<Uint8Array> {
  yield new TextEncoder().encode(text);
}

/** Parses stdout of a successful `--json` run, failing loudly with stderr otherwise. */
export function json<T = unknown>(result: RunResult): T {
  if (result.code !== 0) throw new Error(`exit ${result.code}: ${result.stderr}`);
  return JSON.parse(result.stdout) as T;
}

/** Parses the `{"error":{...}}` envelope a `--json` run printed on stderr. */
export function errorEnvelope(result: RunResult): { code: string; message: string; details: Record<string, unknown> } {
  const parsed = JSON.parse(result.stderr) as {
    error: { code: string; message: string; details: Record<string, unknown> };
  };
  return parsed.error;
}

/** An ISO timestamp `days` days before now. */
export function daysAgo(days: number): string {
  return new Date(Date.now() - days * 86_400_000).toISOString();
}
