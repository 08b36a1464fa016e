/**
 * The server's version, read once from its package.json. Found by package name rather than from
 * this module's URL, so it is the same from src/, from dist/ and from the bundled CLI.
 */
import { createRequire } from 'node:module';

const manifest: unknown = createRequire(import.meta.url)('@nexo/server/package.json');

export const serverVersion: string =
  typeof manifest === 'object' && manifest !== null && 'version' in manifest && typeof manifest.version === 'string'
    ? manifest.version
    : '0.0.0';
