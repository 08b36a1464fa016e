/** Helpers the rules share: matching a compiled pattern on a draft and building a finding. */
import type { MessageParams } from '../../i18n/message.js';
import { toSource, type Draft, type Span } from '../normalize.js';
import { ruleSeverity, type ReviewFinding, type ReviewRule } from '../types.js';

/**
 * All matches of `re` (a global pattern, or several: one per language) on the folded draft, as
 * folded spans in order of their start.
 */
export function matchAll(re: RegExp | readonly RegExp[], folded: string): Span[] {
  const spans: Span[] = [];
  for (const one of Array.isArray(re) ? re : [re]) {
    one.lastIndex = 0;
    for (const m of folded.matchAll(one)) spans.push({ start: m.index, end: m.index + m[0].length });
  }
  return Array.isArray(re) && re.length > 1 ? spans.sort((a, b) => a.start - b.start) : spans;
}

export function overlaps(a: Span, b: Span): boolean {
  return a.start < b.end && b.start < a.end;
}

/** Spans sorted, with overlapping ones merged. */
export function mergeSpans(spans: Span[]): Span[] {
  const sorted = [...spans].sort((a, b) => a.start - b.start);
  const out: Span[] = [];
  for (const s of sorted) {
    const last = out[out.length - 1];
    if (last && s.start <= last.end) last.end = Math.max(last.end, s.end);
    else out.push({ ...s });
  }
  return out;
}

/** A finding whose evidence is the folded span `span` of the draft. */
export function findingAt(rule: ReviewRule, draft: Draft, span: Span, params: MessageParams = {}): ReviewFinding {
  return findingAtSource(rule, draft, toSource(draft, span.start, span.end), params);
}

/** A finding whose evidence is the source span `span` of the draft. */
export function findingAtSource(rule: ReviewRule, draft: Draft, span: Span, params: MessageParams = {}): ReviewFinding {
  const evidence = draft.source.slice(span.start, span.end);
  return {
    rule,
    severity: ruleSeverity[rule],
    message: { key: `review.${rule}`, params: { evidence, ...params } },
    evidence,
    start: span.start,
    end: span.end,
  };
}

/** Escapes text for use inside a regular expression. */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
