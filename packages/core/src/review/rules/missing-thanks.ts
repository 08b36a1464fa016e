/**
 * missing-thanks: they helped or replied since the user's last message and the draft does not
 * thank them. "Thanks in advance" or "I would appreciate" thank for nothing yet, so they do not count.
 */
import { patterns } from '../lang/index.js';
import { openingSpan, type Draft, type Span } from '../normalize.js';
import type { ReviewContext, ReviewFinding } from '../types.js';
import { findingAtSource, matchAll, overlaps } from './shared.js';

/** The thanks of a draft (folded spans), leaving out thanks that look ahead. */
export function findThanks(draft: Draft): Span[] {
  const not = matchAll(patterns.notThanks, draft.folded);
  return matchAll(patterns.thanks, draft.folded).filter((t) => !not.some((n) => overlaps(n, t)));
}

export function checkMissingThanks(draft: Draft, context: ReviewContext | undefined, thanks: Span[]): ReviewFinding[] {
  if (context?.helpReceived !== true || thanks.length > 0) return [];
  return [findingAtSource('missing-thanks', draft, openingSpan(draft))];
}
