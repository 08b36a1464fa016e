// Barrel for the agenda capability: the Today agenda and how it ranks and explains each person.
export * from './today.js';
export * from './score.js';
