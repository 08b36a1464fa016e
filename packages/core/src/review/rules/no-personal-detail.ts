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

const all = Object.values(vocabularies);
/**
 * After a field, what the thing is about, up to six words on, in the same sentence: "[Conference]
 * on zero-downtime Postgres migrations", "___ sulla cybersecurity", "{{company}}'s campaign for...".
 */
const aboutAfterField = new RegExp(
  `^(?:'s\\s+[\\p{L}-]+)?[\\s,]*(?:${all.flatMap((v) => v.about).join('|')})\\s+([^.!?\\n]{1,60})`,
  'u',
);
/** Words of the sender ("my team", "nuestro equipo") do not make a detail about the recipient. */
const senderWords = new Set(
  'my mine our ours mi mis nuestro nuestra nuestros nuestras mio mia miei mie nostro nostra nostri nostre meu minha meus minhas nosso nossa nossos nossas'.split(
    ' ',
  ),
);
/** "I saw the campaign of [Company]": a thing of theirs named through a field, in a sentence that noticed it. */
const noticedThingOf = new RegExp(
  `(?<![\\p{L}])(?:${all.flatMap((v) => v.noticing).join('|')})\\s+(?:[\\p{L}'-]+\\s+){0,3}?[\\p{L}-]{4,}\\s+(?:of|de|del|de\\s+la|di|del|della|dello|dei|degli|delle|da|do|dos|das)\\s*$`,
  'u',
);
const noticedField = new RegExp(`(?<![\\p{L}])(?:${all.flatMap((v) => v.noticing).join('|')})\\s+$`, 'u');

/** The field is followed by what it is about, with at least one word that says something. */
function detailFollows(draft: Draft, field: Span): boolean {
  const after = draft.source.slice(field.end, field.end + 90);
  const m = aboutAfterField.exec(foldPlain(after));
  if (!m?.[1]) return false;
  const tokens = words(m[1]).slice(0, 6);
  const original = after.match(/[\p{L}\p{N}]+/gu) ?? [];
  if (tokens[0] !== undefined && senderWords.has(tokens[0])) return false;
  return tokens.some(
    (w) =>
      (w.length >= 4 && !commonWords.has(w)) || original.some((o) => foldPlain(o) === w && /^\p{Lu}{2,}$/u.test(o)),
  );
}

/**
 * Things of the recipient named through an unfilled field, with a detail after it: "ho visto la
 * campagna di {{azienda}} per il nuovo espresso", "I saw {{company}}'s campaign for the oat range".
 */
function fieldOwnedDetails(draft: Draft, placeholders: Span[]): Span[] {
  const out: Span[] = [];
  for (const p of placeholders) {
    const sentenceStart = draft.source.lastIndexOf('\n', p.start) + 1;
    const before = foldPlain(draft.source.slice(Math.max(sentenceStart, p.start - 80), p.start)).replace(
      /^.*[.!?]/su,
      '',
    );
    const owned =
      noticedThingOf.test(before) || (noticedField.test(before) && /^'s\s+\p{L}{4,}/u.test(draft.source.slice(p.end)));
    const start = draft.starts.indexOf(p.start);
    if (owned && start !== -1 && detailFollows(draft, p)) out.push({ start, end: start + (p.end - p.start) });
  }
  return out;
}

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
 * A reference followed by an unfilled field ("I noticed you work at [Company]") does not count unless
 * the field is followed by what the thing is about ("your talk at [Conference] on Postgres migrations").
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
  // A reference completed by an empty field refers to nobody, unless a detail follows the field
  // ("il tuo intervento al ___ sulla cybersecurity nelle PMI").
  const kept = spans.filter((span) => {
    const source = toSource(draft, span.start, span.end);
    const field = placeholders.find(
      (p) =>
        (p.start >= source.start && p.start < source.end) ||
        (p.start >= source.end && fieldFollows.test(draft.source.slice(source.end, p.start))),
    );
    return field === undefined || detailFollows(draft, field);
  });
  return [...kept, ...fieldOwnedDetails(draft, placeholders)];
}

export function checkNoPersonalDetail(draft: Draft, stage: ReviewStage, personal: Span[]): ReviewFinding[] {
  if (stage === 'established' || personal.length > 0) return [];
  return [findingAtSource('no-personal-detail', draft, openingSpan(draft))];
}
