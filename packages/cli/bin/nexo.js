#!/usr/bin/env node
// The `nexo` command: runs the compiled CLI (dist/ is built by `npm ci` / `npm run build`).
import '../dist/main.js';
