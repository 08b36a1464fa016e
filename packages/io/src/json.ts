/** nexo's own JSON contact array (what `nexo export --format json` writes), for lossless round trips. */
import { parseBirthday } from './dates.js';
import { clean, finishDraft, newDraft, warn } from './draft.js';
import { decodeText } from './decode.js';
import { importProblemText } from '@nexo/core';
import { normalizeLinkedinUrl } from './linkedin-url.js';
import type { ParseResult } from './types.js';

const known = new Set([
  'id',
  'name',
  'givenName',
  'familyName',
  'emails',
  'phones',
  'company',
  'role',
  'location',
  'addresses',
  'linkedinUrl',
  'birthday',
  'photo',
  'notes',
  'tags',
  'connectedOn',
  'createdAt',
  'updatedAt',
  'archived',
  'source',
]);

const str = (v: unknown): string | null => (typeof v === 'string' ? v : null);
const strings = (v: unknown): string[] => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : []);

/** Lines where each top-level element of a JSON array starts (1-based). */
function elementLines(text: string): number[] {
  const lines: number[] = [];
  let depth = 0;
  let line = 1;
  let inString = false;
  let expectValue = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === '\n') line++;
    if (inString) {
      if (ch === '\\') i++;
      else if (ch === '"') inString = false;
      continue;
    }
    if (ch === ' ' || ch === '\t' || ch === '\r' || ch === '\n') continue;
    if (depth === 1 && expectValue) {
      lines.push(line);
      expectValue = false;
    }
    if (ch === '"') inString = true;
    else if (ch === '[' || ch === '{') {
      depth++;
      if (depth === 1 && ch === '[') expectValue = true;
    } else if (ch === ']' || ch === '}') depth--;
    else if (ch === ',' && depth === 1) expectValue = true;
  }
  return lines;
}

/**
 * Parses a JSON array of contacts (or `{ "contacts": [...] }`). Invalid JSON is one error problem
 * naming the position; fields of the wrong type are skipped with a warning.
 */
export function parseJsonContacts(bytes: Uint8Array, encodingHint?: string): ParseResult {
  const { text, encoding } = decodeText(bytes, encodingHint);
  const result: ParseResult = { format: 'json', encoding, contacts: [], problems: [], dropped: [] };
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    result.problems.push({
      record: null,
      line: null,
      severity: 'error',
      code: 'bad-json',
      ...importProblemText('notJson', { reason: message }),
    });
    return result;
  }
  const list = Array.isArray(data)
    ? data
    : Array.isArray((data as { contacts?: unknown } | null)?.contacts)
      ? (data as { contacts: unknown[] }).contacts
      : null;
  if (!list) {
    result.problems.push({
      record: null,
      line: 1,
      severity: 'error',
      code: 'bad-json',
      ...importProblemText('jsonShape'),
    });
    return result;
  }
  const lines = Array.isArray(data) ? elementLines(text) : [];
  const dropped = new Set<string>();
  list.forEach((item, i) => {
    const where = { record: i + 1, line: lines[i] ?? 1 };
    if (typeof item !== 'object' || item === null || Array.isArray(item)) {
      result.problems.push({
        ...where,
        severity: 'error',
        code: 'bad-record',
        ...importProblemText('jsonNotObject', { n: i + 1 }),
      });
      return;
    }
    const o = item as Record<string, unknown>;
    for (const k of Object.keys(o)) if (!known.has(k)) dropped.add(k);
    const d = newDraft();
    d.fullName = str(o.name);
    d.givenName = str(o.givenName);
    d.familyName = str(o.familyName);
    d.emails = strings(o.emails);
    d.phones = strings(o.phones);
    d.company = str(o.company);
    d.role = str(o.role);
    d.location = str(o.location);
    d.addresses = strings(o.addresses);
    d.tags = strings(o.tags).map((t) => t.toLowerCase());
    d.photo = str(o.photo);
    const notes = str(o.notes);
    if (notes) d.notes.push(notes);
    const li = str(o.linkedinUrl);
    if (li) {
      d.linkedinUrl = normalizeLinkedinUrl(li);
      if (!d.linkedinUrl) warn(d, where, 'bad-url', 'jsonBadUrl', { n: i + 1, value: li });
    }
    const b = str(o.birthday);
    if (b) {
      d.birthday = parseBirthday(b);
      if (!d.birthday) warn(d, where, 'bad-date', 'jsonBadDate', { n: i + 1, value: b });
    }
    d.connectedOn = clean(str(o.connectedOn));
    const { contact, problems } = finishDraft(d, { format: 'json', ...where });
    contact.notes = notes;
    result.contacts.push(contact);
    result.problems.push(...problems);
  });
  result.dropped = [...dropped];
  return result;
}
