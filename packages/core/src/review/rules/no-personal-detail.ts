/**
 * no-personal-detail: nothing in a first or second message refers to this recipient beyond their
 * name: not their company, role or work, nothing from the notes about them, no shared context or
 * past conversation. Context fields are matched as words; the text is read for references.
 */
import { commonWords, patterns } from '../lang/index.js';
import { foldPlain, openingSpan, toSource, words, type Draft, type Span } from '../normalize.js';
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

/** What may stand between a reference and the field that completes it: "work at [Company]". */
const fieldFollows = /^[\s,:]*(?:[\p{L}']{1,4}\s+)?$/u;

/** Words or phrases of the context that, found in a draft, show it is about this recipient. */
function contextTerms(recipient: ReviewRecipient | undefined): string[] {
  if (!recipient) return [];
  const nameWords = new Set(words(foldPlain(recipient.name ?? '')));
  const terms: string[] = [];
  for (const field of [recipient.company, recipient.role]) {
    if (!field?.trim()) continue;
    terms.push(foldPlain(field).trim());
    terms.push(...distinctiveTokens(field, 4));
  }
  for (const note of recipient.notes ?? []) terms.push(...distinctiveTokens(note, 5));
  return [...new Set(terms)].filter((t) => t !== '' && !nameWords.has(t));
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
  const spans = matchAll(patterns.personal, draft.folded);
  const terms = contextTerms(recipient);
  if (terms.length > 0) {
    const re = new RegExp(`(?<![\\p{L}\\p{N}])(?:${terms.map(escapeRegExp).join('|')})(?![\\p{L}\\p{N}])`, 'gu');
    spans.push(...matchAll(re, draft.folded));
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
