// Health check, the home page or web app at /, and the default local account.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openStorage } from '@nexo/storage';
import { buildApp } from './app.js';
import { startServer } from './server.js';
import { healthSchema } from './schemas/coach.js';
import { backends } from './testing/harness.js';
import { expectError } from './testing/factories.js';

describe.each(backends())('system routes on $name', (backend) => {
  const api = backend.setup();

  it('reports health with the version and the database dialect', async () => {
    const a = await api();
    const res = await a.request('GET', '/api/health');
    expect(res.status).toBe(200);
    expect(healthSchema.parse(res.body)).toEqual({
      status: 'ok',
      version: expect.any(String),
      database: backend.name,
      dataLocation: expect.any(String),
    });
    expect(JSON.stringify(res.body)).not.toMatch(/password=|:[^:@/]+@/);
  });

  it('serves an honest home page that points to the API and the CLI', async () => {
    const a = await api();
    const res = await a.request('GET', '/');
    expect(res.status).toBe(200);
    expect(String(res.headers['content-type'])).toContain('text/html');
    expect(res.text).toContain('nexo is running');
    expect(res.text).toContain('href="/api/health"');
    expect(res.text).toContain('href="/api/openapi.json"');
    expect(res.text).toContain('nexo --help');
  });
});

describe('server lifecycle', () => {
  it('answers 503 with the envelope when the database is gone', async () => {
    const storage = await openStorage({ memory: true });
    const app = await buildApp({ storage, webRoot: false });
    await storage.close();
    try {
      const res = await app.inject({ method: 'GET', url: '/api/health' });
      expectError(
        { status: res.statusCode, headers: res.headers, body: res.json(), text: res.body },
        503,
        'storage_unavailable',
      );
    } finally {
      await app.close();
    }
  });

  it('uses the single local account by default', async () => {
    const storage = await openStorage({ memory: true });
    const app = await buildApp({ storage, webRoot: false });
    try {
      const created = await app.inject({ method: 'POST', url: '/api/v1/contacts', payload: { name: 'Ana' } });
      expect(created.statusCode).toBe(201);
      const local = await storage.accounts.ensureLocal();
      const page = await storage.contacts.list(local, { limit: 10 }, new Date());
      expect(page.items.map((c) => c.name)).toEqual(['Ana']);
    } finally {
      await app.close();
      await storage.close();
    }
  });

  it('listens on 127.0.0.1 by default and stops on close', async () => {
    const storage = await openStorage({ memory: true });
    const server = await startServer({ storage, port: 0, logger: false, webRoot: false });
    try {
      expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
      const res = await fetch(`${server.url}/api/health`);
      expect(res.status).toBe(200);
    } finally {
      await server.close();
      await storage.close();
    }
    await expect(fetch(`${server.url}/api/health`)).rejects.toThrow();
  });
});

describe('the web app at /', () => {
  const root = mkdtempSync(join(tmpdir(), 'nexo-web-'));
  mkdirSync(join(root, 'assets'));
  writeFileSync(join(root, 'index.html'), '<!doctype html><title>nexo app</title><div id="root"></div>');
  writeFileSync(join(root, 'assets', 'index-abc123.js'), 'console.log("app")');
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  async function withApp(run: (app: Awaited<ReturnType<typeof buildApp>>) => Promise<void>) {
    const storage = await openStorage({ memory: true });
    const app = await buildApp({ storage, webRoot: root });
    try {
      await run(app);
    } finally {
      await app.close();
      await storage.close();
    }
  }

  it('serves index.html at / and for every page path, with a strict content security policy', async () => {
    await withApp(async (app) => {
      for (const url of ['/', '/contacts', '/contacts/abc123?tab=timeline', '/settings']) {
        const res = await app.inject({ method: 'GET', url });
        expect(res.statusCode, url).toBe(200);
        expect(res.body).toContain('<title>nexo app</title>');
        expect(String(res.headers['content-security-policy'])).toContain("script-src 'self'");
        expect(res.headers['cache-control']).toBe('no-cache');
      }
    });
  });

  it('caches hashed assets for good and answers missing files and API paths with the JSON envelope', async () => {
    await withApp(async (app) => {
      const asset = await app.inject({ method: 'GET', url: '/assets/index-abc123.js' });
      expect(asset.statusCode).toBe(200);
      expect(asset.headers['cache-control']).toContain('immutable');
      for (const url of ['/assets/missing.js', '/api/v1/nothing-here', '/api/nope']) {
        const res = await app.inject({ method: 'GET', url });
        expect(res.statusCode, url).toBe(404);
        expect(res.json()).toMatchObject({ error: { code: 'not_found' } });
      }
      const health = await app.inject({ method: 'GET', url: '/api/health' });
      expect(health.statusCode).toBe(200);
    });
  });
});
