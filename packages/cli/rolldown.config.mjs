// The `nexo` command bundled into a few ES module files (docs/decisions/0015-bundled-cli.md): Node
// resolves, reads and links some 400 small modules when the CLI starts unbundled, about 0.3 s of
// every command. Bundled from tsc's output (dist/main.js), so tsc stays the only compiler; what
// only some commands need (the web server, the mailer, the import pipeline) is split into chunks
// loaded when a command asks for them.
//
// The files live in dist/ beside main.js: code that finds files from its own module URL
// (../package.json, ../../web/dist/) resolves them the same from packages/cli/dist as from any
// packages/<name>/dist.
import { readdirSync, rmSync } from 'node:fs';
import { defineConfig } from 'rolldown';

const isBundleFile = (name) => /^nexo\d*\.bundle/.test(name);

export default defineConfig({
  input: 'dist/main.js',
  platform: 'node',
  // Native (better-sqlite3) or only needed for PostgreSQL (pg, with its optional native binding).
  external: ['better-sqlite3', 'pg', 'pg-native'],
  plugins: [
    {
      name: 'remove-previous-bundle',
      buildStart() {
        for (const name of readdirSync('dist')) if (isBundleFile(name)) rmSync(`dist/${name}`);
      },
    },
  ],
  output: {
    dir: 'dist',
    entryFileNames: 'nexo.bundle.mjs',
    chunkFileNames: 'nexo.bundle-[name].mjs',
    format: 'esm',
    sourcemap: true,
  },
});
