import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const src = (pkg: string) => fileURLToPath(new URL(`./packages/${pkg}/src/index.ts`, import.meta.url));

// Tests run against the TypeScript sources of the workspace packages, not their build output.
export default defineConfig({
  resolve: {
    alias: {
      '@nexo/core': src('core'),
      '@nexo/storage': src('storage'),
      '@nexo/server': src('server'),
      '@nexo/cli': src('cli'),
      '@nexo/io': src('io'),
    },
  },
  test: {
    include: ['packages/*/src/**/*.test.ts', 'bench/**/*.test.ts'],
    globalSetup: ['./scripts/test-global-setup.ts'],
    testTimeout: 20_000,
    hookTimeout: 60_000,
  },
});
