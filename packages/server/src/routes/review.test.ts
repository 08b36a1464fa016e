// API tests for POST /api/v1/coach/review: the exact answer shape, context from a body or a contact, languages.
import { describe, expect, it } from 'vitest';
import { backends } from '../testing/harness.js';
import { createContact, expectError, issueFields, logInteraction } from '../testing/factories.js';
import { reviewSchema } from '../schemas/library.js';
import type { Api } from '../testing/harness.js';

async function review(a: Api, body: unknown, query = '', headers: Record<string, string> = {}) {
  const res = await a.request('POST', `/api/v1/coach/review${query}`, body, headers);
  expect(res.status, res.text).toBe(200);
  return reviewSchema.strict().parse(res.body);
}

const rules = (r: { findings: { rule: string }[] }) => r.findings.map((f) => f.rule);

describe.each(backends())('coach review API on $name', (backend) => {
  const api = backend.setup();

  it('finds an early ask in a first message, with the evidence and where it is in the text', async () => {
    const a = await api();
    const text = 'Hola Marta, ¿podrías pasarle mi CV a tu responsable de contratación?';
    const result = await review(a, { text, lang: 'es' });
    expect(result.lang).toBe('es');
    const ask = result.findings.find((f) => f.rule === 'early-ask');
    expect(ask).toMatchObject({ severity: 'warning' });
    expect(text.slice(ask?.start, ask?.end)).toBe(ask?.evidence);
    expect(ask?.evidence).toMatch(/CV/);
    expect(ask?.message).toMatch(/[áéíóúñ]|favor/); // explained in Spanish
    expect(ask?.message).not.toMatch(/^review\./);
  });

  it('explains in the request language unless lang is given, and reports the draft language it detected', async () => {
    const a = await api();
    const text = 'Olá João, gostaria de adicioná-lo à minha rede profissional no LinkedIn.';
    const en = await review(a, { text }, '', { 'accept-language': 'en' });
    const it = await review(a, { text }, '?lang=it');
    expect(en.lang).toBe('pt');
    expect(rules(en)).toContain('generic-invite');
    expect(it.findings[0]?.message).not.toBe(en.findings[0]?.message);
    const pt = await review(a, { text, lang: 'pt' }, '', { 'accept-language': 'en' });
    expect(pt.findings[0]?.message).not.toBe(en.findings[0]?.message);
  });

  it('reads asks as fine in an established relationship given in the context', async () => {
    const a = await api();
    const text = 'Hi Tom, would you be able to refer me for the backend role at your company?';
    expect(rules(await review(a, { text }))).toContain('early-ask');
    expect(rules(await review(a, { text, context: { stage: 'established' } }))).not.toContain('early-ask');
  });

  it('builds the context from a contact: their stage, who they are, and help received since my last message', async () => {
    const a = await api();
    const marta = await createContact(a, { name: 'Marta Ruiz', company: 'Cabify', tags: ['airflow'] });
    const text = 'Hola Marta, vi tu charla sobre Airflow en Cabify. ¿Me pasarías mi CV a tu equipo de selección?';
    const first = await review(a, { text, contactId: marta.id });
    expect(rules(first)).toContain('early-ask');
    expect(rules(first)).not.toContain('no-personal-detail');

    // They helped after my last message: the draft should thank them.
    await logInteraction(a, { contactIds: [marta.id], kind: 'message', direction: 'out' });
    a.clock.advanceDays(2);
    await logInteraction(a, {
      contactIds: [marta.id],
      kind: 'email',
      direction: 'in',
      value: 'give',
      giveKind: 'job-ad',
    });
    const after = await review(a, {
      text: 'Hola Marta, ¿tomamos un café la semana que viene en Cabify?',
      contactId: marta.id,
    });
    expect(rules(after)).toContain('missing-thanks');
    // An explicit context field wins over the contact's.
    const overridden = await review(a, {
      text: 'Hola Marta, ¿tomamos un café la semana que viene en Cabify?',
      contactId: marta.id,
      context: { helpReceived: false },
    });
    expect(rules(overridden)).not.toContain('missing-thanks');
  });

  it('answers an empty list for a good message and for an empty draft', async () => {
    const a = await api();
    const good = await review(a, {
      text: 'Hi Priya, thanks for the tip on the Kafka talk last week, it helped a lot. Here is the article on consumer lag I mentioned: https://example.org/lag',
      context: { stage: 'second-contact', recipient: { name: 'Priya' } },
    });
    expect(good.findings).toEqual([]);
    expect((await review(a, { text: '' })).findings).toEqual([]);
  });

  it('names the bad field, and answers not_found for an unknown contact', async () => {
    const a = await api();
    const bad = await a.request('POST', '/api/v1/coach/review', { text: 'Hi', context: { stage: 'friends' } });
    expect(issueFields(expectError(bad, 400, 'validation_failed'))).toEqual(['context.stage']);
    const unknown = await a.request('POST', '/api/v1/coach/review', { text: 'Hi', context: { recipient: { age: 3 } } });
    expect(issueFields(expectError(unknown, 400, 'validation_failed'))).toEqual(['context.recipient.age']);
    const noText = await a.request('POST', '/api/v1/coach/review', {});
    expect(issueFields(expectError(noText, 400, 'validation_failed'))).toEqual(['text']);
    expectError(await a.request('POST', '/api/v1/coach/review', { text: 'Hi', contactId: 'nobody' }), 404, 'not_found');
  });

  it('is in the OpenAPI document', async () => {
    const a = await api();
    const doc = (await a.request('GET', '/api/openapi.json')).body as { paths: Record<string, unknown> };
    expect(Object.keys(doc.paths)).toEqual(
      expect.arrayContaining(['/api/v1/coach/review', '/api/v1/questions', '/api/v1/gives', '/api/v1/gives/{id}']),
    );
  });
});
