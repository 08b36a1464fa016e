/**
 * The contact under construction while a record is read: every format fills a Draft, and
 * `finishDraft` turns it into an ImportedContact with a name, clean lists and its problems.
 */
import { importProblemText, type MessageParams } from '@nexo/core';
import { cleanPhone } from './phone.js';
import type { ImportedContact, ImportFormat, ImportProblem } from './types.js';

/** Mutable fields a reader fills; `extras` are "Label: value" lines kept at the end of the notes. */
export interface Draft {
  fullName: string | null;
  givenName: string | null;
  middleName: string | null;
  familyName: string | null;
  emails: string[];
  phones: string[];
  company: string | null;
  role: string | null;
  addresses: string[];
  location: string | null;
  linkedinUrl: string | null;
  birthday: string | null;
  photo: string | null;
  notes: string[];
  extras: string[];
  tags: string[];
  connectedOn: string | null;
  problems: ImportProblem[];
}

/** A fresh, empty draft. */
export function newDraft(): Draft {
  return {
    fullName: null,
    givenName: null,
    middleName: null,
    familyName: null,
    emails: [],
    phones: [],
    company: null,
    role: null,
    addresses: [],
    location: null,
    linkedinUrl: null,
    birthday: null,
    photo: null,
    notes: [],
    extras: [],
    tags: [],
    connectedOn: null,
    problems: [],
  };
}

/** Trims and collapses white space; null when nothing is left. */
export function clean(v: string | null | undefined): string | null {
  if (v == null) return null;
  // Most cells are already tidy (single spaces between words): returned as they are, no new string.
  if (v !== '' && !UNTIDY.test(v)) return v;
  const t = v.replace(/[\s\u00a0]+/g, ' ').trim();
  return t === '' ? null : t;
}

/** White space `clean` would change: any but a plain space, two in a row, or at either end. */
const UNTIDY = /[^\S ]| {2}|^ | $/;

const emailShape = /^[^\s@<>(),;:"[\]]+@[^\s@<>(),;:"[\]]+$/;

/** Extracts the address from `mailto:x`, `"Name" <x>` or `x`; null when it is not an e-mail address. */
export function cleanEmail(raw: string): string | null {
  let v = raw.trim().replace(/^mailto:/i, '');
  const angle = /<([^<>]+)>/.exec(v);
  if (angle?.[1]) v = angle[1].trim();
  return emailShape.test(v) ? v : null;
}

/** Adds an e-mail; a value that is not an address is kept in the notes with a warning. */
export function addEmail(d: Draft, raw: string, where: Where, field = 'EMAIL'): void {
  const v = raw.trim();
  if (!v) return;
  const email = cleanEmail(v);
  if (email) {
    if (email !== v.replace(/^mailto:/i, '')) {
      warn(d, where, 'email-cleaned', 'emailCleaned', { field, email, value: v });
    }
    if (!d.emails.some((e) => e.toLowerCase() === email.toLowerCase())) d.emails.push(email);
    return;
  }
  d.extras.push(`E-mail: ${v}`);
  warn(d, where, 'bad-email', 'badEmail', { field, value: v });
}

/** Adds a phone; a value that is not a phone number is kept in the notes with a warning. */
export function addPhone(d: Draft, raw: string, where: Where, field = 'TEL', label = 'Phone'): void {
  const v = raw.trim();
  if (!v) return;
  const phone = cleanPhone(v);
  if (phone) {
    if (!d.phones.includes(phone)) d.phones.push(phone);
    return;
  }
  d.extras.push(`${label}: ${v.replace(/^tel:/i, '')}`);
  warn(d, where, 'bad-phone', 'badPhone', { field, value: v });
}

const systemTags = new Set(['mycontacts', 'my contacts', 'starred', 'starred in android']);

/**
 * Adds tags: lower-cased, white space collapsed, duplicates removed. Google's and Android's system
 * groups (My Contacts, Starred) are not labels a person chose and are dropped.
 */
export function addTags(d: Draft, raw: string[]): void {
  for (const r of raw) {
    const t = clean(r.replace(/^\*\s*/, ''))?.toLowerCase();
    if (!t || systemTags.has(t) || t.length > 60) continue;
    if (!d.tags.includes(t)) d.tags.push(t);
  }
}

/** Where a record is, for problems. */
export interface Where {
  record: number;
  line: number;
}

/** Records a warning on the draft: `key` and `params` name its message (see problem-text.ts). */
export function warn(d: Draft, where: Where, code: string, key: string, params: MessageParams = {}): void {
  d.problems.push({
    record: where.record,
    line: where.line,
    severity: 'warning',
    code,
    ...importProblemText(key, params),
  });
}

const cjk = /[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af\uff66-\uff9f]/;

/** The display name built from name parts: "Given Middle Family", or "Family Given" for CJK names. */
export function joinName(given: string | null, middle: string | null, family: string | null): string | null {
  if (cjk.test(`${given ?? ''}${family ?? ''}`)) return clean([family, given].filter(Boolean).join(' '));
  return clean([given, middle, family].filter(Boolean).join(' '));
}

/**
 * Turns a draft into an ImportedContact. The name falls back from the full name to the name parts,
 * the company, the first e-mail and the first phone; a card with none of them is still kept as
 * "Unnamed contact" with a warning, so no record is silently lost.
 */
export function finishDraft(
  d: Draft,
  source: { format: ImportFormat; record: number; line: number },
): { contact: ImportedContact; problems: ImportProblem[] } {
  const where = { record: source.record, line: source.line };
  let name = clean(d.fullName) ?? joinName(clean(d.givenName), clean(d.middleName), clean(d.familyName));
  if (!name) {
    const fallback = clean(d.company) ?? d.emails[0] ?? d.phones[0] ?? null;
    if (fallback) {
      name = fallback;
      warn(d, where, 'no-name', 'namedAfter', { name: fallback });
    } else {
      name = 'Unnamed contact';
      warn(d, where, 'no-name', 'unnamed', { name });
    }
  }
  const notes = [
    d.notes
      .map((n) => n.trim())
      .filter(Boolean)
      .join('\n\n'),
    d.extras.join('\n'),
  ]
    .filter(Boolean)
    .join('\n\n');
  const contact: ImportedContact = {
    name,
    givenName: clean(d.givenName),
    familyName: clean(d.familyName),
    emails: d.emails,
    phones: d.phones,
    company: clean(d.company),
    role: clean(d.role),
    location: clean(d.location) ?? null,
    addresses: d.addresses,
    linkedinUrl: d.linkedinUrl,
    birthday: d.birthday,
    photo: d.photo,
    notes: notes.trim() === '' ? null : notes.trim(),
    tags: d.tags,
    connectedOn: d.connectedOn,
    source,
  };
  return { contact, problems: d.problems };
}

/**
 * One readable line for a postal address from its parts (street lines joined with ", ").
 * The order is the international one: street, locality, "region postcode", country.
 */
export function formatAddress(parts: {
  poBox?: string | null;
  extended?: string | null;
  street?: string | null;
  locality?: string | null;
  region?: string | null;
  postalCode?: string | null;
  country?: string | null;
}): string | null {
  const lines = (v: string | null | undefined) =>
    (v ?? '')
      .split(/\r?\n|\r/)
      .map((x) => clean(x.replace(/[,\s]+$/, '') || x))
      .filter((x): x is string => !!x);
  const regionCode = clean([clean(parts.region), clean(parts.postalCode)].filter(Boolean).join(' '));
  const all = [
    ...lines(parts.poBox),
    ...lines(parts.extended),
    ...lines(parts.street),
    ...lines(parts.locality),
    ...(regionCode ? [regionCode] : []),
    ...lines(parts.country),
  ];
  return all.length ? all.join(', ') : null;
}

/** "City, Country" for the location field, or null. */
export function cityCountry(locality: string | null | undefined, country: string | null | undefined): string | null {
  return clean([clean(locality), clean(country)].filter(Boolean).join(', '));
}

/** Flattens a multi-line address as spreadsheets write it into one line. */
export function oneLine(v: string | null | undefined): string | null {
  if (!v) return null;
  const parts = v
    .split(/\r?\n|\r/)
    .map((x) => clean(x))
    .filter((x): x is string => !!x);
  return parts.length ? parts.join(', ') : null;
}
