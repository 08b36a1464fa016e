// Barrel for templates and campaigns: types, input schemas, rendering, the audience rule, drafts review and mail.
export * from './types.js';
export * from './schema.js';
export * from './render.js';
export * from './audience.js';
export * from './drafts.js';
export * from './mail.js';
export * from './interaction.js';
