/**
 * One suite's world: a nexo server on a temporary data dir and a Chromium, started before the
 * suite and stopped after it, with a fresh browser context (and language, viewport, colour scheme)
 * per page the test opens.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launchChromium, skipBrowser } from './chromium';
import { startNexo, type NexoServer } from './nexo-server';

export interface PageOptions {
  locale?: string;
  viewport?: { width: number; height: number };
  colorScheme?: 'light' | 'dark';
  isMobile?: boolean;
}

export interface Harness {
  readonly server: NexoServer;
  open(path?: string, options?: PageOptions): Promise<Page>;
}

/** Call at the top of a describe block; `prepare` may seed the empty data dir before the server starts. */
export function useHarness(prepare?: (dataDir: string) => Promise<void>): Harness {
  let server: NexoServer | undefined;
  let browser: Browser | undefined;
  const contexts: BrowserContext[] = [];

  beforeAll(async () => {
    if (skipBrowser) return;
    [server, browser] = await Promise.all([startNexo(prepare), launchChromium()]);
  });

  afterAll(async () => {
    for (const c of contexts) await c.close().catch(() => undefined);
    await browser?.close();
    await server?.stop();
  });

  return {
    get server() {
      if (!server) throw new Error('The server is not running.');
      return server;
    },
    async open(path = '/', options = {}) {
      if (!browser || !server) throw new Error('The harness is not started.');
      const context = await browser.newContext({
        locale: options.locale ?? 'en-US',
        viewport: options.viewport ?? { width: 1280, height: 900 },
        colorScheme: options.colorScheme ?? 'light',
        isMobile: options.isMobile ?? false,
        hasTouch: options.isMobile ?? false,
      });
      contexts.push(context);
      const page = await context.newPage();
      page.on('pageerror', (error) => console.error(`page error: ${error.message}`));
      await page.goto(`${server.appUrl}${path}`);
      return page;
    },
  };
}
