import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const src = (pkg: string) => fileURLToPath(new URL(`./packages/${pkg}/src/index.ts`, import.meta.url));

// One run, two projects: unit, storage, API and CLI tests against the TypeScript sources of the
// workspace packages; then the browser tests against the real server.
export default defineConfig({
  resolve: {
    alias: {
      '@nexo/core': src('core'),
      '@nexo/storage': src('storage'),
      // Before '@nexo/server', which would otherwise take the subpath as a path under its file.
      '@nexo/server/services': fileURLToPath(new URL('./packages/server/src/services.ts', import.meta.url)),
      '@nexo/server': src('server'),
      '@nexo/cli': src('cli'),
      '@nexo/io': src('io'),
    },
  },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['packages/*/src/**/*.test.ts', 'bench/**/*.test.ts', 'scripts/**/*.test.ts'],
          exclude: ['**/node_modules/**', '**/dist/**'],
          globalSetup: ['./scripts/test-global-setup.ts'],
          testTimeout: 20_000,
          hookTimeout: 60_000,
        },
      },
      {
        // Browser tests: Chromium (playwright-core) against the real nexo server on a temporary data
        // directory. Alone: `npx vitest run --project e2e`. The web app is built once first.
        test: {
          name: 'e2e',
          include: ['e2e/**/*.e2e.test.ts'],
          globalSetup: ['./e2e/support/global-setup.ts'],
          // After the unit project, one file at a time: browser timings should not compete.
          sequence: { groupOrder: 1 },
          fileParallelism: false,
          testTimeout: 120_000,
          hookTimeout: 180_000,
        },
      },
    ],
  },
});
