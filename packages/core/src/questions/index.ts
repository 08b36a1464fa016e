// Barrel for the question bank: questions for a first meeting, built in and the user's own.
export * from './types.js';
export * from './bank.js';
export * from './offer.js';
