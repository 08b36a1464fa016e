/**
 * The four vocabularies and their patterns, each compiled once. Every rule matches the patterns of
 * all four languages, so that a mixed message ("Hi Laura! Te escribo porque...") is read whole.
 */
import type { ReviewLang } from '../types.js';
import { en } from './en.js';
import { es } from './es.js';
import { it } from './it.js';
import { pt } from './pt.js';
import type { Vocabulary } from './vocabulary.js';

export type { Vocabulary } from './vocabulary.js';

export const vocabularies: Record<ReviewLang, Vocabulary> = { es, pt, it, en };

const all = Object.values(vocabularies);

/** Wraps alternatives in whole-word boundaries (letters and digits, any script). */
export function compileAlternatives(sources: readonly string[]): RegExp {
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${sources.join('|')})(?![\\p{L}\\p{N}])`, 'gu');
}

/** Longest source of one compiled union (characters); see compileKind. */
const maxUnion = 10_000;

/**
 * The alternatives of all four languages in as few expressions as possible, each at most `maxUnion`
 * characters long: a single union of every ask (over 20,000 characters) grows past the size that V8
 * compiles to machine code and runs several times slower in its bytecode interpreter (the whole
 * review went from 0.2 to 0.45 ms a draft); unions of up to about 18,000 characters stay fast.
 */
function compileKind(kind: PatternKind): readonly RegExp[] {
  const chunks: string[][] = [[]];
  let length = 0;
  for (const source of all.flatMap((v) => v[kind])) {
    const last = chunks[chunks.length - 1] ?? [];
    if (length + source.length > maxUnion && last.length > 0) {
      chunks.push([source]);
      length = source.length;
    } else {
      last.push(source);
      length += source.length + 1;
    }
  }
  return chunks.map((c) => compileAlternatives(c));
}

/** The kinds of phrase the rules look for, each a list in every vocabulary. */
const kinds = [
  'connect',
  'asks',
  'questionAsks',
  'thanks',
  'notThanks',
  'personal',
  'offers',
  'appreciation',
  'work',
  'effects',
  'outcomes',
] as const;
type PatternKind = (typeof kinds)[number];

/**
 * The compiled patterns of each kind, built on first use: most commands (an import, a list) never
 * review a message, and compiling them all took about 15 ms of every start.
 */
export const patterns = {} as Readonly<Record<PatternKind, readonly RegExp[]>>;
for (const kind of kinds) {
  Object.defineProperty(patterns, kind, {
    enumerable: true,
    configurable: true,
    get() {
      const value = compileKind(kind);
      Object.defineProperty(patterns, kind, { value, enumerable: true });
      return value;
    },
  });
}

/** Folded words that are common in any of the four languages (never distinctive). */
export const commonWords: ReadonlySet<string> = new Set(all.flatMap((v) => v.stopwords));
