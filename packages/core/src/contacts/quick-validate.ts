/**
 * A fast path for `newContactSchema` on the records an import reads: the same checks and the same
 * output for the common, clean record, in a fraction of the time and garbage. Anything it is not
 * sure about (a photo, a missing name, a value out of bounds, a bad e-mail...) returns `undefined`
 * and goes through the schema, which stays the one definition of a valid contact and the one source
 * of error messages. A property test holds the two to the same output.
 */
import { EMAIL_PATTERN, isLinkedinUrl, isPhoneText, isValidBirthday } from './schema.js';
import type { NewContact } from './types.js';

/** The fields an import hands to validation (see imports/to-contact.ts). */
export interface ImportedFields {
  name: string | null;
  givenName: string | null;
  familyName: string | null;
  emails: readonly string[];
  phones: readonly string[];
  company: string | null;
  role: string | null;
  location: string | null;
  linkedinUrl: string | null;
  birthday: string | null;
  photo: string | null;
  tags: readonly string[];
  notes: string | null;
}

/** `newContactSchema.parse(input)` when `input` is certainly valid, else `undefined`. */
export function quickNewContact(input: ImportedFields): NewContact | undefined {
  if (input.photo !== null || typeof input.name !== 'string') return undefined;
  const name = input.name.trim();
  if (name.length === 0 || name.length > 200) return undefined;
  const givenName = optional(input.givenName, 100);
  const familyName = optional(input.familyName, 100);
  const company = optional(input.company, 200);
  const role = optional(input.role, 200);
  const location = optional(input.location, 200);
  const notes = optional(input.notes, 20_000);
  if (
    givenName === undefined ||
    familyName === undefined ||
    company === undefined ||
    role === undefined ||
    location === undefined ||
    notes === undefined
  )
    return undefined;
  const emails = list(input.emails, 20, (v) => {
    const e = v.trim().toLowerCase();
    return EMAIL_PATTERN.test(e) ? e : undefined;
  });
  const phones = list(input.phones, 20, (v) => {
    const p = v.trim();
    return p.length >= 3 && p.length <= 40 && isPhoneText(p) ? p : undefined;
  });
  const tags = list(input.tags, 100, (v) => {
    const t = v.trim();
    return t.length >= 1 && t.length <= 60 ? t.toLowerCase() : undefined;
  });
  if (!emails || !phones || !tags) return undefined;
  let linkedinUrl: string | null = null;
  if (input.linkedinUrl !== null) {
    linkedinUrl = input.linkedinUrl.trim();
    if (!isLinkedinUrl(linkedinUrl)) return undefined;
  }
  let birthday: string | null = null;
  if (input.birthday !== null) {
    birthday = input.birthday.trim();
    if (!isValidBirthday(birthday)) return undefined;
  }
  return {
    name,
    givenName,
    familyName,
    emails,
    phones,
    company,
    role,
    sector: null,
    location,
    linkedinUrl,
    birthday,
    photo: null,
    notes,
    tags,
    circle: 'professional',
    context: null,
    tier: 'network',
    cadenceDays: null,
  };
}

/** A trimmed optional text ('' is null), or undefined when it is too long. */
function optional(value: string | null, max: number): string | null | undefined {
  if (value === null) return null;
  const v = value.trim();
  if (v.length > max) return undefined;
  return v === '' ? null : v;
}

/** Each value through `check`, without repeats; undefined when one fails or there are too many. */
function list(values: readonly string[], max: number, check: (v: string) => string | undefined): string[] | undefined {
  if (values.length > max) return undefined;
  const out: string[] = [];
  for (const value of values) {
    const v = check(value);
    if (v === undefined) return undefined;
    if (!out.includes(v)) out.push(v);
  }
  return out;
}
