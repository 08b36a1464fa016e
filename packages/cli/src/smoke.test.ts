// Smoke tests of the real binary, `node packages/cli/bin/nexo.js`: needs the build (`tsc -b` and the bundle, as `npm test` does) first.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { tempDataDir } from './testing/run.js';

const bin = fileURLToPath(new URL('../bin/nexo.js', import.meta.url));
const built = fileURLToPath(new URL('../dist/main.js', import.meta.url));
// A clean environment: no DATABASE_URL or NEXO_DATA_DIR of the machine running the tests.
const env = { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '' };

let data: ReturnType<typeof tempDataDir>;
const nexo = (...args: string[]) =>
  spawnSync(process.execPath, [bin, '--data-dir', data.dir, ...args], { env, encoding: 'utf8', timeout: 15_000 });

beforeAll(() => {
  if (!existsSync(built))
    throw new Error('packages/cli/dist is missing: run `npx tsc -b packages/cli` before these tests.');
});
beforeEach(() => {
  data = tempDataDir();
});
afterEach(() => data.remove());

describe('the nexo binary', () => {
  it('adds, lists and logs, and exits promptly', () => {
    const added = nexo('contacts', 'add', '--name', 'Ana Pérez', '--json');
    expect(added.status).toBe(0);
    const { id } = JSON.parse(added.stdout) as { id: string };
    const logged = nexo('log', 'Ana', '--note', 'chatted at the bakery about her new job');
    expect(logged.status).toBe(0);
    expect(logged.stdout).toContain('Ana Pérez');
    const listed = JSON.parse(nexo('contacts', 'list', '--json').stdout) as {
      id: string;
      lastInteractionAt: string | null;
    }[];
    expect(listed).toEqual([expect.objectContaining({ id, lastInteractionAt: expect.any(String) })]);
  });

  it('exits with the code of the error and the envelope on stderr', () => {
    const result = nexo('contacts', 'show', 'nobody', '--json');
    expect(result.status).toBe(3);
    expect(JSON.parse(result.stderr)).toMatchObject({ error: { code: 'not_found' } });
    expect(nexo('--version').stdout).toMatch(/^\d+\.\d+\.\d+\n$/);
  });

  it('serves /api/health and exits 0 on SIGTERM', async () => {
    const child = spawn(process.execPath, [bin, 'serve', '--port', '0', '--data-dir', data.dir], {
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    try {
      const url = await new Promise<string>((resolve, reject) => {
        let out = '';
        child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
          out += chunk;
          const match = /nexo is running at (http:\/\/[\w.:[\]]+)/.exec(out);
          if (match?.[1]) resolve(match[1]);
        });
        void exited.then((code) => reject(new Error(`serve exited early with ${String(code)}`)));
      });
      const response = await fetch(`${url}/api/health`);
      expect(response.status).toBe(200);
    } finally {
      child.kill('SIGTERM');
    }
    expect(await exited).toBe(0);
  });
});
