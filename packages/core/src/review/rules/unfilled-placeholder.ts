/**
 * unfilled-placeholder: template fields left in a draft ([Nombre], {{name}}, <company>, %NAME%,
 * *|FNAME|*, XXX, ____). A field quoted as an example ('fields like "{{firstName}}"') or explained in
 * an instruction ('just type {FirstName} where...', 'escribe «Hola [Nombre],» al principio', and the
 * fields coordinated with it: 'pon {{nombre}} en el saludo y {{empresa}} en el asunto') is not one,
 * nor a blank inside a quoted sentence or "XXX" as a Roman numeral ("the XXX Olympiad").
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
/** The same sentence ends with "and"/"y"/"e"...: a field coordinated with the one before it. */
const coordinated = /^[^.!?\n]{0,80}?[\s,](?:y|e|ed|o|or|ou|and)\s*$/u;
/**
 * "XXX" as a Roman numeral: the ordinal of an event, after an article and before its name or the
 * word "edition" ("the XXX Olympiad", "del XXX Congreso", "la XXX edizione"). Left for a name, it
 * stands alone ("en el podcast de XXX.", "giovedì XXX alle 9").
 */
const ordinalBefore =
  /(?:^|[^\p{L}])(?:the|of\s+the|el|la|los|las|del|al|il|lo|l'|i|gli|le|della|dello|delle|degli|dei|nella|nello|nel|alla|allo|o|a|os|as|ao|aos|do|da|dos|das|no|na|nos|nas)\s+$/u;
const ordinalAfter = /^\s+(?:\p{Lu}\p{Ll}|edici[oó]n|edizione|edi[cç][aã]o|edition)/u;
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

function isRomanNumeral(text: string, span: Span): boolean {
  return (
    text.slice(span.start, span.end) === 'XXX' &&
    ordinalAfter.test(text.slice(span.end, span.end + 12)) &&
    ordinalBefore.test(foldPlain(text.slice(Math.max(0, span.start - 12), span.start)))
  );
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
    if (isRomanNumeral(text, span)) continue;
    const opening = quoteOpening(text, span);
    const between = previousWasExample && text.slice(previousWasExample.end, span.start);
    const example =
      isQuoted(text, span) ||
      introducesExample(text, span.start) ||
      (opening !== -1 && introducesExample(text, opening)) ||
      // a blank inside a quoted sentence is part of the quote: a questionnaire item, an exercise
      (opening !== -1 && m[0].startsWith('_')) ||
      // the same field again, once it has been shown as an example
      examples.has(m[0]) ||
      // "pon {{nombre}} en el saludo y {{empresa}} en el asunto": the instruction goes on
      (typeof between === 'string' && (joiner.test(between) || coordinated.test(between)));
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
