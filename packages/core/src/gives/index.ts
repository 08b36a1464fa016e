// Barrel for the give library: items worth sharing and the suggestions that match them to people.
export * from './types.js';
export * from './schema.js';
export * from './suggest.js';
