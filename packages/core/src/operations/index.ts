// Barrel for the named operations every adapter (API, CLI, web via API) calls.
export * from './context.js';
export * from './views.js';
export * from './contacts.js';
export * from './interactions.js';
export * from './knows.js';
export * from './agenda.js';
export * from './metrics.js';
export * from './settings.js';
