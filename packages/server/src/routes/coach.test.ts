// API tests for the coach's views (agenda, metrics, ask readiness), settings, and the language of answers.
import { describe, expect, it } from 'vitest';
import { backends } from '../testing/harness.js';
import { createContact, expectError, issueFields, logInteraction } from '../testing/factories.js';
import { agendaSchema, metricsSchema, settingsSchema } from '../schemas/coach.js';
import { contactDetailsSchema, warningsSchema } from '../schemas/contacts.js';
import type { Api } from '../testing/harness.js';

async function agenda(a: Api, query: string, headers: Record<string, string> = {}) {
  const res = await a.request('GET', `/api/v1/agenda/today${query}`, undefined, headers);
  expect(res.status, res.text).toBe(200);
  return agendaSchema.parse(res.body).items;
}

describe.each(backends())('coach API on $name', (backend) => {
  const api = backend.setup();

  it('lists who is due today with a reason and a suggestion, in the requested language', async () => {
    const a = await api();
    const c = await createContact(a, { name: 'Paula', tier: 'inner' });
    await logInteraction(a, { contactIds: [c.id], kind: 'coffee', value: 'give', giveKind: 'article' });
    a.clock.advanceDays(30); // two weeks past the inner tier's cadence

    const en = await agenda(a, '?lang=en');
    const es = await agenda(a, '?lang=es');
    expect(en.map((i) => [i.contactId, i.kind])).toEqual([[c.id, 'overdue']]);
    expect(es.map((i) => i.contactId)).toEqual([c.id]);
    expect(en[0]?.daysOverdue).toBe(16);
    expect(es[0]?.reason).not.toBe(en[0]?.reason);
    expect(es[0]?.suggestion).not.toBe(en[0]?.suggestion);
    expect(es[0]?.reason).not.toMatch(/^[a-z]+\.[a-zA-Z.]+$/); // a text, not a catalogue key
  });

  it('caps the agenda with limit and rejects a bad limit', async () => {
    const a = await api();
    for (let i = 0; i < 3; i++) await createContact(a, { tier: 'inner' });
    a.clock.advanceDays(40);
    expect(await agenda(a, '?limit=2')).toHaveLength(2);
    expect(
      issueFields(expectError(await a.request('GET', '/api/v1/agenda/today?limit=0'), 400, 'validation_failed')),
    ).toEqual(['limit']);
    expect(
      issueFields(expectError(await a.request('GET', '/api/v1/agenda/today?lang=fr'), 400, 'validation_failed')),
    ).toEqual(['lang']);
  });

  it('picks the language from lang, then Accept-Language, then the account setting', async () => {
    const a = await api();
    await createContact(a, { tier: 'inner' });
    a.clock.advanceDays(30);
    const reason = async (query: string, headers: Record<string, string> = {}) =>
      (await agenda(a, query, headers))[0]?.reason;

    const en = await reason('?lang=en');
    const es = await reason('?lang=es');
    const pt = await reason('?lang=pt');
    const it = await reason('?lang=it');
    expect(new Set([en, es, pt, it]).size).toBe(4);

    expect(await reason('', { 'accept-language': 'pt-BR,pt;q=0.9,en;q=0.5' })).toBe(pt);
    expect(await reason('?lang=it', { 'accept-language': 'pt-BR' })).toBe(it);
    expect(await reason('')).toBe(en); // account default

    const saved = await a.request('PATCH', '/api/v1/settings', { locale: 'es' });
    expect(settingsSchema.parse(saved.body).locale).toBe('es');
    expect(await reason('')).toBe(es);
    expect(await reason('', { 'accept-language': 'de-DE,de;q=0.9' })).toBe(es); // nothing supported: the setting
    expect(await reason('', { 'accept-language': 'it' })).toBe(it);
  });

  it('answers the metrics with insights in the requested language', async () => {
    const a = await api();
    const c = await createContact(a, { tier: 'key' });
    await createContact(a, { circle: 'personal' });
    await logInteraction(a, { contactIds: [c.id], kind: 'call', value: 'give', giveKind: 'news' });

    const en = metricsSchema.parse((await a.request('GET', '/api/v1/metrics?lang=en')).body);
    const es = metricsSchema.parse((await a.request('GET', '/api/v1/metrics?lang=es')).body);
    expect(en).toMatchObject({ totalContacts: 2, activeRelationships: 1, gives: 1, asks: 0 });
    expect(en.tiers.key).toMatchObject({ size: 1, target: 15 });
    expect(en.byCircle.personal).toBe(1);
    expect(en.insights.length).toBeGreaterThan(0);
    expect(es.insights).toHaveLength(en.insights.length);
    expect(es.insights).not.toEqual(en.insights);
  });

  it("shows the relationship's reasons in the requested language", async () => {
    const a = await api();
    const c = await createContact(a);
    const en = contactDetailsSchema.parse((await a.request('GET', `/api/v1/contacts/${c.id}?lang=en`)).body);
    const es = contactDetailsSchema.parse((await a.request('GET', `/api/v1/contacts/${c.id}?lang=es`)).body);
    expect(es.relationship.stage.reason).not.toBe(en.relationship.stage.reason);
    expect(es.relationship.health.score).toBe(en.relationship.health.score);
  });

  it('warns before an early ask without saving anything', async () => {
    const a = await api();
    const c = await createContact(a, { name: 'Iker' });
    const res = await a.request('POST', `/api/v1/contacts/${c.id}/ask-readiness?lang=es`, { askKind: 'job' });
    expect(res.status).toBe(200);
    const { warnings } = warningsSchema.parse(res.body);
    expect(warnings.map((w) => w.code)).toEqual(['early-ask']);
    expect(warnings[0]?.message).not.toBe('');

    const general = warningsSchema.parse((await a.request('POST', `/api/v1/contacts/${c.id}/ask-readiness`, {})).body);
    expect(general.warnings.map((w) => w.code)).toEqual(['early-ask']);
    const details = contactDetailsSchema.parse((await a.request('GET', `/api/v1/contacts/${c.id}`)).body);
    expect(details.recentInteractions).toEqual([]);

    const bad = await a.request('POST', `/api/v1/contacts/${c.id}/ask-readiness`, { askKind: 'kidney' });
    expect(issueFields(expectError(bad, 400, 'validation_failed'))).toEqual(['askKind']);
  });

  it('reads and changes settings; a partial change keeps the rest', async () => {
    const a = await api();
    const before = settingsSchema.parse((await a.request('GET', '/api/v1/settings')).body);
    expect(before.locale).toBe('en');
    const res = await a.request('PATCH', '/api/v1/settings', { cadenceDays: { key: 21 }, tierTargets: { inner: 8 } });
    expect(res.status).toBe(200);
    const after = settingsSchema.parse(res.body);
    expect(after.cadenceDays).toEqual({ ...before.cadenceDays, key: 21 });
    expect(after.tierTargets).toEqual({ ...before.tierTargets, inner: 8 });
    expect(settingsSchema.parse((await a.request('GET', '/api/v1/settings')).body)).toEqual(after);

    const bad = await a.request('PATCH', '/api/v1/settings', { cadenceDays: { key: 0 }, locale: 'fr' });
    expect(issueFields(expectError(bad, 400, 'validation_failed')).sort()).toEqual(['cadenceDays.key', 'locale']);
  });

  it('moves due dates when a tier cadence changes', async () => {
    const a = await api();
    const c = await createContact(a, { tier: 'key' });
    await logInteraction(a, { contactIds: [c.id], value: 'give', giveKind: 'book' });
    a.clock.advanceDays(25);
    expect(await agenda(a, '')).toEqual([]);
    await a.request('PATCH', '/api/v1/settings', { cadenceDays: { key: 20 } });
    expect((await agenda(a, '')).map((i) => i.kind)).toEqual(['overdue']);
  });
});
