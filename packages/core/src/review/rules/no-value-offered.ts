/**
 * no-value-offered: a first contact that offers nothing: no information, resource, help, specific
 * appreciation of the recipient's work, opportunity or introduction. Offers in a sentence that asks
 * ("happy to send you my CV"), or in a short sentence right after it ("¿Podrías pasarle mi CV a tu
 * jefa? Te lo adjunto."), are part of the ask, not value.
 */
import { patterns } from '../lang/index.js';
import { sentenceAt, wholeSpan, words, type Draft, type Span } from '../normalize.js';
import type { ReviewFinding, ReviewStage } from '../types.js';
import { findingAtSource, matchAll, overlaps } from './shared.js';

/** A link, with or without its scheme ("github.com/ana/lib/issues/87"). */
const url = /(?:https?:\/\/|www\.)\S+|(?<![\p{L}\p{N}@.])[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.\p{L}{2,}\/\S+/gu;
/** A follow-up this short after an ask still speaks of what was asked for. */
const followUpWords = 6;

/** The sentences that ask, with a short sentence right after each. */
function askSentences(draft: Draft, asks: Span[]): Span[] {
  const out: Span[] = [];
  for (const ask of asks) {
    const sentence = sentenceAt(draft, ask.start);
    out.push(sentence);
    const next = draft.sentences.find((s) => s.start === sentence.end);
    if (next && words(draft.folded.slice(next.start, next.end)).length <= followUpWords) out.push(next);
  }
  return out;
}

/**
 * What the draft offers (folded spans). `references` are the references to the recipient found in
 * the text itself: appreciation counts as value only when it is about something of theirs.
 */
export function findValue(draft: Draft, asks: Span[], references: Span[]): Span[] {
  const asking = askSentences(draft, asks);
  const free = (s: Span): boolean => !asking.some((sentence) => overlaps(sentence, s));
  const offers = [...matchAll(patterns.offers, draft.folded), ...matchAll(url, draft.folded)].filter(free);
  if (references.length > 0) offers.push(...matchAll(patterns.appreciation, draft.folded).filter(free));
  return offers;
}

export function checkNoValueOffered(draft: Draft, stage: ReviewStage, value: Span[]): ReviewFinding[] {
  if (stage !== 'first-contact' || value.length > 0) return [];
  return [findingAtSource('no-value-offered', draft, wholeSpan(draft))];
}
