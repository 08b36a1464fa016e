// API tests for the calendar: the .ics download parsed by a real iCalendar parser (ical.js), and
// the secret feed URL: created once, rotated, revoked (404 after), in the account's language.
import { describe, expect, it } from 'vitest';
import ICAL from 'ical.js';
import { backends, type Api } from '../testing/harness.js';
import { createContact, expectError, logInteraction } from '../testing/factories.js';

const TRICKY = "Zoë O'Connor, Jr.; 東京";

interface ParsedEvent {
  uid: string;
  summary: string;
  description: string;
  start: string;
  isDate: boolean;
  dtstamp: string;
  categories: string[];
}

/** Parses an iCalendar text with ical.js and returns its events. */
function parseEvents(text: string): { name: unknown; events: ParsedEvent[] } {
  const calendar = new ICAL.Component(ICAL.parse(text) as unknown[]);
  expect(calendar.name).toBe('vcalendar');
  expect(calendar.getFirstPropertyValue('version')).toBe('2.0');
  const events = calendar.getAllSubcomponents('vevent').map((vevent) => {
    const event = new ICAL.Event(vevent);
    return {
      uid: event.uid,
      summary: event.summary,
      description: event.description,
      start: event.startDate.toString(),
      isDate: event.startDate.isDate,
      dtstamp: String(vevent.getFirstPropertyValue('dtstamp')),
      categories: vevent.getAllProperties('categories').flatMap((p) => p.getValues().map(String)),
    };
  });
  return { name: calendar.getFirstPropertyValue('x-wr-calname'), events };
}

/** Every physical line is at most 75 octets and ends in CRLF (RFC 5545 §3.1). */
function expectFolded(text: string): void {
  expect(text.endsWith('\r\n')).toBe(true);
  for (const line of text.slice(0, -2).split('\r\n')) {
    expect(Buffer.byteLength(line, 'utf8'), line).toBeLessThanOrEqual(75);
    expect(line).not.toMatch(/[\r\n]/);
  }
}

const daysFromNow = (days: number) =>
  new Date(Date.parse('2026-06-01T09:00:00.000Z') + days * 86_400_000).toISOString();

/** Ana (inner, never contacted: due in 14 days), Bo (key, last talked 60 days ago: overdue), Cy (a follow-up in 3 days). */
async function seed(a: Api) {
  const ana = await createContact(a, { name: TRICKY, tier: 'inner', notes: 'x'.repeat(300) });
  const bo = await createContact(a, { name: 'Bo Lindqvist', tier: 'key', tags: ['jazz'] });
  await logInteraction(a, { contactIds: [bo.id], kind: 'call', occurredAt: daysFromNow(-60) });
  const cy = await createContact(a, { name: 'Cy Amaral', tier: 'wide', company: 'Natura' });
  await logInteraction(a, { contactIds: [cy.id], kind: 'coffee', followUpAt: daysFromNow(3) });
  const gone = await createContact(a, { name: 'Archived Person', tier: 'inner' });
  await a.request('POST', `/api/v1/contacts/${gone.id}/archive`);
  await createContact(a, { name: 'Far Away', tier: 'wide' }); // due in 180 days: outside 4 weeks
  return { ana, bo, cy };
}

describe.each(backends())('calendar API on $name', (backend) => {
  const api = backend.setup();

  it('downloads due check-ins and follow-ups as RFC 5545 all-day events that a parser reads back exactly', async () => {
    const a = await api();
    const { ana, bo, cy } = await seed(a);
    const res = await a.request('GET', '/api/v1/calendar/export?weeks=4&lang=en');
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe('text/calendar; charset=utf-8');
    expect(res.headers['content-disposition']).toBe('attachment; filename="nexo-calendar-2026-06-01.ics"');
    expectFolded(res.text);
    expect(res.text).toContain('DTSTART;VALUE=DATE:');

    const { name, events } = parseEvents(res.text);
    expect(name).toBe('nexo: check-ins and follow-ups');
    expect(events.map((e) => [e.start, e.uid, e.summary])).toEqual([
      ['2026-06-01', `check-in-${bo.id}@nexo`, 'Check in with Bo Lindqvist'],
      ['2026-06-04', `follow-up-${cy.id}@nexo`, 'Follow up with Cy Amaral'],
      ['2026-06-15', `check-in-${ana.id}@nexo`, `Check in with ${TRICKY}`],
    ]);
    for (const e of events) {
      expect(e.isDate).toBe(true);
      expect(e.dtstamp).toBe('2026-06-01T09:00:00Z');
      expect(e.description.split('\n\n')).toHaveLength(2);
    }
    const [overdue, followUp, first] = events;
    expect(overdue?.description).toContain('It has been 60 days since you were last in touch');
    expect(overdue?.description).toContain('jazz');
    expect(overdue?.categories).toEqual(['Check-in']);
    expect(followUp?.description).toContain('You planned to follow up today.');
    expect(followUp?.description).toContain('Natura');
    expect(followUp?.categories).toEqual(['Follow-up']);
    // On its day the coach speaks as of that day: 14 days after she was added.
    expect(first?.description).toContain('You added this contact 14 days ago');
    expect(first?.description).toContain(TRICKY);
    expect(new Set(events.map((e) => e.uid)).size).toBe(events.length);

    // Stable UIDs: a later download describes the same events with the same UIDs.
    a.clock.advanceDays(1);
    const later = parseEvents((await a.request('GET', '/api/v1/calendar/export')).text).events;
    expect(later.map((e) => e.uid)).toEqual(events.map((e) => e.uid));
    expect(later[0]?.start).toBe('2026-06-02');
  });

  it('speaks the language asked for, and refuses a window outside 1..52 weeks', async () => {
    const a = await api();
    await seed(a);
    const es = parseEvents((await a.request('GET', '/api/v1/calendar/export?lang=es')).text);
    expect(es.name).toBe('nexo: contactos y seguimientos');
    expect(es.events.map((e) => e.summary)).toContain('Hacer seguimiento con Cy Amaral');
    expectError(await a.request('GET', '/api/v1/calendar/export?weeks=0'), 400, 'validation_failed');
    expectError(await a.request('GET', '/api/v1/calendar/export?weeks=53'), 400, 'validation_failed');
  });

  it('creates a secret feed URL once, serves it without login in the account language, rotates and revokes it', async () => {
    const a = await api();
    await seed(a);
    expect((await a.request('GET', '/api/v1/calendar-feed')).body).toEqual({ active: false, createdAt: null });
    expect((await a.request('PATCH', '/api/v1/settings', { locale: 'pt' })).status).toBe(200);

    const created = await a.request('POST', '/api/v1/calendar-feed');
    expect(created.status).toBe(201);
    const feed = created.body as { token: string; path: string; url: string; webcalUrl: string; createdAt: string };
    expect(feed.path).toBe(`/api/calendar/${feed.token}.ics`);
    // inject() reaches the server as localhost:80; a browser's Host header is used the same way.
    expect(feed.url).toBe(`http://localhost:80${feed.path}`);
    expect(feed.webcalUrl.startsWith('webcal://')).toBe(true);
    expect(feed.token.length).toBeGreaterThan(43);
    expect((await a.request('GET', '/api/v1/calendar-feed')).body).toEqual({
      active: true,
      createdAt: '2026-06-01T09:00:00.000Z',
    });

    const served = await a.request('GET', feed.path, undefined, { 'accept-language': 'it' });
    expect(served.status).toBe(200);
    expect(served.headers['content-type']).toBe('text/calendar; charset=utf-8');
    const parsed = parseEvents(served.text);
    expect(parsed.name).toBe('nexo: contatos e retomadas');
    expect(parsed.events).toHaveLength(3);

    const rotated = (await a.request('POST', '/api/v1/calendar-feed')).body as { path: string };
    expect(rotated.path).not.toBe(feed.path);
    expectError(await a.request('GET', feed.path), 404, 'not_found');
    expect((await a.request('GET', rotated.path)).status).toBe(200);

    expect((await a.request('DELETE', '/api/v1/calendar-feed')).status).toBe(204);
    expectError(await a.request('GET', rotated.path), 404, 'not_found');
    expectError(await a.request('DELETE', '/api/v1/calendar-feed'), 404, 'not_found');
    expect((await a.request('GET', '/api/v1/calendar-feed')).body).toEqual({ active: false, createdAt: null });
  });

  it('answers 404 to guessed, tampered or malformed feed addresses', async () => {
    const a = await api();
    const { path } = (await a.request('POST', '/api/v1/calendar-feed')).body as { path: string };
    const token = path.slice('/api/calendar/'.length, -'.ics'.length);
    const tampered = `${token.slice(0, -1)}${token.endsWith('A') ? 'B' : 'A'}`;
    for (const url of [
      `/api/calendar/${tampered}.ics`,
      `/api/calendar/${token}`,
      '/api/calendar/nothing.ics',
      // The right secret under another account's name.
      `/api/calendar/6f-74-68-65-72.${token.split('.')[1] ?? ''}.ics`,
    ]) {
      expectError(await a.request('GET', url), 404, 'not_found');
    }
    expect((await a.request('GET', path)).status).toBe(200);
  });
});
