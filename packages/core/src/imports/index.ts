// Barrel for the imports capability: records, identity matching, merging, duplicates, the import run.
export * from './types.js';
export * from './identity.js';
export * from './identity-index.js';
export * from './merge.js';
export * from './to-contact.js';
export * from './duplicates.js';
export * from './report.js';
export * from './ports.js';
export * from './pipeline.js';
export * from './schema.js';
export * from './problem-text.js';
