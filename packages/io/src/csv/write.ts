/**
 * Writes contacts as CSV for spreadsheets: UTF-8 with BOM (so Excel reads accents), CRLF, every
 * cell quoted, and formula injection neutralised (cells starting with = + - @ TAB CR get a leading ').
 */
import type { ExportableContact } from '../types.js';

const header = [
  'Name',
  'Given Name',
  'Family Name',
  'E-mails',
  'Phones',
  'Company',
  'Role',
  'Location',
  'Addresses',
  'LinkedIn URL',
  'Birthday',
  'Tags',
  'Notes',
  'Photo URL',
];

/** Neutralises a cell a spreadsheet would run as a formula, and quotes it. */
export function csvCell(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return `"${safe.replace(/"/g, '""')}"`;
}

/**
 * Writes contacts as CSV. Multi-valued fields (e-mails, phones, addresses, tags) are joined with
 * "; ". Photos are written only when they are http(s) URLs (data: URIs do not fit in a cell).
 */
export function writeContactsCsv(contacts: ExportableContact[]): string {
  const rows = [header.map(csvCell).join(',')];
  for (const c of contacts) {
    const cells = [
      c.name,
      c.givenName ?? '',
      c.familyName ?? '',
      c.emails.join('; '),
      c.phones.join('; '),
      c.company ?? '',
      c.role ?? '',
      c.location ?? '',
      (c.addresses ?? []).join('; '),
      c.linkedinUrl ?? '',
      c.birthday ?? '',
      c.tags.join('; '),
      c.notes ?? '',
      c.photo && /^https?:\/\//i.test(c.photo) ? c.photo : '',
    ];
    rows.push(cells.map(csvCell).join(','));
  }
  return '\uFEFF' + rows.join('\r\n') + '\r\n';
}
