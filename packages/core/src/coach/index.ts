// Barrel for the coach capability: the pure coaching engine; see the modules beside it.
export * from './summary.js';
export * from './stage.js';
export * from './cadence.js';
export * from './reciprocity.js';
export * from './health.js';
export * from './ask-readiness.js';
export * from './relationship.js';
