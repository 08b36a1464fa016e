/**
 * copy-paste: a draft that is a near-duplicate of a draft to a different person in the same batch.
 * Texts are compared as sets of three-word shingles (Jaccard), with the recipient's name, capitalised
 * names and template fields masked, so "Hola Ana" and "Hola Luis" read the same.
 */
import { foldPlain, toSource, words, type Draft, type Span } from '../normalize.js';
import type { ReviewContext } from '../types.js';

/** Similarity from which two drafts count as the same message. */
export const copyPasteThreshold = 0.6;
/** Shorter drafts ("Thanks Ana!") are allowed to be alike. */
const minWords = 8;
const MASK = '\u0000';

interface Shingled {
  id: string;
  draft: Draft;
  recipient: string | undefined;
  shingles: string[];
  /** Folded span of each shingle, in order. */
  spans: Span[];
  set: Set<string>;
}

export interface NearDuplicate {
  otherId: string;
  similarity: number;
  /** Source span of the longest passage shared with the other draft. */
  span: Span;
}

function shingle(id: string, draft: Draft, context: ReviewContext | undefined, placeholders: Span[]): Shingled {
  const masked = new Set([
    ...words(foldPlain(context?.recipient?.name ?? '')),
    ...words(foldPlain(context?.recipient?.company ?? '')),
  ]);
  const tokens: { word: string; span: Span }[] = [];
  for (const m of draft.folded.matchAll(/[\p{L}\p{N}]+/gu)) {
    const span = { start: m.index, end: m.index + m[0].length };
    const source = toSource(draft, span.start, span.end);
    const original = draft.source.slice(source.start, source.end);
    const before = draft.folded.slice(Math.max(0, span.start - 3), span.start);
    const sentenceStart = tokens.length === 0 || /[.!?\n]\s*$/u.test(before);
    const properName = /^\p{Lu}/u.test(original) && !sentenceStart;
    const inField = placeholders.some((p) => p.start <= source.start && source.end <= p.end);
    tokens.push({ word: masked.has(m[0]) || properName || inField ? MASK : m[0], span });
  }
  const shingles: string[] = [];
  const spans: Span[] = [];
  tokens.forEach((first, i) => {
    const second = tokens[i + 1];
    const third = tokens[i + 2];
    if (!second || !third) return;
    shingles.push(`${first.word} ${second.word} ${third.word}`);
    spans.push({ start: first.span.start, end: third.span.end });
  });
  const recipient = context?.recipient?.name ? foldPlain(context.recipient.name).trim() : undefined;
  return { id, draft, recipient, shingles, spans, set: tokens.length >= minWords ? new Set(shingles) : new Set() };
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
      const similarity = jaccard(a.set, b.set);
      if (similarity < copyPasteThreshold) continue;
      for (const [x, y] of [
        [a, b],
        [b, a],
      ] as const) {
        const current = result.get(x.id);
        if (!current || current.similarity < similarity) {
          result.set(x.id, { otherId: y.id, similarity, span: sharedPassage(x, y) });
        }
      }
    }
  }
  return result;
}
