// API tests for "not the same person": dismissing a suggested pair (idempotent), listing and undoing
// dismissals, and a dismissal that holds after edits, imports and merges, on both engines.
import { describe, expect, it } from 'vitest';
import { backends, type Api } from '../testing/harness.js';
import { createContact, expectError, issueFields } from '../testing/factories.js';
import {
  dismissalListSchema,
  dismissalResultSchema,
  dismissedPairSchema,
  duplicateListSchema,
  importReportSchema,
  mergeResultSchema,
} from '../schemas/imports.js';

const pairsOf = async (a: Api) =>
  duplicateListSchema.parse((await a.request('GET', '/api/v1/duplicates')).body).items.map((p) => [p.a.id, p.b.id]);
const dismissedOf = async (a: Api) =>
  dismissalListSchema
    .parse((await a.request('GET', '/api/v1/duplicates/dismissals')).body)
    .items.map((d) => [d.a.name, d.b.name].sort());

describe.each(backends())('duplicate dismissals API on $name', (backend) => {
  const api = backend.setup();

  it('dismisses a suggested pair for good (idempotent), lists it, and undoes it', async () => {
    const a = await api();
    const ana = await createContact(a, { name: 'Ana Souza', emails: ['ana@x.org'] });
    a.clock.advanceDays(1);
    const anna = await createContact(a, { name: 'Anna Sousa', emails: ['ANA@x.org'], company: 'Nubank' });
    expect(await pairsOf(a)).toEqual([[ana.id, anna.id]]);

    const res = await a.request('POST', '/api/v1/duplicates/dismissals', { aId: anna.id, bId: ana.id });
    expect(res.status, res.text).toBe(201);
    const first = dismissalResultSchema.parse(res.body);
    expect(first.created).toBe(true);
    // Given either way round, shown like a suggestion: the older contact first.
    expect([first.dismissal.a.name, first.dismissal.b.name]).toEqual(['Ana Souza', 'Anna Sousa']);
    const again = await a.request('POST', '/api/v1/duplicates/dismissals', { aId: ana.id, bId: anna.id });
    expect(again.status, again.text).toBe(200);
    expect(dismissalResultSchema.parse(again.body)).toEqual({ ...first, created: false });
    expect(await pairsOf(a)).toEqual([]);
    expect(await dismissedOf(a)).toEqual([['Ana Souza', 'Anna Sousa']]);

    // Edits do not bring the pair back.
    const edit = await a.request('PATCH', `/api/v1/contacts/${ana.id}`, {
      company: 'Nubank',
      phones: ['+351912345678'],
    });
    expect(edit.status, edit.text).toBe(200);
    expect(await pairsOf(a)).toEqual([]);

    const undo = await a.request('DELETE', `/api/v1/duplicates/dismissals/${ana.id}/${anna.id}`);
    expect(undo.status, undo.text).toBe(200);
    expect(dismissedPairSchema.parse(undo.body).createdAt).toBe(first.dismissal.createdAt);
    expect(await pairsOf(a)).toEqual([[ana.id, anna.id]]);
    expect(await dismissedOf(a)).toEqual([]);
    const gone = expectError(
      await a.request('DELETE', `/api/v1/duplicates/dismissals/${anna.id}/${ana.id}`),
      404,
      'not_found',
    );
    expect(gone.error.message).toBe('Anna Sousa and Ana Souza are not marked as different people.');
  });

  it('keeps a dismissed pair out after an import updates both people, and still shows new suspects', async () => {
    const a = await api();
    const ana = await createContact(a, { name: 'Ana Souza', emails: ['ana@x.org'] });
    a.clock.advanceDays(1);
    const anna = await createContact(a, { name: 'Anna Sousa', emails: ['ana@x.org'], phones: ['+34612345678'] });
    await a.request('POST', '/api/v1/duplicates/dismissals', { aId: ana.id, bId: anna.id });
    const vcf = [
      'BEGIN:VCARD',
      'VERSION:3.0',
      'FN:Ana Souza',
      'EMAIL:ana@x.org',
      'TEL:+351 912 345 678',
      'END:VCARD',
      'BEGIN:VCARD',
      'VERSION:3.0',
      'FN:Anna Sousa',
      'TEL:+34 612 345 678',
      'ORG:Nubank',
      'END:VCARD',
      '',
    ].join('\r\n');
    const res = await a.request('POST', '/api/v1/imports?format=vcard&fileName=phone.vcf', Buffer.from(vcf), {
      'content-type': 'application/octet-stream',
    });
    expect(res.status, res.text).toBe(201);
    expect(importReportSchema.parse(res.body)).toMatchObject({ created: 0, updated: 2 });
    expect(await pairsOf(a)).toEqual([]);
    // Someone new with the same e-mail is still suggested, with the oldest of the group.
    const third = await createContact(a, { name: 'A. Souza', emails: ['ana@x.org'] });
    expect(await pairsOf(a)).toEqual([[ana.id, third.id]]);
  });

  it('follows the contact that stays when one of the pair is merged into a third; undo puts it back', async () => {
    const a = await api();
    const ana = await createContact(a, { name: 'Ana Souza', emails: ['ana@x.org'] });
    a.clock.advanceDays(1);
    const bea = await createContact(a, { name: 'Beatriz Lima', emails: ['ana@x.org'] });
    a.clock.advanceDays(1);
    const ana2 = await createContact(a, { name: 'Ana Souza', company: 'Acme' });
    await a.request('POST', '/api/v1/duplicates/dismissals', { aId: ana.id, bId: bea.id });

    const res = await a.request('POST', '/api/v1/merges', { keepId: ana2.id, otherId: ana.id });
    expect(res.status, res.text).toBe(201);
    const merged = mergeResultSchema.parse(res.body);
    // Ana Souza (kept) now has Ana's e-mail, shared with Beatriz: still not suggested.
    expect(merged.contact.emails).toEqual(['ana@x.org']);
    expect(await pairsOf(a)).toEqual([]);
    const list = dismissalListSchema.parse((await a.request('GET', '/api/v1/duplicates/dismissals')).body).items;
    expect(list.map((d) => [d.a.id, d.b.id].sort())).toEqual([[ana2.id, bea.id].sort()]);

    expect((await a.request('POST', `/api/v1/merges/${merged.merge.id}/undo`)).status).toBe(200);
    const back = dismissalListSchema.parse((await a.request('GET', '/api/v1/duplicates/dismissals')).body).items;
    expect(back.map((d) => [d.a.id, d.b.id].sort())).toEqual([[ana.id, bea.id].sort()]);
    expect(await pairsOf(a)).toEqual([]);
  });

  it('answers 404 for an unknown contact, 400 for a contact paired with itself or a missing field', async () => {
    const a = await api();
    const ana = await createContact(a, { name: 'Ana Souza' });
    const unknown = expectError(
      await a.request('POST', '/api/v1/duplicates/dismissals', { aId: ana.id, bId: 'nobody' }),
      404,
      'not_found',
    );
    expect(unknown.error.details).toMatchObject({ kind: 'contact', id: 'nobody' });
    expectError(await a.request('DELETE', `/api/v1/duplicates/dismissals/${ana.id}/nobody`), 404, 'not_found');
    const self = expectError(
      await a.request('POST', '/api/v1/duplicates/dismissals', { aId: ana.id, bId: ana.id }),
      400,
      'validation_failed',
    );
    expect(issueFields(self)).toEqual(['bId']);
    expectError(await a.request('POST', '/api/v1/duplicates/dismissals', { aId: ana.id }), 400, 'validation_failed');
    expect(await dismissedOf(a)).toEqual([]);
  });

  it('documents the routes in the OpenAPI document', async () => {
    const a = await api();
    const doc = (await a.request('GET', '/api/openapi.json')).body as { paths: Record<string, object> };
    expect(Object.keys(doc.paths['/api/v1/duplicates/dismissals'] ?? {}).sort()).toEqual(['get', 'post']);
    expect(Object.keys(doc.paths['/api/v1/duplicates/dismissals/{aId}/{bId}'] ?? {})).toEqual(['delete']);
  });
});
