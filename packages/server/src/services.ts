/**
 * `@nexo/server/services`: the application services without the HTTP server — the composition
 * root, file import and export. The CLI loads this entry point, so a command such as `nexo import`
 * or `nexo log` never pays for loading Fastify and the routes; only `nexo serve` loads `@nexo/server`.
 */
export { createServices, systemClock, randomIds, type Services } from './runtime.js';
export { renderContactsFile, downloadName, type RenderedFile } from './export-formats.js';
export { importFile, type ImportFileOptions } from './imports/import-file.js';
