/**
 * unfilled-placeholder: template fields left in a draft ([Nombre], {{name}}, <company>, %NAME%,
 * *|FNAME|*, XXX, ____). A field quoted as an example ('fields like "{{firstName}}"') is not one.
 */
import { vocabularies } from '../lang/index.js';
import { foldPlain, type Draft, type Span } from '../normalize.js';
import type { ReviewFinding } from '../types.js';
import { findingAtSource } from './shared.js';

const all = Object.values(vocabularies);
const fieldWord = new RegExp(`^(?:${all.flatMap((v) => v.fieldWords).join('|')})$`, 'u');
const exampleCue = new RegExp(`(?:^|[^\\p{L}])(?:${all.flatMap((v) => v.exampleCues).join('|')})\\s*[:"'(]?\\s*$`, 'u');
const templateTalk = new RegExp(`(?<![\\p{L}])(?:${all.flatMap((v) => v.templateTalk).join('|')})(?![\\p{L}])`, 'u');
const joiner = /^\s*(?:,|o|or|ou|y|e|and|et|\/)\s*$/u;

/** Candidate fields on the source text; bracket forms are checked for what they contain. */
const candidates =
  /\{\{\s*[^{}\n]{1,40}?\s*\}\}|\{\s*[\p{L}_][\p{L}\p{N}_ .-]{0,30}\}|\[\s*([^[\]\n]{1,40}?)\s*\](?!\()|<\s*([\p{L}_][\p{L}\p{N}_ .'-]{0,30}?)\s*>|%[\p{L}_][\p{L}\p{N}_ ]{0,30}%|\*\|[\p{L}\p{N}_]+\|\*|\$\{[\p{L}_][\p{L}\p{N}_]*\}|(?<![\p{L}\p{N}])[Xx]{3,}(?![\p{L}\p{N}])|_{3,}|\((nombre|name|nome|empresa|company|azienda|cargo|role|ruolo)(?:\s+[\p{L}]+){0,3}\)/gu;

function looksLikeField(inner: string): boolean {
  const f = foldPlain(inner).trim();
  if (fieldWord.test(f)) return true;
  if (/^\d+$|^sic$|^\.\.\.$|^…$/u.test(f)) return false;
  // Title-case or all-caps short labels: [First Name], [NOMBRE EMPRESA], <Company>.
  return (
    /^\p{Lu}[\p{L}_]*(?:[ _-]+(?:\p{Lu}[\p{L}_]*|de|da|do|del|della|di|of|la|el))*$/u.test(inner.trim()) &&
    inner.trim().split(/\s+/).length <= 5
  );
}

function isQuoted(text: string, span: Span): boolean {
  const before = text.slice(Math.max(0, span.start - 2), span.start);
  const after = text.slice(span.end, span.end + 2);
  return /["'`“‘«„]\s?$/u.test(before) && /^\s?["'`”’»“]/u.test(after);
}

/** The template fields of a draft (source spans), leaving out those quoted as examples. */
export function findPlaceholders(draft: Draft): Span[] {
  const text = draft.source;
  const found: Span[] = [];
  let previousWasExample: Span | undefined;
  candidates.lastIndex = 0;
  for (const m of text.matchAll(candidates)) {
    const span = { start: m.index, end: m.index + m[0].length };
    const inner = m[1] ?? m[2];
    if (inner !== undefined && !looksLikeField(inner)) continue;
    const before = foldPlain(text.slice(Math.max(0, span.start - 40), span.start));
    const example =
      isQuoted(text, span) ||
      exampleCue.test(before) ||
      templateTalk.test(before) ||
      (previousWasExample !== undefined && joiner.test(text.slice(previousWasExample.end, span.start)));
    if (example) {
      previousWasExample = span;
      continue;
    }
    previousWasExample = undefined;
    found.push(span);
  }
  return found;
}

export function checkUnfilledPlaceholder(draft: Draft, placeholders: Span[]): ReviewFinding[] {
  return placeholders.map((span) => findingAtSource('unfilled-placeholder', draft, span));
}
