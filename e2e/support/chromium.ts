/**
 * Finds and launches Debian's Chromium. When it is missing the suites skip with a clear message,
 * except under CI=true, where a missing browser is a failure.
 */
import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

const candidates = [process.env.CHROMIUM_PATH, '/usr/lib/chromium/chromium', '/usr/bin/chromium'].filter(
  (p): p is string => typeof p === 'string' && p.length > 0,
);

export const chromiumPath: string | undefined = candidates.find((p) => existsSync(p));

const isCi = process.env.CI === 'true';

if (!chromiumPath) {
  const message =
    'Chromium not found (looked in ' + candidates.join(', ') + '). Install it with `apt-get install chromium`.';
  if (isCi) throw new Error(`${message} Browser tests cannot be skipped under CI.`);
  console.warn(`\n⚠ Browser tests SKIPPED: ${message}\n`);
}

/** True when the browser suites must be skipped (no Chromium, outside CI). */
export const skipBrowser = !chromiumPath;

export async function launchChromium(): Promise<Browser> {
  if (!chromiumPath) throw new Error('Chromium is not installed.');
  return chromium.launch({
    executablePath: chromiumPath,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
}
