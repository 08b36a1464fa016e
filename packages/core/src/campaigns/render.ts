/**
 * Template rendering, pure: `{{field}}` is replaced by the recipient's value; a field with no value
 * stays in the text exactly as `{{field}}`, so the reviewer's `unfilled-placeholder` rule flags it.
 */
import type { Contact } from '../contacts/types.js';
import { templateFields, type TemplateField } from './types.js';

const fieldPattern = /\{\{\s*([\p{L}\p{N}_.-]*)\s*\}\}/gu;

export type TemplateValues = Partial<Record<TemplateField, string | null>>;

/** True for a field name templates may use (`firstName`, `company`...). */
export function isTemplateField(name: string): name is TemplateField {
  return (templateFields as readonly string[]).includes(name);
}

/** The `{{...}}` names a text uses that are not template fields, in order of first use. */
export function unknownFields(text: string): string[] {
  const unknown = [...text.matchAll(fieldPattern)].map((m) => m[1] ?? '').filter((f) => !isTemplateField(f));
  return [...new Set(unknown)];
}

/** The template fields a text uses, in order of first use. */
export function usedFields(text: string): TemplateField[] {
  const used = [...text.matchAll(fieldPattern)].map((m) => m[1] ?? '').filter(isTemplateField);
  return [...new Set(used)];
}

/** Splits a display name into first and last name when the contact has no given/family names. */
function splitName(contact: Pick<Contact, 'name' | 'givenName' | 'familyName'>): {
  first: string;
  last: string | null;
} {
  const words = contact.name.trim().split(/\s+/u);
  const first = contact.givenName ?? words[0] ?? contact.name;
  const last = contact.familyName ?? (words.length > 1 ? words.slice(1).join(' ') : null);
  return { first, last };
}

/** The values of every field for one contact and their personal paragraph. */
export function fieldValues(
  contact: Pick<Contact, 'name' | 'givenName' | 'familyName' | 'company' | 'role' | 'sector' | 'location'>,
  personal: string | null,
): TemplateValues {
  const { first, last } = splitName(contact);
  return {
    firstName: first,
    lastName: last,
    name: contact.name,
    company: contact.company,
    role: contact.role,
    sector: contact.sector,
    location: contact.location,
    personal,
  };
}

/**
 * Fills the fields of `text`. A field without a value (null, empty or blank) is left as `{{field}}`;
 * unknown names are left untouched.
 * @example renderTemplate('Hola {{firstName}}, ¿qué tal en {{company}}?', { firstName: 'Zoë' })
 * // → 'Hola Zoë, ¿qué tal en {{company}}?'
 */
export function renderTemplate(text: string, values: TemplateValues): string {
  return text.replace(fieldPattern, (whole, name: string) => {
    if (!isTemplateField(name)) return whole;
    const value = values[name];
    return value === null || value === undefined || value.trim() === '' ? `{{${name}}}` : value.trim();
  });
}

/** A subject line is one line: line breaks a field brought in become spaces. */
export function renderSubject(text: string, values: TemplateValues): string {
  return renderTemplate(text, values)
    .replace(/\s*[\r\n]+\s*/gu, ' ')
    .trim();
}
