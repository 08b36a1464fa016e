// API tests for the question bank and the give library: CRUD, questions offered before a first meeting,
// suggestions per contact, and a give logged from the library.
import { describe, expect, it } from 'vitest';
import { backends } from '../testing/harness.js';
import { createContact, expectError, issueFields, logInteraction } from '../testing/factories.js';
import { agendaSchema } from '../schemas/coach.js';
import { contactDetailsSchema } from '../schemas/contacts.js';
import {
  giveItemListSchema,
  giveItemSchema,
  giveSuggestionsSchema,
  questionListSchema,
  questionSchema,
} from '../schemas/library.js';
import type { Api } from '../testing/harness.js';

async function addItem(a: Api, fields: Record<string, unknown>) {
  const res = await a.request('POST', '/api/v1/gives', fields);
  expect(res.status, res.text).toBe(201);
  return giveItemSchema.parse(res.body);
}

async function questions(a: Api, query = '') {
  const res = await a.request('GET', `/api/v1/questions${query}`);
  expect(res.status, res.text).toBe(200);
  return questionListSchema.parse(res.body).items;
}

describe.each(backends())('questions and gives API on $name', (backend) => {
  const api = backend.setup();

  it('lists the bank in the requested language and the user’s own questions after it', async () => {
    const a = await api();
    const en = await questions(a, '?lang=en');
    const es = await questions(a, '?lang=es');
    expect(en.length).toBeGreaterThanOrEqual(12);
    expect(es.map((q) => q.id)).toEqual(en.map((q) => q.id));
    expect(es[0]?.text).toBe('¿Cómo empezaste en lo que haces ahora?');

    const added = await a.request('POST', '/api/v1/questions', { text: '  What would you tell your younger self?  ' });
    expect(added.status).toBe(201);
    const own = questionSchema.parse(added.body);
    expect(own).toMatchObject({ text: 'What would you tell your younger self?', source: 'own' });
    expect((await questions(a, '?lang=pt')).at(-1)).toEqual(own);

    expect(
      issueFields(expectError(await a.request('POST', '/api/v1/questions', { text: ' ' }), 400, 'validation_failed')),
    ).toEqual(['text']);
    expect((await a.request('DELETE', `/api/v1/questions/${own.id}`)).status).toBe(204);
    expectError(await a.request('DELETE', `/api/v1/questions/${own.id}`), 404, 'not_found');
    expectError(await a.request('DELETE', '/api/v1/questions/how-started'), 404, 'not_found');
  });

  it('offers the questions when a first coffee is logged, not for a message or a later meeting', async () => {
    const a = await api();
    const c = await createContact(a, { name: 'Lucía' });
    await a.request('POST', '/api/v1/questions', { text: '¿Qué libro regalarías?' });
    const coffee = await logInteraction(a, { contactIds: [c.id], kind: 'coffee' }, '?lang=es');
    expect(coffee.questions?.[0]?.text).toBe('¿Cómo empezaste en lo que haces ahora?');
    expect(coffee.questions?.at(-1)).toMatchObject({ text: '¿Qué libro regalarías?', source: 'own' });
    // Stage is now first-contact: a call still counts as a first meeting.
    expect((await logInteraction(a, { contactIds: [c.id], kind: 'call' })).questions?.length).toBeGreaterThan(12);
    // Two interactions later, no longer a first meeting.
    expect((await logInteraction(a, { contactIds: [c.id], kind: 'meeting' })).questions).toBeUndefined();
    const other = await createContact(a);
    expect((await logInteraction(a, { contactIds: [other.id], kind: 'message' })).questions).toBeUndefined();
  });

  it('adds, lists, changes and removes library items, naming bad fields', async () => {
    const a = await api();
    const item = await addItem(a, {
      kind: 'job-ad',
      title: 'Senior UX designer at Natura',
      url: 'https://example.org/jobs/42',
      topics: ['UX', 'Design', 'ux'],
    });
    expect(item).toMatchObject({ kind: 'job-ad', topics: ['ux', 'design'], note: null });
    const book = await addItem(a, { title: 'Never Eat Alone', kind: 'book' });
    a.clock.advanceDays(1);
    const list = giveItemListSchema.parse((await a.request('GET', '/api/v1/gives')).body).items;
    expect(list.map((i) => i.id).sort()).toEqual([item.id, book.id].sort());

    const patched = await a.request('PATCH', `/api/v1/gives/${book.id}`, { note: 'Chapter 4 on giving', url: null });
    expect(giveItemSchema.parse(patched.body)).toMatchObject({ title: 'Never Eat Alone', note: 'Chapter 4 on giving' });
    expect(giveItemSchema.parse((await a.request('GET', `/api/v1/gives/${book.id}`)).body).updatedAt).not.toBe(
      book.updatedAt,
    );

    const bad = await a.request('POST', '/api/v1/gives', { title: '', kind: 'podcast', url: 'ftp://x' });
    expect(issueFields(expectError(bad, 400, 'validation_failed')).sort()).toEqual(['kind', 'title', 'url']);
    expect((await a.request('DELETE', `/api/v1/gives/${book.id}`)).status).toBe(204);
    expectError(await a.request('GET', `/api/v1/gives/${book.id}`), 404, 'not_found');
    expectError(await a.request('PATCH', `/api/v1/gives/${book.id}`, { title: 'x' }), 404, 'not_found');
  });

  it('suggests what fits a contact, explained, and stops suggesting an item once it was sent to them', async () => {
    const a = await api();
    const ana = await createContact(a, {
      name: 'Ana',
      tags: ['accessibility'],
      role: 'Product designer',
      sector: 'Fintech',
    });
    const a11y = await addItem(a, { title: 'Inclusive forms', topics: ['accessibility'] });
    const design = await addItem(a, { title: 'Design critique checklist', topics: ['design'] });
    await addItem(a, { title: 'Sourdough for beginners', topics: ['cooking'] });

    const suggestions = async (lang = 'en') =>
      giveSuggestionsSchema.parse(
        (await a.request('GET', `/api/v1/contacts/${ana.id}/give-suggestions?lang=${lang}`)).body,
      ).items;
    const before = await suggestions();
    expect(before.map((s) => s.item.id)).toEqual([a11y.id, design.id]);
    expect(before[0]?.reasons).toEqual(['It is about accessibility, one of their interests.']);
    expect((await suggestions('es'))[0]?.reasons[0]).toBe('Trata de accessibility, uno de sus intereses.');

    const logged = await logInteraction(a, { contactIds: [ana.id], kind: 'email', value: 'give', giveItemId: a11y.id });
    expect(logged.interaction).toMatchObject({ giveItemId: a11y.id, giveKind: 'article' });
    expect((await suggestions()).map((s) => s.item.id)).toEqual([design.id]);
    const details = contactDetailsSchema.parse((await a.request('GET', `/api/v1/contacts/${ana.id}`)).body);
    expect(details.recentInteractions[0]?.giveItemId).toBe(a11y.id);

    expectError(await a.request('GET', '/api/v1/contacts/nobody/give-suggestions'), 404, 'not_found');
  });

  it('refuses to link a give to an unknown item or to a non-give, saving nothing', async () => {
    const a = await api();
    const c = await createContact(a);
    const missing = await a.request('POST', '/api/v1/interactions', {
      contactIds: [c.id],
      value: 'give',
      giveItemId: 'nope',
    });
    expectError(missing, 404, 'not_found');
    const item = await addItem(a, { title: 'A talk' });
    const notGive = await a.request('POST', '/api/v1/interactions', {
      contactIds: [c.id],
      value: 'ask',
      giveItemId: item.id,
    });
    expect(issueFields(expectError(notGive, 400, 'validation_failed'))).toEqual(['giveItemId']);
    const details = contactDetailsSchema.parse((await a.request('GET', `/api/v1/contacts/${c.id}`)).body);
    expect(details.recentInteractions).toEqual([]);
  });

  it('names a matching library item in the Today agenda suggestion', async () => {
    const a = await api();
    const c = await createContact(a, { name: 'Paula', tier: 'inner', tags: ['kotlin'] });
    await logInteraction(a, { contactIds: [c.id], kind: 'coffee' });
    a.clock.advanceDays(30);
    const plain = agendaSchema.parse((await a.request('GET', '/api/v1/agenda/today?lang=en')).body).items[0];
    expect(plain?.suggestion).not.toContain('Kotlin coroutines');
    const item = await addItem(a, { title: 'Kotlin coroutines in practice', topics: ['kotlin'] });
    const withItem = agendaSchema.parse((await a.request('GET', '/api/v1/agenda/today?lang=en')).body).items[0];
    expect(withItem?.suggestion).toBe(
      'Send Paula “Kotlin coroutines in practice” from your library: it is about kotlin, one of their interests.',
    );
    expect(withItem?.giveItem).toEqual({ id: item.id, title: item.title, url: null });
    await logInteraction(a, { contactIds: [c.id], kind: 'email', value: 'give', giveItemId: item.id });
    a.clock.advanceDays(30);
    const after = agendaSchema.parse((await a.request('GET', '/api/v1/agenda/today?lang=en')).body).items[0];
    expect(after?.suggestion).not.toContain('Kotlin coroutines');
  });
});
