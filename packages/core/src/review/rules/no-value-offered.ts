/**
 * no-value-offered: a first contact that offers nothing: no information, resource, help, specific
 * appreciation of the recipient's work (also told as its effect: "your essay got our team to..."),
 * opportunity or introduction. Offers in a sentence that asks ("happy to send you my CV"), or in a
 * short sentence right after it ("¿Podrías pasarle mi CV a tu jefa? Te lo adjunto."), are part of
 * the ask, not value.
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

/** The sentence of `span` with the sentences right before and after it. */
function neighbourhood(draft: Draft, span: Span): Span {
  const i = draft.sentences.findIndex((s) => span.start >= s.start && span.start < s.end);
  if (i === -1) return { start: 0, end: draft.folded.length };
  const from = draft.sentences[Math.max(0, i - 1)] ?? draft.sentences[i];
  const to = draft.sentences[Math.min(draft.sentences.length - 1, i + 1)] ?? draft.sentences[i];
  return { start: from?.start ?? 0, end: to?.end ?? draft.folded.length };
}

const within = (span: Span, areas: Span[]): boolean => areas.some((a) => span.start >= a.start && span.end <= a.end);

/**
 * Specific appreciation told as what their work did or what struck the sender: a piece of their
 * work ("your essay", "tu librería") with an effect or a detail ("got our team to", "nos quitó de
 * encima", "la parte de") in the same sentence or the one before or after, or with what the sender
 * did in the same sentence ("seguí tu curso y aprobé..."). Admiration with no effect ("love your
 * work", "admiro tu trayectoria") is not specific.
 */
function findWorkEffects(draft: Draft): Span[] {
  const works = matchAll(patterns.work, draft.folded);
  if (works.length === 0) return [];
  const near = works.map((w) => neighbourhood(draft, w));
  const same = works.map((w) => sentenceAt(draft, w.start));
  return [
    ...matchAll(patterns.effects, draft.folded).filter((e) => within(e, near)),
    ...matchAll(patterns.outcomes, draft.folded).filter((o) => within(o, same)),
  ];
}

/**
 * What the draft offers (folded spans). `references` are the references to the recipient found in
 * the text itself: appreciation counts as value only when it is about something of theirs. An
 * invitation that is part of a connection request (`connect`: "I'd like to invite you to join my
 * network", "La invito a far parte della mia rete") offers nothing.
 */
export function findValue(draft: Draft, asks: Span[], references: Span[], connect: Span[] = []): Span[] {
  const asking = askSentences(draft, asks);
  const free = (s: Span): boolean =>
    !asking.some((sentence) => overlaps(sentence, s)) && !connect.some((c) => overlaps(c, s));
  const offers = [...matchAll(patterns.offers, draft.folded), ...matchAll(url, draft.folded)].filter(free);
  if (references.length > 0) offers.push(...matchAll(patterns.appreciation, draft.folded).filter(free));
  offers.push(...findWorkEffects(draft).filter(free));
  return offers;
}

export function checkNoValueOffered(draft: Draft, stage: ReviewStage, value: Span[]): ReviewFinding[] {
  if (stage !== 'first-contact' || value.length > 0) return [];
  return [findingAtSource('no-value-offered', draft, wholeSpan(draft))];
}
