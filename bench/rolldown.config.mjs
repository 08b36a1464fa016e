// The import benchmark's raw baseline bundled the way the `nexo` command is
// (packages/cli/rolldown.config.mjs), so both start from one file and the ratio compares the work.
import { defineConfig } from 'rolldown';

export default defineConfig({
  input: 'bench/dist/import-raw.js',
  platform: 'node',
  external: ['better-sqlite3', 'pg', 'pg-native'],
  output: {
    dir: 'bench/dist',
    entryFileNames: 'import-raw.bundle.mjs',
    chunkFileNames: 'import-raw.bundle-[name].mjs',
    format: 'esm',
  },
});
