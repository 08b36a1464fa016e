/**
 * early-ask: a significant ask (a job, a referral, forwarding or reviewing the sender's CV, an
 * introduction to someone who hires, a letter of recommendation) at first or second contact.
 * Polite questions ("would you happen to know if your team is hiring?") and offers that are asks
 * ("I'd be happy to send you my CV") count; offering to review *their* CV does not.
 */
import { patterns } from '../lang/index.js';
import { sentenceAt, type Draft, type Span } from '../normalize.js';
import type { ReviewFinding, ReviewStage } from '../types.js';
import { findingAt, matchAll, mergeSpans } from './shared.js';

function isQuestion(draft: Draft, span: Span): boolean {
  const s = sentenceAt(draft, span.start);
  const text = draft.folded.slice(s.start, s.end);
  return text.includes('?') || text.includes('¿');
}

/** The asks of a draft (folded spans, merged). */
export function findAsks(draft: Draft): Span[] {
  const direct = matchAll(patterns.asks, draft.folded);
  const questions = matchAll(patterns.questionAsks, draft.folded).filter((s) => isQuestion(draft, s));
  return mergeSpans([...direct, ...questions]);
}

export function checkEarlyAsk(draft: Draft, stage: ReviewStage, asks: Span[]): ReviewFinding[] {
  if (stage === 'established') return [];
  return asks.map((span) => findingAt('early-ask', draft, span));
}
