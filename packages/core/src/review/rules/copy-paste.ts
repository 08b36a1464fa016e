/**
 * copy-paste: a draft that is a near-duplicate of a draft to a different person in the same batch.
 * With the recipient's name, company and role, capitalised names and template fields masked, two
 * drafts are compared by the mean of two Jaccard similarities: of their sets of words (which a
 * reordered or reworded sentence keeps) and of their sets of word pairs (which keep the order).
 * Changed names, a typo, an emoji or a sentence added or moved leave the pair far above unrelated
 * drafts, which share little beyond greetings and function words; short drafts share a larger part
 * of those by chance, so they need to be more alike to count.
 */
import { commonWords } from '../lang/index.js';
import { foldPlain, toSource, words, type Draft, type Span } from '../normalize.js';
import type { ReviewContext } from '../types.js';

/** Similarity from which two drafts count as the same message. */
export const copyPasteThreshold = 0.55;
/** The lower threshold when both drafts have at least `longWords` words. */
const longThreshold = 0.45;
const longWords = 20;
/** Shorter drafts ("Thanks Ana!") are allowed to be alike. */
const minWords = 8;
const MASK = '\u0000';

interface Shingled {
  id: string;
  draft: Draft;
  recipient: string | undefined;
  /** Three-word shingles in order and their folded spans, to find the longest shared passage. */
  shingles: string[];
  spans: Span[];
  set: Set<string>;
  /** Number of words. */
  length: number;
  /** The words (masks left out) and the pairs of consecutive words, empty for very short drafts. */
  wordSet: Set<string>;
  pairSet: Set<string>;
}

export interface NearDuplicate {
  otherId: string;
  similarity: number;
  /** Source span of the longest passage shared with the other draft. */
  span: Span;
}

function shingle(id: string, draft: Draft, context: ReviewContext | undefined, placeholders: Span[]): Shingled {
  const recipient = context?.recipient;
  const fields = [recipient?.name, recipient?.company, recipient?.role].map((f) => words(foldPlain(f ?? '')));
  // "de" in "Banco de España" must not mask every "de" of the draft.
  const masked = new Set(fields.flat().filter((w) => !commonWords.has(w)));
  const tokens: { word: string; span: Span }[] = [];
  for (const m of draft.folded.matchAll(/[\p{L}\p{N}]+/gu)) {
    const span = { start: m.index, end: m.index + m[0].length };
    const source = toSource(draft, span.start, span.end);
    const original = draft.source.slice(source.start, source.end);
    const before = draft.folded.slice(Math.max(0, span.start - 3), span.start);
    const sentenceStart = tokens.length === 0 || /[.!?\n]\s*$/u.test(before);
    // Capitalised inside a sentence: a name ("Ocado", "Ana"), but not the pronoun "I".
    const properName = /^\p{Lu}/u.test(original) && !sentenceStart && !commonWords.has(m[0]);
    const inField = placeholders.some((p) => p.start <= source.start && source.end <= p.end);
    tokens.push({ word: masked.has(m[0]) || properName || inField ? MASK : m[0], span });
  }
  const shingles: string[] = [];
  const spans: Span[] = [];
  const pairs: string[] = [];
  tokens.forEach((first, i) => {
    const second = tokens[i + 1];
    const third = tokens[i + 2];
    if (second) pairs.push(`${first.word} ${second.word}`);
    if (!second || !third) return;
    shingles.push(`${first.word} ${second.word} ${third.word}`);
    spans.push({ start: first.span.start, end: third.span.end });
  });
  const long = tokens.length >= minWords;
  return {
    id,
    draft,
    recipient: recipient?.name ? foldPlain(recipient.name).trim() : undefined,
    shingles,
    spans,
    set: new Set(shingles),
    length: tokens.length,
    wordSet: long ? new Set(tokens.map((t) => t.word).filter((w) => w !== MASK)) : new Set(),
    pairSet: long ? new Set(pairs) : new Set(),
  };
}

function jaccard(a: Set<string>, b: Set<string>): number {
  if (a.size === 0 || b.size === 0) return 0;
  let shared = 0;
  for (const s of a) if (b.has(s)) shared++;
  return shared / (a.size + b.size - shared);
}

/** The longest run of consecutive shingles of `a` that `b` also has, as a source span of `a`. */
function sharedPassage(a: Shingled, b: Shingled): Span {
  let best: Span = { start: 0, end: 0 };
  let bestLength = 0;
  let runStart = -1;
  for (let i = 0; i <= a.shingles.length; i++) {
    const shingle = a.shingles[i];
    const inB = shingle !== undefined && b.set.has(shingle);
    if (inB && runStart < 0) runStart = i;
    if (!inB && runStart >= 0) {
      if (i - runStart > bestLength) {
        bestLength = i - runStart;
        best = { start: a.spans[runStart]?.start ?? 0, end: a.spans[i - 1]?.end ?? 0 };
      }
      runStart = -1;
    }
  }
  return toSource(a.draft, best.start, best.end);
}

/** How alike two drafts are, 0..1: the mean of their word and word-pair Jaccard similarities. */
function similarity(a: Shingled, b: Shingled): number {
  return (jaccard(a.wordSet, b.wordSet) + jaccard(a.pairSet, b.pairSet)) / 2;
}

/**
 * For each draft that has a near-duplicate addressed to someone else, the most similar one.
 * Drafts to the same named recipient (revisions of one message) are not compared.
 */
export function findNearDuplicates(
  items: { id: string; draft: Draft; context?: ReviewContext; placeholders: Span[] }[],
): Map<string, NearDuplicate> {
  const shingled = items.map((i) => shingle(i.id, i.draft, i.context, i.placeholders));
  const result = new Map<string, NearDuplicate>();
  for (const [i, a] of shingled.entries()) {
    for (const b of shingled.slice(i + 1)) {
      if (a.recipient !== undefined && a.recipient === b.recipient) continue;
      const alike = similarity(a, b);
      const long = Math.min(a.length, b.length) >= longWords;
      if (alike < (long ? longThreshold : copyPasteThreshold)) continue;
      for (const [x, y] of [
        [a, b],
        [b, a],
      ] as const) {
        const current = result.get(x.id);
        if (!current || current.similarity < alike) {
          result.set(x.id, { otherId: y.id, similarity: alike, span: sharedPassage(x, y) });
        }
      }
    }
  }
  return result;
}
