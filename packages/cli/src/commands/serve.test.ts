// `nexo serve` in-process: prints its URL, answers /api/health, stops on the stop signal, names a busy port.
import { createServer, type Server } from 'node:net';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runCli, tempDataDir } from '../testing/run.js';

let data: ReturnType<typeof tempDataDir>;

beforeEach(() => {
  data = tempDataDir();
});
afterEach(() => data.remove());

describe('nexo serve', () => {
  it('serves the API until stopped, then exits 0', async () => {
    const stop = new AbortController();
    let announce: (url: string) => void = () => undefined;
    const announced = new Promise<string>((resolve) => (announce = resolve));
    const run = runCli(data.dir, ['serve', '--port', '0'], {
      stopSignal: stop.signal,
      onStdout: (text) => {
        const url = /nexo is running at (http:\/\/127\.0\.0\.1:\d+)/.exec(text)?.[1];
        if (url) announce(url);
      },
    });
    const url = await announced;
    const response = await fetch(`${url}/api/health`);
    expect(response.status).toBe(200);
    stop.abort();
    const result = await run;
    expect(result.code).toBe(0);
    expect(result.stdout).toContain(data.dir);
  });

  it('explains a port that is in use and suggests --port', async () => {
    const blocker: Server = createServer();
    await new Promise<void>((resolve) => blocker.listen(0, '127.0.0.1', resolve));
    const address = blocker.address();
    const port = typeof address === 'object' && address ? address.port : 0;
    try {
      const result = await runCli(data.dir, ['serve', '--port', String(port)]);
      expect(result.code).toBe(5);
      expect(result.stderr).toContain(`Port ${port}`);
      expect(result.stderr).toContain('[conflict]');
      expect(result.stderr).toContain('--port');
    } finally {
      await new Promise((resolve) => blocker.close(resolve));
    }
  });

  it('rejects a port out of range naming --port', async () => {
    const result = await runCli(data.dir, ['serve', '--port', '70000', '--json']);
    expect(result.code).toBe(2);
    expect(JSON.parse(result.stderr)).toMatchObject({
      error: { code: 'validation_failed', details: { issues: [{ field: '--port' }] } },
    });
  });
});
