/**
 * The four vocabularies and their patterns compiled once at load. Every rule matches the union of
 * the four languages, so that a mixed message ("Hi Laura! Te escribo porque...") is read whole.
 */
import type { ReviewLang } from '../types.js';
import { en } from './en.js';
import { es } from './es.js';
import { it } from './it.js';
import { pt } from './pt.js';
import type { Vocabulary } from './vocabulary.js';

export type { Vocabulary } from './vocabulary.js';

export const vocabularies: Record<ReviewLang, Vocabulary> = { es, pt, it, en };

type PatternKind =
  | 'connect'
  | 'asks'
  | 'questionAsks'
  | 'thanks'
  | 'notThanks'
  | 'personal'
  | 'offers'
  | 'appreciation'
  | 'work'
  | 'effects'
  | 'outcomes';

const all = Object.values(vocabularies);

/** Wraps alternatives in whole-word boundaries (letters and digits, any script). */
export function compileAlternatives(sources: readonly string[]): RegExp {
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${sources.join('|')})(?![\\p{L}\\p{N}])`, 'gu');
}

function compileKind(kind: PatternKind): RegExp {
  return compileAlternatives(all.flatMap((v) => v[kind]));
}

export const patterns: Record<PatternKind, RegExp> = {
  connect: compileKind('connect'),
  asks: compileKind('asks'),
  questionAsks: compileKind('questionAsks'),
  thanks: compileKind('thanks'),
  notThanks: compileKind('notThanks'),
  personal: compileKind('personal'),
  offers: compileKind('offers'),
  appreciation: compileKind('appreciation'),
  work: compileKind('work'),
  effects: compileKind('effects'),
  outcomes: compileKind('outcomes'),
};

/** Folded words that are common in any of the four languages (never distinctive). */
export const commonWords: ReadonlySet<string> = new Set(all.flatMap((v) => v.stopwords));
