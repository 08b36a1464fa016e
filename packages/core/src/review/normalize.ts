/**
 * Folding of a draft for matching (lower case, accents and curly quotes removed) that remembers
 * where each folded character came from, so that a match can be reported in the original text.
 */

/** A span of the original draft, end exclusive. */
export interface Span {
  start: number;
  end: number;
}

export interface Draft {
  /** The text as the user wrote it. */
  source: string;
  /** Lower case, no diacritics, straight quotes; one or more characters per source character. */
  folded: string;
  /** For each folded index, the source index it came from (start) and the end of that character. */
  starts: number[];
  ends: number[];
  /** Sentence spans over the folded text, terminator included. */
  sentences: Span[];
}

const foldCache = new Map<string, string>();

function foldChar(ch: string): string {
  const cached = foldCache.get(ch);
  if (cached !== undefined) return cached;
  let f: string;
  if (ch === '\u2019' || ch === '\u2018' || ch === '\u02bc' || ch === '`' || ch === '\u00b4') f = "'";
  else if (ch === '\u201c' || ch === '\u201d' || ch === '\u00ab' || ch === '\u00bb' || ch === '\u201e') f = '"';
  else
    f = ch
      .normalize('NFD')
      .replace(/\p{M}+/gu, '')
      .toLowerCase();
  if (foldCache.size < 4096) foldCache.set(ch, f);
  return f;
}

const sentenceEnd = /[.!?\u2026\n]+|\p{Extended_Pictographic}(?:\p{Extended_Pictographic}|\u200d|\ufe0f|\p{M})*/gu;

/** Folds `source` and splits it into sentences. */
export function prepareDraft(source: string): Draft {
  const chars: string[] = [];
  const starts: number[] = [];
  const ends: number[] = [];
  for (let i = 0; i < source.length;) {
    const code = source.charCodeAt(i);
    let len = 1;
    let f: string;
    if (code < 128) {
      f = code >= 65 && code <= 90 ? String.fromCharCode(code + 32) : source.charAt(i);
    } else {
      len = (source.codePointAt(i) ?? 0) > 0xffff ? 2 : 1;
      f = foldChar(source.slice(i, i + len));
    }
    for (let k = 0; k < f.length; k++) {
      chars.push(f.charAt(k));
      starts.push(i);
      ends.push(i + len);
    }
    i += len;
  }
  const folded = chars.join('');
  return { source, folded, starts, ends, sentences: splitSentences(folded, source, starts) };
}

function splitSentences(folded: string, source: string, starts: number[]): Span[] {
  const spans: Span[] = [];
  let start = 0;
  for (const m of folded.matchAll(sentenceEnd)) {
    // A dot inside a word or number ("Sr.", "3.5", "e.g.") does not end a sentence when a lower-case
    // letter or digit follows directly; good enough for short messages.
    const end = m.index + m[0].length;
    const next = folded[end];
    if (m[0] === '.' && next !== undefined && /[\p{L}\p{N}]/u.test(next)) continue;
    // An emoji ends a sentence in chat style only when a capital letter starts the next one
    // ("...de profiling 😅 Se ti può servire..."), not in "gracias 🙏 por todo".
    if (
      /^\p{Extended_Pictographic}/u.test(m[0]) &&
      !/^\s*(?:\p{Lu}|$)/u.test(source.slice(starts[end] ?? source.length))
    ) {
      continue;
    }
    spans.push({ start, end });
    start = end;
  }
  if (start < folded.length) spans.push({ start, end: folded.length });
  return spans;
}

/** The source span of a folded range. */
export function toSource(draft: Draft, start: number, end: number): Span {
  if (end <= start)
    return { start: draft.starts[start] ?? draft.source.length, end: draft.starts[start] ?? draft.source.length };
  return { start: draft.starts[start] ?? 0, end: draft.ends[end - 1] ?? draft.source.length };
}

/** The sentence (folded span) that contains folded index `at`. */
export function sentenceAt(draft: Draft, at: number): Span {
  for (const s of draft.sentences) if (at >= s.start && at < s.end) return s;
  return { start: 0, end: draft.folded.length };
}

/** The first sentence of the draft, trimmed, as a source span (used as evidence for absences). */
export function openingSpan(draft: Draft): Span {
  const first = draft.sentences.find((s) => draft.folded.slice(s.start, s.end).trim() !== '');
  return trimSpan(draft.source, first ? toSource(draft, first.start, first.end) : { start: 0, end: 0 });
}

/** The whole draft, trimmed. */
export function wholeSpan(draft: Draft): Span {
  return trimSpan(draft.source, { start: 0, end: draft.source.length });
}

function trimSpan(text: string, span: Span): Span {
  let { start, end } = span;
  while (start < end && /\s/.test(text.charAt(start))) start++;
  while (end > start && /\s/.test(text.charAt(end - 1))) end--;
  return { start, end };
}

/** Words of a folded string (letters and digits), for token-level comparisons. */
export function words(folded: string): string[] {
  return folded.match(/[\p{L}\p{N}]+/gu) ?? [];
}

/** Folds a short string without offsets (context fields, notes). */
export function foldPlain(text: string): string {
  return prepareDraft(text).folded;
}
