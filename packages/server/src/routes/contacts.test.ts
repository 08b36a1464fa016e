// API tests for contacts: create, read, update, archive, list with filters and cursor pagination.
import { describe, expect, it } from 'vitest';
import { backends } from '../testing/harness.js';
import { createContact, expectError, issueFields, logInteraction } from '../testing/factories.js';
import { contactDetailsSchema, contactPageSchema, contactSchema, interactionPageSchema } from '../schemas/contacts.js';

describe.each(backends())('contacts API on $name', (backend) => {
  const api = backend.setup();

  it('creates a contact (201) with defaults and normalised fields, and reads it back', async () => {
    const a = await api();
    const res = await a.request('POST', '/api/v1/contacts', {
      givenName: 'Lucía',
      familyName: 'Fernández',
      emails: ['Lucia@Example.COM'],
      tags: ['Design', 'design'],
      context: 'former-colleague',
    });
    expect(res.status).toBe(201);
    const created = contactSchema.parse(res.body);
    expect(created).toMatchObject({
      name: 'Lucía Fernández',
      emails: ['lucia@example.com'],
      tags: ['design'],
      circle: 'professional',
      tier: 'network',
      stage: 'none',
      archived: false,
    });

    const read = await a.request('GET', `/api/v1/contacts/${created.id}`);
    expect(read.status).toBe(200);
    const details = contactDetailsSchema.parse(read.body);
    expect(details.contact).toEqual(created);
    expect(details.relationship.stage.value).toBe('none');
    expect(details.relationship.health.reason).not.toBe('');
    expect(details.recentInteractions).toEqual([]);
    expect(details.knows).toEqual([]);
  });

  it('shows recent interactions and who the contact knows on the details', async () => {
    const a = await api();
    const ana = await createContact(a, { name: 'Ana' });
    const bruno = await createContact(a, { name: 'Bruno', company: 'Acme' });
    await logInteraction(a, { contactIds: [ana.id], kind: 'coffee', note: 'Talked about design systems' });
    expect((await a.request('POST', '/api/v1/knows', { contactId: ana.id, knowsContactId: bruno.id })).status).toBe(
      201,
    );

    const details = contactDetailsSchema.parse((await a.request('GET', `/api/v1/contacts/${ana.id}`)).body);
    expect(details.recentInteractions.map((i) => i.note)).toEqual(['Talked about design systems']);
    expect(details.knows).toMatchObject([{ contactId: bruno.id, name: 'Bruno', company: 'Acme', strength: 'medium' }]);
    expect(details.contact.stage).toBe('first-contact');
  });

  it('updates some fields, clears one with null, and keeps the rest', async () => {
    const a = await api();
    const c = await createContact(a, { name: 'Carla', company: 'Acme', role: 'Engineer' });
    const res = await a.request('PATCH', `/api/v1/contacts/${c.id}`, { tier: 'key', company: null });
    expect(res.status).toBe(200);
    expect(contactSchema.parse(res.body)).toMatchObject({
      tier: 'key',
      company: null,
      role: 'Engineer',
      name: 'Carla',
    });
  });

  it('archives and unarchives: archived contacts leave the default list and come back', async () => {
    const a = await api();
    const c = await createContact(a, { name: 'Dario' });
    await createContact(a, { name: 'Elena' });
    const archived = await a.request('POST', `/api/v1/contacts/${c.id}/archive`);
    expect(archived.status).toBe(200);
    expect(contactSchema.parse(archived.body).archived).toBe(true);

    const names = async (query = '') =>
      contactPageSchema.parse((await a.request('GET', `/api/v1/contacts${query}`)).body).items.map((x) => x.name);
    expect(await names()).toEqual(['Elena']);
    expect(await names('?archived=only')).toEqual(['Dario']);

    const restored = await a.request('POST', `/api/v1/contacts/${c.id}/unarchive`);
    expect(contactSchema.parse(restored.body).archived).toBe(false);
    expect((await names('?sort=name')).sort()).toEqual(['Dario', 'Elena']);
  });

  it('filters the list by circle, tier, context, tag, search, stage and due', async () => {
    const a = await api();
    const ana = await createContact(a, { name: 'Ana Ruiz', circle: 'personal', tier: 'inner', tags: ['climbing'] });
    await createContact(a, { name: 'Bruno Costa', context: 'university', notes: 'met at the alumni day' });
    const carla = await createContact(a, { name: 'Carla Neri', tier: 'wide' });
    await logInteraction(a, { contactIds: [carla.id], kind: 'call' });

    const names = async (query: string) =>
      contactPageSchema.parse((await a.request('GET', `/api/v1/contacts?${query}`)).body).items.map((x) => x.name);
    expect(await names('circle=personal')).toEqual(['Ana Ruiz']);
    expect(await names('tier=wide')).toEqual(['Carla Neri']);
    expect(await names('context=university')).toEqual(['Bruno Costa']);
    expect(await names('tag=Climbing')).toEqual(['Ana Ruiz']);
    expect(await names('search=ruiz')).toEqual(['Ana Ruiz']);
    expect(await names('stage=first-contact')).toEqual(['Carla Neri']);
    expect(await names('due=true')).toEqual([]);

    a.clock.advanceDays(20); // past the inner tier's 14-day cadence, inside the others'
    expect(await names('due=true')).toEqual([ana.name]);
  });

  it('pages through the list with a cursor, without repeats or gaps', async () => {
    const a = await api();
    for (const name of ['Eva', 'Ana', 'Dan', 'Bea', 'Cid']) await createContact(a, { name });
    const seen: string[] = [];
    let cursor: string | null = null;
    let pages = 0;
    do {
      const query: string = `?sort=name&limit=2${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`;
      const page = contactPageSchema.parse((await a.request('GET', `/api/v1/contacts${query}`)).body);
      expect(page.items.length).toBeLessThanOrEqual(2);
      seen.push(...page.items.map((c) => c.name));
      cursor = page.nextCursor;
      pages += 1;
    } while (cursor && pages < 10);
    expect(seen).toEqual(['Ana', 'Bea', 'Cid', 'Dan', 'Eva']);
    expect(pages).toBe(3);
  });

  it("pages through a contact's interactions, newest first", async () => {
    const a = await api();
    const c = await createContact(a);
    for (const day of ['2026-05-01', '2026-05-02', '2026-05-03']) {
      await logInteraction(a, { contactIds: [c.id], occurredAt: day, note: day });
    }
    const first = interactionPageSchema.parse(
      (await a.request('GET', `/api/v1/contacts/${c.id}/interactions?limit=2`)).body,
    );
    expect(first.items.map((i) => i.note)).toEqual(['2026-05-03', '2026-05-02']);
    expect(first.nextCursor).not.toBeNull();
    const url = `/api/v1/contacts/${c.id}/interactions?limit=2&cursor=${encodeURIComponent(first.nextCursor ?? '')}`;
    const second = interactionPageSchema.parse((await a.request('GET', url)).body);
    expect(second.items.map((i) => i.note)).toEqual(['2026-05-01']);
    expect(second.nextCursor).toBeNull();
  });

  describe('rejects bad input with 400 naming the field', () => {
    it.each([
      ['an unknown enum value', { name: 'X', tier: 'vip' }, 'tier'],
      ['a bad e-mail', { name: 'X', emails: ['ok@example.com', 'not-an-email'] }, 'emails.1'],
      ['an unknown property', { name: 'X', nickname: 'Y' }, 'nickname'],
      ['a missing name', { company: 'Acme' }, 'name'],
      ['a wrong type', { name: 'X', cadenceDays: 'often' }, 'cadenceDays'],
    ])('%s', async (_what, body, field) => {
      const a = await api();
      const envelope = expectError(await a.request('POST', '/api/v1/contacts', body), 400, 'validation_failed');
      expect(issueFields(envelope)).toContain(field);
      expect(envelope.error.message).toContain(field);
      const list = contactPageSchema.parse((await a.request('GET', '/api/v1/contacts')).body);
      expect(list.items).toEqual([]); // nothing half-written
    });

    it('in the query string and in a patch', async () => {
      const a = await api();
      const c = await createContact(a);
      expect(
        issueFields(expectError(await a.request('GET', '/api/v1/contacts?circle=galaxy'), 400, 'validation_failed')),
      ).toEqual(['circle']);
      expect(
        issueFields(expectError(await a.request('GET', '/api/v1/contacts?limit=0'), 400, 'validation_failed')),
      ).toEqual(['limit']);
      expect(
        issueFields(expectError(await a.request('GET', '/api/v1/contacts?colour=red'), 400, 'validation_failed')),
      ).toEqual(['colour']);
      const patch = await a.request('PATCH', `/api/v1/contacts/${c.id}`, { linkedinUrl: 'https://example.com/me' });
      expect(issueFields(expectError(patch, 400, 'validation_failed'))).toEqual(['linkedinUrl']);
      expectError(await a.request('PATCH', `/api/v1/contacts/${c.id}`, {}), 400, 'validation_failed');
    });
  });

  it('answers 404 for an unknown contact on every route that takes one', async () => {
    const a = await api();
    const other = await createContact(a);
    const routes: [method: 'GET' | 'POST' | 'PATCH', url: string, body?: unknown][] = [
      ['GET', '/api/v1/contacts/nobody'],
      ['PATCH', '/api/v1/contacts/nobody', { name: 'New name' }],
      ['POST', '/api/v1/contacts/nobody/archive'],
      ['POST', '/api/v1/contacts/nobody/unarchive'],
      ['GET', '/api/v1/contacts/nobody/interactions'],
      ['GET', '/api/v1/contacts/nobody/knows'],
      ['POST', '/api/v1/contacts/nobody/ask-readiness', { askKind: 'job' }],
      ['POST', '/api/v1/interactions', { contactIds: [other.id, 'nobody'] }],
      ['POST', '/api/v1/knows', { contactId: other.id, knowsContactId: 'nobody' }],
    ];
    for (const [method, url, body] of routes) {
      const envelope = expectError(await a.request(method, url, body), 404, 'not_found');
      expect(envelope.error.message, `${method} ${url}`).toContain('nobody');
    }
    // Nothing was written by the failed interaction.
    const page = interactionPageSchema.parse(
      (await a.request('GET', `/api/v1/contacts/${other.id}/interactions`)).body,
    );
    expect(page.items).toEqual([]);
  });
});
