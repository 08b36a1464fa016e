// The iCalendar writer: escaping and folding round-trip through a real parser (ical.js), for any text.
import fc from 'fast-check';
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { escapeText, foldLine, writeICalendar, type CalendarEvent } from './ical.js';

const stamp = new Date('2026-06-01T09:00:00.000Z');

function roundTrip(events: CalendarEvent[], name = 'nexo') {
  const text = writeICalendar({ name, description: 'd', stamp, refreshHours: 6, events });
  const calendar = new ICAL.Component(ICAL.parse(text) as unknown[]);
  return {
    text,
    name: calendar.getFirstPropertyValue('x-wr-calname'),
    events: calendar.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v)),
  };
}

const octets = (s: string) =>
  [...s].reduce(
    (n, ch) => n + ((c) => (c < 0x80 ? 1 : c < 0x800 ? 2 : c < 0x10000 ? 3 : 4))(ch.codePointAt(0) ?? 0),
    0,
  );

describe('iCalendar writer', () => {
  it('escapes backslash, semicolon, comma and line breaks', () => {
    expect(escapeText('a\\b;c,d\ne\r\nf')).toBe('a\\\\b\\;c\\,d\\ne\\nf');
  });

  it('folds at 75 octets without splitting a multi-byte character', () => {
    const line = `SUMMARY:${'東京'.repeat(40)}`;
    const folded = foldLine(line);
    const parts = folded.split('\r\n');
    expect(parts.length).toBeGreaterThan(1);
    for (const part of parts) expect(octets(part)).toBeLessThanOrEqual(75);
    expect(parts.slice(1).every((p) => p.startsWith(' '))).toBe(true);
    expect(parts.map((p, i) => (i === 0 ? p : p.slice(1))).join('')).toBe(line);
    expect(foldLine('SHORT:line')).toBe('SHORT:line');
  });

  it("round-trips names like Zoë O'Connor, Jr.; 東京 with all-day dates, UIDs and DTSTAMP", () => {
    const { text, name, events } = roundTrip(
      [
        {
          uid: 'check-in-a@nexo',
          date: '2026-12-31',
          summary: "Check in with Zoë O'Connor, Jr.; 東京",
          description: 'Why.\n\nWhat: 🎷, jazz; news\\views',
        },
      ],
      'nexo: check-ins',
    );
    expect(text).toMatch(/^BEGIN:VCALENDAR\r\nVERSION:2\.0\r\nPRODID:/);
    expect(name).toBe('nexo: check-ins');
    const [event] = events;
    expect(event?.uid).toBe('check-in-a@nexo');
    expect(event?.summary).toBe("Check in with Zoë O'Connor, Jr.; 東京");
    expect(event?.description).toBe('Why.\n\nWhat: 🎷, jazz; news\\views');
    expect(event?.startDate.isDate).toBe(true);
    expect(event?.startDate.toString()).toBe('2026-12-31');
    expect(event?.endDate.toString()).toBe('2027-01-01');
    expect(event?.component.getFirstPropertyValue('dtstamp')?.toString()).toBe('2026-06-01T09:00:00Z');
  });

  it('round-trips any text through a real parser, every physical line at most 75 octets', () => {
    const textArb = fc.string({ unit: 'grapheme', minLength: 1, maxLength: 200 }).map((s) => s.replace(/\r\n?/g, '\n'));
    // What a parser can give back: TEXT holds no control characters but tab and (escaped) line breaks.
    const readable = (s: string) =>
      [...s]
        .filter((ch) => ((c) => c === 0x09 || c === 0x0a || (c >= 0x20 && c !== 0x7f))(ch.codePointAt(0) ?? 0))
        .join('');
    fc.assert(
      fc.property(textArb, textArb, (summary, description) => {
        const { text, events } = roundTrip([{ uid: 'u@nexo', date: '2026-06-01', summary, description }]);
        for (const line of text.slice(0, -2).split('\r\n')) expect(octets(line)).toBeLessThanOrEqual(75);
        expect(events[0]?.summary).toBe(readable(summary));
        expect(events[0]?.description).toBe(readable(description));
      }),
      { numRuns: 200 },
    );
  });
});
