/**
 * no-value-offered: a first contact that offers nothing: no information, resource, help, specific
 * appreciation of the recipient's work, opportunity or introduction. Offers in a sentence that asks
 * ("happy to send you my CV") are part of the ask, not value.
 */
import { patterns } from '../lang/index.js';
import { sentenceAt, wholeSpan, type Draft, type Span } from '../normalize.js';
import type { ReviewFinding, ReviewStage } from '../types.js';
import { findingAtSource, matchAll, overlaps } from './shared.js';

const url = /(?:https?:\/\/|www\.)\S+/gu;

/**
 * What the draft offers (folded spans). `references` are the references to the recipient found in
 * the text itself: appreciation counts as value only when it is about something of theirs.
 */
export function findValue(draft: Draft, asks: Span[], references: Span[]): Span[] {
  const askSentences = asks.map((a) => sentenceAt(draft, a.start));
  const free = (s: Span): boolean => !askSentences.some((sentence) => overlaps(sentence, s));
  const offers = [...matchAll(patterns.offers, draft.folded), ...matchAll(url, draft.folded)].filter(free);
  if (references.length > 0) offers.push(...matchAll(patterns.appreciation, draft.folded).filter(free));
  return offers;
}

export function checkNoValueOffered(draft: Draft, stage: ReviewStage, value: Span[]): ReviewFinding[] {
  if (stage !== 'first-contact' || value.length > 0) return [];
  return [findingAtSource('no-value-offered', draft, wholeSpan(draft))];
}
