#!/usr/bin/env node
// The `nexo` command: runs the bundled CLI that `npm run build` (and `npm ci`, `npm test`) writes
// to dist/, or the plain compiled modules when only `tsc -b` has run.
import { existsSync } from 'node:fs';

const bundle = new URL('../dist/nexo.bundle.mjs', import.meta.url);
await import(existsSync(bundle) ? bundle.href : '../dist/main.js');
