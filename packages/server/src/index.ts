/** The nexo HTTP server: the Fastify REST API and the composition root the CLI shares with it. */
export { createServices, systemClock, randomIds, type Services } from './runtime.js';
export { buildApp, type AppOptions } from './app.js';
export { startServer, type ServerOptions } from './server.js';
export { httpStatusByCode, toErrorReply } from './errors.js';
export { renderContactsFile, downloadName, type RenderedFile } from './export-formats.js';
export { importFile, type ImportFileOptions } from './imports/import-file.js';
