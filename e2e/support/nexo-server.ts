/**
 * Starts the real `nexo serve` on a temporary data dir and a free port, and waits for the URL it
 * prints. If this server does not serve the web app yet, a Vite preview of the built app is put in
 * front of it (proxying /api), so the tests still drive the real API.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { PreviewServer } from 'vite';

const repoRoot = fileURLToPath(new URL('../..', import.meta.url));

export interface NexoServer {
  /** Where the browser opens the app. */
  appUrl: string;
  /** Where the API answers (the nexo server itself). */
  apiUrl: string;
  dataDir: string;
  stop(): Promise<void>;
}

function waitForUrl(child: ChildProcess, timeoutMs: number): Promise<string> {
  return new Promise((resolve, reject) => {
    let output = '';
    const timer = setTimeout(() => reject(new Error(`nexo serve did not start in time:\n${output}`)), timeoutMs);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /nexo is running at (http:\/\/\S+)/.exec(output);
      if (match?.[1]) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`nexo serve exited with ${code}:\n${output}`));
    });
  });
}

async function servesWebApp(url: string): Promise<boolean> {
  try {
    const res = await fetch(`${url}/contacts`, { headers: { Accept: 'text/html' } });
    return res.ok && (await res.text()).includes('id="root"');
  } catch {
    return false;
  }
}

async function startPreview(apiUrl: string): Promise<PreviewServer> {
  process.env.NEXO_API_URL = apiUrl;
  const { preview } = await import('vite');
  const webRoot = join(repoRoot, 'packages/web');
  return preview({
    root: webRoot,
    configFile: join(webRoot, 'vite.config.ts'),
    preview: { port: 0, strictPort: false, host: '127.0.0.1' },
    logLevel: 'warn',
  });
}

/**
 * @param prepare runs on the empty data dir before the server opens it (fast seeding).
 */
export async function startNexo(prepare?: (dataDir: string) => Promise<void>): Promise<NexoServer> {
  const dataDir = mkdtempSync(join(tmpdir(), 'nexo-e2e-'));
  if (prepare) await prepare(dataDir);
  const child = spawn(
    process.execPath,
    [join(repoRoot, 'packages/cli/bin/nexo.js'), 'serve', '--data-dir', dataDir, '--port', '0'],
    { cwd: repoRoot, env: { ...process.env, NO_COLOR: '1' }, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  const apiUrl = await waitForUrl(child, 30_000);
  let preview: PreviewServer | undefined;
  let appUrl = apiUrl;
  if (!(await servesWebApp(apiUrl))) {
    console.warn('ℹ nexo serve does not serve the web app yet: using a Vite preview of the build in front of it.');
    preview = await startPreview(apiUrl);
    appUrl = preview.resolvedUrls?.local[0]?.replace(/\/$/, '') ?? '';
    if (!appUrl) throw new Error('The Vite preview did not report its URL.');
  }
  return {
    appUrl,
    apiUrl,
    dataDir,
    async stop() {
      await preview?.close();
      await new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      });
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
