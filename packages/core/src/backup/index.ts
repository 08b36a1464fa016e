// Barrel for the backup capability: the versioned file format and its referential checks.
export * from './format.js';
export * from './check.js';
