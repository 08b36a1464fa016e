// Barrel for the metrics capability: network quality metrics and their observations.
export * from './network-metrics.js';
export * from './insights.js';
export * from './sources.js';
export * from './exchanges.js';
