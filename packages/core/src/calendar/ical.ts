/**
 * A small iCalendar writer (RFC 5545) for all-day events: TEXT escaping, CRLF line ends and lines
 * folded at 75 octets without splitting a UTF-8 character. Pure; no I/O.
 */

/** One all-day event. `date` is a calendar day, `YYYY-MM-DD`. */
export interface CalendarEvent {
  /** Globally unique and stable across refreshes, so calendar apps update instead of duplicating. */
  uid: string;
  date: string;
  summary: string;
  description: string;
  categories?: string[];
}

export interface CalendarDocument {
  /** Shown by calendar apps as the calendar's name (X-WR-CALNAME). */
  name: string;
  description: string;
  /** When the document was generated: every event's DTSTAMP. */
  stamp: Date;
  /** How often subscribers should refresh, in hours. */
  refreshHours: number;
  events: readonly CalendarEvent[];
}

export const ICALENDAR_PRODID = '-//nexo//nexo networking coach//EN';

/** A control character TEXT cannot hold (RFC 5545 allows only HTAB; line breaks are escaped first). */
function isControl(ch: string): boolean {
  const c = ch.codePointAt(0) ?? 0;
  return (c < 0x20 && c !== 0x09) || c === 0x7f;
}

/**
 * Escapes a TEXT value (RFC 5545 §3.3.11): backslash, semicolon, comma and line breaks; other
 * control characters, which the format does not allow, are dropped.
 */
export function escapeText(value: string): string {
  const escaped = value
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n');
  return [...escaped].filter((ch) => !isControl(ch)).join('');
}

/** Octets of one code point in UTF-8. */
function utf8Length(codePoint: number): number {
  return codePoint < 0x80 ? 1 : codePoint < 0x800 ? 2 : codePoint < 0x10000 ? 3 : 4;
}

/**
 * Folds a content line so no physical line exceeds 75 octets (RFC 5545 §3.1): continuation lines
 * start with one space, and a multi-byte character is never split.
 */
export function foldLine(line: string): string {
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  let limit = 75;
  for (const ch of line) {
    const n = utf8Length(ch.codePointAt(0) ?? 0);
    if (octets + n > limit) {
      parts.push(current);
      current = '';
      octets = 0;
      limit = 74; // the leading space of a continuation line counts
    }
    current += ch;
    octets += n;
  }
  parts.push(current);
  return parts.join('\r\n ');
}

const pad = (n: number) => String(n).padStart(2, '0');

/** `20260601T090000Z`: a DATE-TIME in UTC. */
export function formatDateTime(at: Date): string {
  return (
    `${at.getUTCFullYear()}${pad(at.getUTCMonth() + 1)}${pad(at.getUTCDate())}` +
    `T${pad(at.getUTCHours())}${pad(at.getUTCMinutes())}${pad(at.getUTCSeconds())}Z`
  );
}

/** `20260601`: a DATE from `YYYY-MM-DD`, `days` later. */
function formatDate(day: string, days = 0): string {
  const d = new Date(Date.parse(`${day}T00:00:00Z`) + days * 86_400_000);
  return `${d.getUTCFullYear()}${pad(d.getUTCMonth() + 1)}${pad(d.getUTCDate())}`;
}

function eventLines(e: CalendarEvent, stamp: string): string[] {
  const lines = [
    'BEGIN:VEVENT',
    `UID:${escapeText(e.uid)}`,
    `DTSTAMP:${stamp}`,
    `DTSTART;VALUE=DATE:${formatDate(e.date)}`,
    `DTEND;VALUE=DATE:${formatDate(e.date, 1)}`,
    `SUMMARY:${escapeText(e.summary)}`,
    `DESCRIPTION:${escapeText(e.description)}`,
    // A reminder to write to someone does not make the user busy.
    'TRANSP:TRANSPARENT',
  ];
  if (e.categories && e.categories.length > 0) lines.push(`CATEGORIES:${e.categories.map(escapeText).join(',')}`);
  lines.push('END:VEVENT');
  return lines;
}

/**
 * Writes a VCALENDAR with one all-day VEVENT per event, CRLF line ends, folded lines.
 * @example writeICalendar({ name: 'nexo', description: '', stamp: new Date(), refreshHours: 6, events: [] })
 */
export function writeICalendar(doc: CalendarDocument): string {
  const stamp = formatDateTime(doc.stamp);
  const refresh = `PT${Math.max(1, Math.round(doc.refreshHours))}H`;
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    `PRODID:${ICALENDAR_PRODID}`,
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${escapeText(doc.name)}`,
    `X-WR-CALDESC:${escapeText(doc.description)}`,
    `NAME:${escapeText(doc.name)}`,
    `DESCRIPTION:${escapeText(doc.description)}`,
    `REFRESH-INTERVAL;VALUE=DURATION:${refresh}`,
    `X-PUBLISHED-TTL:${refresh}`,
    ...doc.events.flatMap((e) => eventLines(e, stamp)),
    'END:VCALENDAR',
  ];
  return lines.map(foldLine).join('\r\n') + '\r\n';
}
