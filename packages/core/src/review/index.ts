/** The message reviewer: findings on a draft (or a batch of drafts) in four languages. */
export * from './types.js';
export { detectLanguage, type LanguageGuess } from './detect-language.js';
export { reviewMessage, reviewBatch } from './review.js';
export { copyPasteThreshold } from './rules/copy-paste.js';
