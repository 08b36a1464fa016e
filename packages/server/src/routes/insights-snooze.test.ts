// API tests for snoozing from Today, the agenda's secondary reasons, the health sort and the insights.
import { describe, expect, it } from 'vitest';
import { backends } from '../testing/harness.js';
import { createContact, expectError, issueFields, logInteraction } from '../testing/factories.js';
import { agendaSchema, metricsSchema } from '../schemas/coach.js';
import { contactPageSchema, contactSchema } from '../schemas/contacts.js';
import type { Api } from '../testing/harness.js';

async function agendaIds(a: Api): Promise<string[]> {
  const res = await a.request('GET', '/api/v1/agenda/today');
  expect(res.status, res.text).toBe(200);
  return agendaSchema.parse(res.body).items.map((i) => i.contactId);
}

describe.each(backends())('insights and snooze API on $name', (backend) => {
  const api = backend.setup();

  it('snoozes a contact off Today until the given date, and brings them back after it or when cleared', async () => {
    const a = await api();
    const c = await createContact(a, { name: 'Paula', tier: 'inner' });
    const other = await createContact(a, { name: 'Rui', tier: 'inner' });
    a.clock.advanceDays(20);
    expect((await agendaIds(a)).sort()).toEqual([c.id, other.id].sort());

    const until = new Date(a.clock.now().getTime() + 2 * 86_400_000).toISOString();
    const res = await a.request('POST', `/api/v1/contacts/${c.id}/snooze`, { until });
    expect(res.status, res.text).toBe(200);
    expect(contactSchema.parse(res.body).snoozedUntil).toBe(until);
    expect(await agendaIds(a)).toEqual([other.id]);
    // Any other client (another device) sees the same: it is stored with the contact.
    const details = await a.request('GET', `/api/v1/contacts/${c.id}`);
    expect((details.body as { contact: { snoozedUntil: string } }).contact.snoozedUntil).toBe(until);

    a.clock.advanceDays(2);
    expect((await agendaIds(a)).sort()).toEqual([c.id, other.id].sort());

    await a.request('POST', `/api/v1/contacts/${c.id}/snooze`, { until: '2026-12-31' });
    expect(await agendaIds(a)).toEqual([other.id]);
    const cleared = await a.request('DELETE', `/api/v1/contacts/${c.id}/snooze`);
    expect(cleared.status, cleared.text).toBe(200);
    expect(contactSchema.parse(cleared.body).snoozedUntil).toBeNull();
    expect((await agendaIds(a)).sort()).toEqual([c.id, other.id].sort());
  });

  it('refuses a snooze in the past, a non-date or an unknown contact, naming the field', async () => {
    const a = await api();
    const c = await createContact(a);
    const past = expectError(
      await a.request('POST', `/api/v1/contacts/${c.id}/snooze`, { until: '2020-01-01' }),
      400,
      'validation_failed',
    );
    expect(issueFields(past)).toEqual(['until']);
    const now = expectError(
      await a.request('POST', `/api/v1/contacts/${c.id}/snooze`, { until: a.clock.now().toISOString() }),
      400,
      'validation_failed',
    );
    expect(issueFields(now)).toEqual(['until']);
    const garbage = expectError(
      await a.request('POST', `/api/v1/contacts/${c.id}/snooze`, { until: 'next week' }),
      400,
      'validation_failed',
    );
    expect(issueFields(garbage)).toEqual(['until']);
    expectError(await a.request('POST', '/api/v1/contacts/nobody/snooze', { until: '2030-01-01' }), 404, 'not_found');
    expectError(await a.request('DELETE', '/api/v1/contacts/nobody/snooze'), 404, 'not_found');
  });

  it("renders the agenda's secondary reasons in the requested language", async () => {
    const a = await api();
    const c = await createContact(a, { name: 'Marta', tier: 'inner' });
    await logInteraction(a, { contactIds: [c.id], direction: 'in', value: 'give' });
    a.clock.advanceDays(30); // owed thanks, and overdue for the inner tier
    const res = await a.request('GET', '/api/v1/agenda/today?lang=es');
    const [item] = agendaSchema.parse(res.body).items;
    expect(item?.kind).toBe('thanks-owed');
    expect(item?.also.map((x) => x.kind)).toEqual(['overdue', 'first-give']);
    const en = agendaSchema.parse((await a.request('GET', '/api/v1/agenda/today?lang=en')).body).items[0];
    expect(item?.also[0]?.reason).not.toBe(en?.also[0]?.reason);
    expect(item?.also[0]?.reason.length).toBeGreaterThan(10);
  });

  it('sorts contacts by health, weakest first', async () => {
    const a = await api();
    const strong = await createContact(a, { name: 'Strong', tier: 'network' });
    const never = await createContact(a, { name: 'Never', tier: 'network' });
    const once = await createContact(a, { name: 'Once', tier: 'network' });
    for (const day of [0, 20, 40]) {
      a.clock.advanceDays(day === 0 ? 0 : 20);
      await logInteraction(a, { contactIds: [strong.id], kind: 'coffee', value: 'give' });
    }
    await logInteraction(a, { contactIds: [once.id] });
    const res = await a.request('GET', '/api/v1/contacts?sort=health&limit=2');
    expect(res.status, res.text).toBe(200);
    const page = contactPageSchema.parse(res.body);
    expect(page.items.map((c) => c.id)).toEqual([never.id, once.id]);
    const next = contactPageSchema.parse(
      (await a.request('GET', `/api/v1/contacts?sort=health&limit=2&cursor=${page.nextCursor ?? ''}`)).body,
    );
    expect(next.items.map((c) => c.id)).toEqual([strong.id]);
    expect(next.nextCursor).toBeNull();
  });

  it('answers gives vs asks by month, where contacts come from with a verdict, and cadence per tier', async () => {
    const a = await api();
    for (let i = 0; i < 12; i++) {
      await createContact(a, {
        company: i < 9 ? 'Acme' : `Other ${i}`,
        sector: 'Banking',
        context: 'work',
        tier: 'key',
      });
    }
    const c = await createContact(a, { tier: 'inner' });
    await logInteraction(a, { contactIds: [c.id], value: 'give' });
    await logInteraction(a, { contactIds: [c.id], value: 'ask' });
    const es = await a.request('GET', '/api/v1/metrics?lang=es');
    expect(es.status, es.text).toBe(200);
    const m = metricsSchema.parse(es.body);
    expect(m.exchangesByMonth).toHaveLength(12);
    expect(m.exchangesByMonth.at(-1)).toEqual({ month: '2026-06', gives: 1, asks: 1, thanks: 0 });
    expect(m.sources.company).toMatchObject({
      top: [
        { value: 'Acme', count: 9 },
        { value: 'Other 10', count: 1 },
        { value: 'Other 11', count: 1 },
        { value: 'Other 9', count: 1 },
      ],
      known: 12,
      unknown: 1,
      concentration: 'concentrated',
    });
    expect(m.sources.company.verdict).toContain('Acme');
    expect(m.sources.context.concentration).toBe('concentrated');
    expect(m.cadenceByTier.key).toEqual({ onTrack: 0, dueSoon: 0, overdue: 0, neverContacted: 12 });
    expect(m.cadenceByTier.inner).toEqual({ onTrack: 1, dueSoon: 0, overdue: 0, neverContacted: 0 });
    const en = metricsSchema.parse((await a.request('GET', '/api/v1/metrics?lang=en')).body);
    expect(en.sources.company.verdict).not.toBe(m.sources.company.verdict);
  });
});
