/**
 * no-personal-detail: nothing in a first or second message refers to this recipient beyond their
 * name: not their company, role or work, nothing from the notes about them, no shared context or
 * past conversation. Context fields are matched as words; the text is read for references.
 */
import { commonWords, patterns, vocabularies } from '../lang/index.js';
import { foldPlain, openingSpan, sentenceAt, toSource, words, type Draft, type Span } from '../normalize.js';
import type { ReviewFinding, ReviewRecipient, ReviewStage } from '../types.js';
import { escapeRegExp, findingAtSource, matchAll } from './shared.js';

/** Words too common in company names, roles and notes to show that a draft is about someone. */
const generic = new Set(
  `inc ltd llc plc sa sl slu srl spa ltda gmbh ag co corp corporation company compania compagnia companhia
  group grupo gruppo holding tech technologies tecnologia digital global international internacional
  consulting consultoria solutions soluciones solucoes soluzioni services servicios servicos servizi
  bank banco banca capital partners labs lab studio estudio systems sistemas sistemi software energia
  energy health salud saude salute mercado libre investimentos inversiones investimenti the and
  manager director directora diretor diretora direttore direttrice head lead senior junior responsable
  responsavel responsabile gerente jefe jefa chefe capo coordinator coordinador coordenador coordinatore
  analyst analista specialist especialista specialista assistant asistente assistente officer chief
  presento presentou presentato presented introduced conocido conocida conhecido conhecida conosciuto
  amigo amiga amico amica friend colega collega colleague trabaja trabalha lavora works contacto
  contato contatto contact`.split(/\s+/),
);

function distinctiveTokens(original: string, minLength: number): string[] {
  const out: string[] = [];
  for (const raw of original.match(/[\p{L}\p{N}]+/gu) ?? []) {
    const f = foldPlain(raw);
    if (generic.has(f)) continue;
    const acronym = raw.length >= 2 && raw === raw.toUpperCase() && /\p{Lu}/u.test(raw);
    const name = /^\p{Lu}\p{Ll}{2,}/u.test(raw);
    if (acronym || (f.length >= minLength && !commonWords.has(f)) || (name && !commonWords.has(f))) out.push(f);
  }
  return out;
}

/** The sender presenting themselves, up to the word before a context term: "I'm a cloud engineer". */
const selfIntro = new RegExp(
  `(?<![\\p{L}])(?:${Object.values(vocabularies)
    .flatMap((v) => v.selfIntro)
    .join('|')})(?:[\\p{L}\\p{N}'-]+\\s+){0,2}$`,
  'u',
);

/** What may stand between a reference and the field that completes it: "work at [Company]". */
const fieldFollows = /^[\s,:]*(?:[\p{L}']{1,4}\s+)?$/u;

function fieldTerms(field: string | undefined): string[] {
  return field?.trim() ? [foldPlain(field).trim(), ...distinctiveTokens(field, 4)] : [];
}

/**
 * Words or phrases of the context that, found in a draft, show it is about this recipient; `roleOnly`
 * are those that come from their role alone (a sender may share the role: "I'm a cloud engineer").
 */
function contextTerms(recipient: ReviewRecipient | undefined): { terms: string[]; roleOnly: Set<string> } {
  if (!recipient) return { terms: [], roleOnly: new Set() };
  const nameWords = new Set(words(foldPlain(recipient.name ?? '')));
  const role = fieldTerms(recipient.role);
  const other = [...fieldTerms(recipient.company)];
  for (const note of recipient.notes ?? []) other.push(...distinctiveTokens(note, 5));
  const terms = [...new Set([...other, ...role])].filter((t) => t !== '' && !nameWords.has(t));
  return { terms, roleOnly: new Set(role.filter((t) => !other.includes(t))) };
}

/**
 * References to the recipient in a draft (folded spans): context terms and references in the text.
 * A reference followed by an unfilled field ("I noticed you work at [Company]") does not count.
 */
export function findPersonalDetails(
  draft: Draft,
  recipient: ReviewRecipient | undefined,
  placeholders: Span[],
): Span[] {
  // A piece of their work ("la tua puntata", "your write-up") refers to them as well.
  const spans = [...matchAll(patterns.personal, draft.folded), ...matchAll(patterns.work, draft.folded)];
  const { terms, roleOnly } = contextTerms(recipient);
  if (terms.length > 0) {
    const re = new RegExp(`(?<![\\p{L}\\p{N}])(?:${terms.map(escapeRegExp).join('|')})(?![\\p{L}\\p{N}])`, 'gu');
    // Words of their role in the sender's own introduction ("I'm a cloud engineer", written to a
    // cloud architect) are about the sender.
    const aboutSender = (span: Span): boolean =>
      roleOnly.has(draft.folded.slice(span.start, span.end)) &&
      selfIntro.test(draft.folded.slice(sentenceAt(draft, span.start).start, span.start));
    spans.push(...matchAll(re, draft.folded).filter((span) => !aboutSender(span)));
  }
  return spans.filter((span) => {
    const source = toSource(draft, span.start, span.end);
    return !placeholders.some(
      (p) =>
        (p.start >= source.start && p.start < source.end) ||
        (p.start >= source.end && fieldFollows.test(draft.source.slice(source.end, p.start))),
    );
  });
}

export function checkNoPersonalDetail(draft: Draft, stage: ReviewStage, personal: Span[]): ReviewFinding[] {
  if (stage === 'established' || personal.length > 0) return [];
  return [findingAtSource('no-personal-detail', draft, openingSpan(draft))];
}
