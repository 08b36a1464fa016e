/**
 * Writes contacts as vCard 4.0 (RFC 6350) or 3.0 (RFC 2426): UTF-8, CRLF, text escaped, lines
 * folded at 75 octets on character boundaries. Everything nexo stores survives a re-import.
 */
import { dataUriBytes } from '../photo.js';
import type { ExportableContact } from '../types.js';

const encoder = new TextEncoder();

/** Escapes a text value: backslash, comma, semicolon and newlines. */
function esc(v: string): string {
  return v
    .replace(/\\/g, '\\\\')
    .replace(/,/g, '\\,')
    .replace(/;/g, '\\;')
    .replace(/\r\n|\r|\n/g, '\\n');
}

/** Folds a content line at 75 octets without splitting a UTF-8 character. */
export function foldLine(line: string): string {
  if (encoder.encode(line).length <= 75) return line;
  const out: string[] = [];
  let cur = '';
  let curBytes = 0;
  let limit = 75;
  for (const ch of line) {
    const n = encoder.encode(ch).length;
    if (curBytes + n > limit) {
      out.push(cur);
      cur = '';
      curBytes = 0;
      limit = 74; // continuation lines start with a space
    }
    cur += ch;
    curBytes += n;
  }
  out.push(cur);
  return out.join('\r\n ');
}

function birthdayLine(b: string, version: '4.0' | '3.0'): string {
  const yearless = /^--(\d{2})-(\d{2})$/.exec(b);
  if (yearless) {
    // vCard 3.0 has no year-less date; Apple's convention is year 1604 with X-APPLE-OMIT-YEAR.
    return version === '4.0'
      ? `BDAY:--${yearless[1]}${yearless[2]}`
      : `BDAY;X-APPLE-OMIT-YEAR=1604:1604-${yearless[1]}-${yearless[2]}`;
  }
  return version === '4.0' ? `BDAY:${b.replace(/-/g, '')}` : `BDAY:${b}`;
}

function photoLine(photo: string, version: '4.0' | '3.0'): string | null {
  if (/^https?:\/\//i.test(photo)) return version === '4.0' ? `PHOTO:${photo}` : `PHOTO;VALUE=uri:${photo}`;
  const data = dataUriBytes(photo);
  if (!data) return null;
  if (version === '4.0') return `PHOTO:data:${data.type};base64,${Buffer.from(data.bytes).toString('base64')}`;
  const subtype = (data.type.split('/')[1] ?? 'jpeg').toUpperCase();
  return `PHOTO;ENCODING=b;TYPE=${subtype}:${Buffer.from(data.bytes).toString('base64')}`;
}

/** The content lines of one card. */
function cardLines(c: ExportableContact, version: '4.0' | '3.0'): string[] {
  const lines = ['BEGIN:VCARD', `VERSION:${version}`, `FN:${esc(c.name)}`];
  lines.push(`N:${esc(c.familyName ?? '')};${esc(c.givenName ?? '')};;;`);
  if (c.company) lines.push(`ORG:${esc(c.company)}`);
  if (c.role) lines.push(`TITLE:${esc(c.role)}`);
  for (const e of c.emails) lines.push(`EMAIL${version === '3.0' ? ';TYPE=INTERNET' : ''}:${esc(e)}`);
  for (const p of c.phones) lines.push(`TEL${version === '4.0' ? ';VALUE=text' : ''}:${esc(p)}`);
  if (c.location && !(c.addresses ?? []).includes(c.location)) {
    // The location travels as the preferred address with only its locality filled in.
    lines.push(`ADR;${version === '4.0' ? 'PREF=1' : 'TYPE=pref'}:;;;${esc(c.location)};;;`);
  }
  for (const a of c.addresses ?? []) lines.push(`ADR:;;${esc(a)};;;;`);
  if (c.linkedinUrl) lines.push(`URL;TYPE=linkedin:${c.linkedinUrl}`);
  if (c.birthday) lines.push(birthdayLine(c.birthday, version));
  if (c.photo) {
    const photo = photoLine(c.photo, version);
    if (photo) lines.push(photo);
  }
  if (c.notes) lines.push(`NOTE:${esc(c.notes)}`);
  if (c.tags.length > 0) lines.push(`CATEGORIES:${c.tags.map(esc).join(',')}`);
  lines.push('END:VCARD');
  return lines;
}

/**
 * Writes contacts as one vCard file (4.0 by default, 3.0 for old clients).
 * @example writeVCard([contact], '4.0') // "BEGIN:VCARD\r\nVERSION:4.0\r\nFN:Ana Silva\r\n..."
 */
export function writeVCard(contacts: ExportableContact[], version: '4.0' | '3.0' = '4.0'): string {
  return contacts.map((c) => cardLines(c, version).map(foldLine).join('\r\n') + '\r\n').join('');
}
