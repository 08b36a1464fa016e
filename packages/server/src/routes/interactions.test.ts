// API tests for interactions and knows-edges: logging (with the coach's nudges), reading, deleting.
import { describe, expect, it } from 'vitest';
import { backends, NOW } from '../testing/harness.js';
import { createContact, expectError, issueFields, logInteraction } from '../testing/factories.js';
import {
  contactDetailsSchema,
  interactionPageSchema,
  interactionSchema,
  knowsEdgeSchema,
  knowsListSchema,
  loggedInteractionSchema,
} from '../schemas/contacts.js';

describe.each(backends())('interactions API on $name', (backend) => {
  const api = backend.setup();

  it('logs an early ask with 201 and an early-ask warning, and saves it anyway', async () => {
    const a = await api();
    const c = await createContact(a, { name: 'Marta' });
    const res = await a.request('POST', '/api/v1/interactions', {
      contactIds: [c.id],
      kind: 'message',
      value: 'ask',
      askKind: 'referral',
    });
    expect(res.status).toBe(201);
    const { interaction, warnings } = loggedInteractionSchema.parse(res.body);
    expect(warnings.map((w) => w.code)).toContain('early-ask');
    const early = warnings.find((w) => w.code === 'early-ask');
    expect(early).toMatchObject({ contactId: c.id, name: 'Marta' });
    expect(early?.message).not.toBe('');
    expect(early?.suggestion).not.toBe('');

    const page = interactionPageSchema.parse((await a.request('GET', `/api/v1/contacts/${c.id}/interactions`)).body);
    expect(page.items.map((i) => i.id)).toEqual([interaction.id]);
    expect(page.items[0]).toMatchObject({
      value: 'ask',
      askKind: 'referral',
      direction: 'out',
      occurredAt: NOW.toISOString(),
    });
  });

  it('gives no warning for a give, nor for an ask once the relationship is established', async () => {
    const a = await api();
    const c = await createContact(a);
    const give = await logInteraction(a, { contactIds: [c.id], value: 'give', giveKind: 'article' });
    expect(give.warnings).toEqual([]);
    for (const day of ['2026-03-01', '2026-04-01', '2026-05-01']) {
      await logInteraction(a, { contactIds: [c.id], kind: 'coffee', occurredAt: day, value: 'give', giveKind: 'help' });
    }
    const ask = await logInteraction(a, { contactIds: [c.id], value: 'ask', askKind: 'advice' });
    expect(ask.warnings.map((w) => w.code)).not.toContain('early-ask');
  });

  it('reads and deletes one interaction; the contact forgets it', async () => {
    const a = await api();
    const c = await createContact(a);
    const { interaction } = await logInteraction(a, { contactIds: [c.id], kind: 'call', note: 'Catch-up' });

    const read = await a.request('GET', `/api/v1/interactions/${interaction.id}`);
    expect(read.status).toBe(200);
    expect(interactionSchema.parse(read.body)).toEqual(interaction);
    expect(interaction.direction).toBe('both');

    const deleted = await a.request('DELETE', `/api/v1/interactions/${interaction.id}`);
    expect(deleted.status).toBe(204);
    expect(deleted.text).toBe('');
    expectError(await a.request('GET', `/api/v1/interactions/${interaction.id}`), 404, 'not_found');
    expectError(await a.request('DELETE', `/api/v1/interactions/${interaction.id}`), 404, 'not_found');
    const details = contactDetailsSchema.parse((await a.request('GET', `/api/v1/contacts/${c.id}`)).body);
    expect(details.contact.stage).toBe('none');
    expect(details.recentInteractions).toEqual([]);
  });

  it('rejects an interaction in the future, a follow-up before it, and unknown values, naming the field', async () => {
    const a = await api();
    const c = await createContact(a);
    const cases: [body: Record<string, unknown>, field: string][] = [
      [{ occurredAt: '2026-06-03T09:00:00Z' }, 'occurredAt'],
      [{ occurredAt: 'yesterday' }, 'occurredAt'],
      [{ occurredAt: '2026-05-20', followUpAt: '2026-05-10' }, 'followUpAt'],
      [{ kind: 'telepathy' }, 'kind'],
      [{ value: 'give', askKind: 'job' }, 'askKind'],
      [{ contactIds: [] }, 'contactIds'],
    ];
    for (const [body, field] of cases) {
      const res = await a.request('POST', '/api/v1/interactions', { contactIds: [c.id], ...body });
      expect(issueFields(expectError(res, 400, 'validation_failed')), JSON.stringify(body)).toContain(field);
    }
    const page = interactionPageSchema.parse((await a.request('GET', `/api/v1/contacts/${c.id}/interactions`)).body);
    expect(page.items).toEqual([]);
  });

  it('records who knows whom, lists it from both sides, and forgets it', async () => {
    const a = await api();
    const ana = await createContact(a, { name: 'Ana' });
    const ben = await createContact(a, { name: 'Ben' });
    const res = await a.request('POST', '/api/v1/knows', {
      contactId: ana.id,
      knowsContactId: ben.id,
      strength: 'strong',
      how: 'Worked together at Acme',
    });
    expect(res.status).toBe(201);
    expect(knowsEdgeSchema.parse(res.body)).toMatchObject({ strength: 'strong', how: 'Worked together at Acme' });

    const fromBen = knowsListSchema.parse((await a.request('GET', `/api/v1/contacts/${ben.id}/knows`)).body);
    expect(fromBen.items).toMatchObject([{ contactId: ana.id, name: 'Ana', strength: 'strong' }]);

    expect((await a.request('DELETE', `/api/v1/knows/${ben.id}/${ana.id}`)).status).toBe(204);
    const after = knowsListSchema.parse((await a.request('GET', `/api/v1/contacts/${ana.id}/knows`)).body);
    expect(after.items).toEqual([]);
    expectError(await a.request('DELETE', `/api/v1/knows/${ben.id}/${ana.id}`), 404, 'not_found');
  });

  it('refuses a contact knowing themselves', async () => {
    const a = await api();
    const ana = await createContact(a);
    const res = await a.request('POST', '/api/v1/knows', { contactId: ana.id, knowsContactId: ana.id });
    expect(issueFields(expectError(res, 400, 'validation_failed'))).toEqual(['knowsContactId']);
  });
});
