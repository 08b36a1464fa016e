/**
 * unfilled-placeholder: template fields left in a draft ([Nombre], {{name}}, <company>, %NAME%,
 * *|FNAME|*, XXX, ____). A field quoted as an example ('fields like "{{firstName}}"') or explained in
 * an instruction ('just type {FirstName} where...', 'escribe «Hola [Nombre],» al principio') is not one.
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
/**
 * An imperative right before the field tells the reader what to type ("just type {FirstName}",
 * "coloca {{nome}}", "scrivi pure 'Ciao [Nome],'"); after a subject or "to" the verb is the sender's
 * own sentence ("we use {{product}}", "I'd love to use [Company]'s").
 */
const instruction = new RegExp(
  `(?<![\\p{L}'])(?<!(?<![\\p{L}])(?:i|we|you|u|they|he|she|to|yo|eu|io|noi|nos|que|che)\\s+)(?:${all.flatMap((v) => v.instructionVerbs).join('|')})(?:\\s+(?:just|only|simply|pure|solo|so|apenas|sempre|always|literally|literalmente))?\\s*[:"'(]?\\s*$`,
  'u',
);
/** Opening and closing quotes of any kind; a straight or curly apostrophe inside a word is not one. */
const openers = new Set(['"', "'", '`', '\u201c', '\u2018', '\u00ab', '\u201e', '\u2039']);
const closers = new Set(['"', "'", '`', '\u201d', '\u2019', '\u00bb', '\u201c', '\u203a']);
/** How far (characters, same line) a quote may open before a field or close after it. */
const quoteReach = 60;

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

const isLetter = (ch: string | undefined): boolean => ch !== undefined && /[\p{L}\p{N}]/u.test(ch);

/**
 * Where the quoted text around a field opens ("e.g. \"Hi {FirstName},\"", "escribe «Hola
 * [Nombre],»"), or -1 when the field is not inside quotes on its line.
 */
function quoteOpening(text: string, span: Span): number {
  let open = -1;
  for (let i = span.start - 1; i >= Math.max(0, span.start - quoteReach); i--) {
    const ch = text.charAt(i);
    if (ch === '\n') break;
    if (!openers.has(ch) && !closers.has(ch)) continue;
    // An apostrophe between letters ("all'inizio", "don't") is not a quote.
    if (isLetter(text[i - 1]) && isLetter(text[i + 1])) continue;
    if (openers.has(ch) && !isLetter(text[i - 1]) && !/\s/u.test(text.charAt(i + 1))) open = i;
    break;
  }
  if (open === -1) return -1;
  for (let i = span.end; i < Math.min(text.length, span.end + quoteReach); i++) {
    const ch = text.charAt(i);
    if (ch === '\n') return -1;
    if (!closers.has(ch)) continue;
    if (isLetter(text[i - 1]) && isLetter(text[i + 1])) continue;
    return !isLetter(text[i + 1]) ? open : -1;
  }
  return -1;
}

/** The text right before `at` shows that what follows is an example or an instruction. */
function introducesExample(text: string, at: number): boolean {
  const before = foldPlain(text.slice(Math.max(0, at - 40), at));
  return exampleCue.test(before) || templateTalk.test(before) || instruction.test(before);
}

/** The template fields of a draft (source spans), leaving out those quoted as examples. */
export function findPlaceholders(draft: Draft): Span[] {
  const text = draft.source;
  const found: Span[] = [];
  const examples = new Set<string>();
  let previousWasExample: Span | undefined;
  candidates.lastIndex = 0;
  for (const m of text.matchAll(candidates)) {
    const span = { start: m.index, end: m.index + m[0].length };
    const inner = m[1] ?? m[2];
    if (inner !== undefined && !looksLikeField(inner)) continue;
    const opening = quoteOpening(text, span);
    const example =
      isQuoted(text, span) ||
      introducesExample(text, span.start) ||
      (opening !== -1 && introducesExample(text, opening)) ||
      // the same field again, once it has been shown as an example
      examples.has(m[0]) ||
      (previousWasExample !== undefined && joiner.test(text.slice(previousWasExample.end, span.start)));
    if (example) {
      previousWasExample = span;
      examples.add(m[0]);
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
