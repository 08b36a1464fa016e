/**
 * Identity keys: what makes two records the same person. Import matching uses the strong ones in
 * order (LinkedIn profile, e-mail, phone in E.164, then exact name + company); duplicate detection
 * adds looser name keys. Everything is folded (accents, case, punctuation) so "José" is "jose".
 */
import { foldForSearch } from '../shared/text.js';
import type { ContactIdentity, PhoneNormalizer } from './types.js';

/** Why two records are taken for the same person, strongest first. */
export const matchReasons = ['linkedin', 'email', 'phone', 'name-company', 'similar-name-company'] as const;
export type MatchReason = (typeof matchReasons)[number];

/** Recent answers of `foldWords`: a record's name and company are folded by several keys, and
 * companies repeat across a file. Bounded; a plain cache of a pure function. */
const foldedWords = new Map<string, string>();
const FOLDED_WORDS_MAX = 4096;

/** Folded text without punctuation: "O'Connor, Lucía" → "oconnor lucia", "S.A." → "sa". */
export function foldWords(text: string): string {
  let folded = foldedWords.get(text);
  if (folded === undefined) {
    folded = foldForSearch(text.replace(/[.'’]/g, '').replace(/[^\p{L}\p{N}]+/gu, ' '));
    if (foldedWords.size >= FOLDED_WORDS_MAX) foldedWords.clear();
    foldedWords.set(text, folded);
  }
  return folded;
}

/** The profile slug of a LinkedIn URL, lower case (`https://de.linkedin.com/in/Ana-S/` → `ana-s`). */
export function linkedinKey(url: string | null): string | null {
  if (!url) return null;
  const m = /linkedin\.com\/(?:mwlite\/)?in\/([^/?#\s]+)/i.exec(url);
  if (!m?.[1]) return null;
  let slug = m[1];
  try {
    slug = decodeURIComponent(slug);
  } catch {
    // A lone '%' stays as written.
  }
  slug = slug.trim().toLowerCase();
  return slug ? `l:${slug}` : null;
}

export function emailKey(email: string): string | null {
  const v = email.trim().toLowerCase();
  return v.includes('@') ? `e:${v}` : null;
}

/** E.164 when the normaliser can, else the digits of a long enough number. */
export function phoneKey(phone: string, normalize: PhoneNormalizer): string | null {
  const e164 = normalize(phone);
  if (e164) return `p:${e164}`;
  const digits = phone.replace(/\D/g, '');
  return digits.length >= 7 ? `p:${digits}` : null;
}

function companyPart(company: string | null): string | null {
  const c = company ? foldWords(company) : '';
  return c ? c : null;
}

/** Exact name and company, folded: the weakest identity an import trusts. */
export function nameCompanyKey(name: string, company: string | null): string | null {
  const c = companyPart(company);
  const n = foldWords(name);
  return c && n ? `n:${n}|${c}` : null;
}

/**
 * Looser keys for "probably the same person" with the same company: the name's words in any order
 * ("Souza Ana" = "Ana Souza") and first + last word ("Ana Maria Souza" ~ "Ana Souza").
 */
export function similarNameKeys(name: string, company: string | null): string[] {
  const c = companyPart(company);
  const words = foldWords(name).split(' ').filter(Boolean);
  if (!c || words.length === 0) return [];
  const keys = [`s:${sortedWords(words)}|${c}`];
  if (words.length >= 2) keys.push(`f:${words[0]} ${words[words.length - 1]}|${c}`);
  return keys;
}

/** The words in code-point order, joined by spaces (names have two or three: no sort needed). */
function sortedWords(words: string[]): string {
  if (words.length === 1) return words[0] ?? '';
  if (words.length === 2) {
    const [a = '', b = ''] = words;
    return a <= b ? `${a} ${b}` : `${b} ${a}`;
  }
  return [...words].sort().join(' ');
}

/** The strong keys of a person in matching order, each with its reason (`linkedin`: its key, when the caller has it). */
export function strongKeys(
  person: Pick<ContactIdentity, 'name' | 'company' | 'emails' | 'phones' | 'linkedinUrl'>,
  normalize: PhoneNormalizer,
  linkedin: string | null = linkedinKey(person.linkedinUrl),
): { key: string; reason: MatchReason }[] {
  // Built without closures: an import computes these for every record.
  const keys: { key: string; reason: MatchReason }[] = [];
  if (linkedin) keys.push({ key: linkedin, reason: 'linkedin' });
  for (const e of person.emails) {
    const key = emailKey(e);
    if (key && !hasKey(keys, key)) keys.push({ key, reason: 'email' });
  }
  for (const p of person.phones) {
    const key = phoneKey(p, normalize);
    if (key && !hasKey(keys, key)) keys.push({ key, reason: 'phone' });
  }
  const nameCompany = nameCompanyKey(person.name, person.company);
  if (nameCompany) keys.push({ key: nameCompany, reason: 'name-company' });
  return keys;
}

function hasKey(keys: readonly { key: string }[], key: string): boolean {
  for (const k of keys) if (k.key === key) return true;
  return false;
}
