/**
 * From an imported record to valid contact fields. The record goes through the same schema as a
 * contact typed by hand; what does not fit (a malformed e-mail, a birthday in the future, a photo
 * too large) is moved into the notes or dropped with a warning, so the person still comes in.
 */
import { quickNewContact, type ImportedFields } from '../contacts/quick-validate.js';
import { newContactSchema } from '../contacts/schema.js';
import type { MessageParams } from '../i18n/message.js';
import { describeIssues } from '../shared/schema.js';
import type { ContactFields } from './merge.js';
import { importProblemText } from './problem-text.js';
import type { ImportIssue, ImportRecord } from './types.js';

const NOTES_MAX = 20_000;
const TEXT_MAX: readonly (readonly [string, number])[] = [
  ['name', 200],
  ['givenName', 100],
  ['familyName', 100],
  ['company', 200],
  ['role', 200],
  ['location', 200],
];
const LIST_MAX = 20;

export type Conversion =
  { ok: true; fields: ContactFields; warnings: ImportIssue[] } | { ok: false; issue: ImportIssue };

/**
 * Validates an imported record as a new contact, repairing what it can. Addresses (which Contact
 * has no column for) are kept in the notes as "Address: ..." lines.
 */
export function toContactFields(record: ImportRecord): Conversion {
  const where = { record: record.source.record, line: record.source.line };
  const warnings: ImportIssue[] = [];
  const warn: Warn = (code, key, params) =>
    warnings.push({ ...where, severity: 'warning', code, ...importProblemText(key, params) });
  const extras: string[] = record.addresses.map((a) => `Address: ${a}`);
  const input: Record<string, unknown> = {
    name: record.name,
    givenName: record.givenName,
    familyName: record.familyName,
    emails: record.emails,
    phones: record.phones,
    company: record.company,
    role: record.role,
    location: record.location,
    linkedinUrl: record.linkedinUrl,
    birthday: record.birthday,
    photo: record.photo,
    tags: record.tags,
  };
  for (const [key, max] of TEXT_MAX) {
    const v = input[key];
    if (typeof v === 'string' && v.trim().length > max) {
      extras.push(`${key}: ${v}`);
      input[key] = v.trim().slice(0, max);
      warn('field-too-long', 'fieldTooLong', { field: key, max });
    }
  }
  for (const key of ['emails', 'phones'] as const) {
    const list = input[key] as string[];
    if (list.length > LIST_MAX) {
      extras.push(...list.slice(LIST_MAX).map((v) => `${key === 'emails' ? 'E-mail' : 'Phone'}: ${v}`));
      input[key] = list.slice(0, LIST_MAX);
      warn('too-many', 'tooManyValues', { max: LIST_MAX, field: key });
    }
  }
  // Most records are clean: the fast path gives the schema's own output without its cost.
  input.notes = buildNotes(record.notes, extras);
  const quick = quickNewContact(input as unknown as ImportedFields);
  if (quick) return { ok: true, fields: quick, warnings };
  for (let attempt = 0; attempt < 4; attempt++) {
    input.notes = buildNotes(record.notes, extras);
    const result = newContactSchema.safeParse(input);
    if (result.success) return { ok: true, fields: result.data, warnings };
    let repaired = false;
    for (const issue of describeIssues(result.error)) {
      const [field, index] = issue.field.split('.');
      if (!field) continue;
      repaired = repair(input, field, index, extras, warn, issue.message) || repaired;
    }
    if (!repaired) {
      const message = describeIssues(result.error)
        .map((i) => `${i.field}: ${i.message}`)
        .join('; ');
      return { ok: false, issue: { ...where, severity: 'error', code: 'invalid-record', message } };
    }
  }
  return {
    ok: false,
    issue: { ...where, severity: 'error', code: 'invalid-record', message: 'The record could not be made valid.' },
  };
}

/** Records a warning: its code, and its message as a key of the `importProblem` catalogue with its values. */
type Warn = (code: string, key: string, params: MessageParams) => void;

function buildNotes(notes: string | null, extras: string[]): string | null {
  const text = [notes?.trim(), extras.join('\n')].filter(Boolean).join('\n\n');
  if (!text) return null;
  return text.length > NOTES_MAX ? text.slice(0, NOTES_MAX) : text;
}

const labels: Record<string, string> = {
  emails: 'E-mail',
  phones: 'Phone',
  linkedinUrl: 'LinkedIn',
  birthday: 'Birthday',
  tags: 'Tag',
};

/** Moves or drops one bad value; false when the field is not one an import can repair. */
function repair(
  input: Record<string, unknown>,
  field: string,
  index: string | undefined,
  extras: string[],
  warn: Warn,
  why: string,
): boolean {
  const value = input[field];
  if (Array.isArray(value) && index !== undefined) {
    const i = Number(index);
    const bad = value[i] as unknown;
    if (bad === undefined) return false;
    input[field] = value.filter((_, j) => j !== i);
    if (field !== 'tags') extras.push(`${labels[field] ?? field}: ${String(bad)}`);
    warn('bad-value', field === 'tags' ? 'tagNotAccepted' : 'valueNotAccepted', { field, value: String(bad), why });
    return true;
  }
  if (field === 'photo' && value != null) {
    input.photo = null;
    warn('bad-photo', 'badPhoto', { why });
    return true;
  }
  if ((field === 'linkedinUrl' || field === 'birthday') && typeof value === 'string') {
    input[field] = null;
    extras.push(`${labels[field]}: ${value}`);
    warn('bad-value', 'valueNotAccepted', { field, value, why });
    return true;
  }
  if (field === 'tags' && Array.isArray(value)) {
    input.tags = value.slice(0, 100);
    warn('too-many', 'tooManyTags', { max: 100 });
    return true;
  }
  return false;
}
