// API tests for imports, duplicates and merges: raw uploads, dry runs, all or nothing, undo, merges.
import { describe, expect, it } from 'vitest';
import { backends } from '../testing/harness.js';
import { createContact, expectError, logInteraction } from '../testing/factories.js';
import {
  duplicateListSchema,
  importListSchema,
  importReportSchema,
  importUndoSchema,
  mergeRecordSchema,
  mergeResultSchema,
} from '../schemas/imports.js';
import { fixture } from '../imports/test-support.js';

const linkedin = Buffer.from(fixture('synthetic/linkedin-connections-current.csv'));
const octet = { 'content-type': 'application/octet-stream' };

describe.each(backends())('imports API on $name', (backend) => {
  const api = backend.setup();

  it('previews with a dry run, imports with 201, lists the import and undoes it', async () => {
    const a = await api();
    const dry = await a.request('POST', '/api/v1/imports?dryRun=true&fileName=Connections.csv', linkedin, octet);
    expect(dry.status, dry.text).toBe(200);
    const preview = importReportSchema.parse(dry.body);
    expect(preview).toMatchObject({ dryRun: true, batchId: null, format: 'linkedin', fileName: 'Connections.csv' });
    expect(preview.examples.created.length).toBeGreaterThan(0);
    expect((await a.request('GET', '/api/v1/contacts')).body).toMatchObject({ items: [] });

    const res = await a.request('POST', '/api/v1/imports?fileName=Connections.csv', linkedin, octet);
    expect(res.status, res.text).toBe(201);
    const report = importReportSchema.parse(res.body);
    expect(report.created).toBe(preview.created);
    const list = importListSchema.parse((await a.request('GET', '/api/v1/imports')).body);
    expect(list.items).toMatchObject([{ id: report.batchId, created: report.created, undoneAt: null }]);

    const again = importReportSchema.parse(
      (await a.request('POST', '/api/v1/imports', linkedin, { 'content-type': 'text/csv' })).body,
    );
    expect(again).toMatchObject({ created: 0, updated: 0 });

    const undo = await a.request('POST', `/api/v1/imports/${report.batchId}/undo`);
    expect(undo.status, undo.text).toBe(200);
    expect(importUndoSchema.parse(undo.body)).toMatchObject({ removed: report.created, restored: 0 });
    expect((await a.request('GET', '/api/v1/contacts')).body).toMatchObject({ items: [] });
    expectError(await a.request('POST', `/api/v1/imports/${report.batchId}/undo`), 409, 'conflict');
    expectError(await a.request('POST', '/api/v1/imports/nope/undo'), 404, 'not_found');
  });

  it('answers 400 with the per-record report when a record fails, and imports the rest with skipInvalid', async () => {
    const a = await api();
    const file = JSON.stringify([{ name: 'Ana' }, [1, 2], { name: 'Bea' }]);
    const failed = expectError(await a.request('POST', '/api/v1/imports', file, octet), 400, 'validation_failed');
    expect(failed.error.details.report).toMatchObject({
      failed: 1,
      batchId: null,
      problems: [{ record: 2, severity: 'error' }],
    });
    expect((await a.request('GET', '/api/v1/imports')).body).toMatchObject({ items: [] });
    const res = await a.request('POST', '/api/v1/imports?skipInvalid=true&format=json', file, octet);
    expect(res.status, res.text).toBe(201);
    expect(res.body).toMatchObject({ created: 2, failed: 1 });
  });

  it('rejects an unknown format, an upload that is not a file type, and an empty file', async () => {
    const a = await api();
    expectError(await a.request('POST', '/api/v1/imports?format=excel', 'x', octet), 400, 'validation_failed');
    expectError(
      await a.request('POST', '/api/v1/imports', linkedin, { 'content-type': 'image/png' }),
      415,
      'validation_failed',
    );
    const empty = expectError(
      await a.request('POST', '/api/v1/imports', '', { 'content-type': 'text/vcard' }),
      400,
      'validation_failed',
    );
    expect(empty.error.message).toMatch(/No contacts|Send/);
  });

  it('lists duplicates with why, merges a pair keeping interactions, and undoes the merge', async () => {
    const a = await api();
    const ana = await createContact(a, { name: 'Ana Souza', emails: ['ana@x.org'], company: 'Acme' });
    a.clock.advanceDays(1);
    const other = await createContact(a, { name: 'Ana  SOUZA', phones: ['+351 912 345 678'], company: 'ACME' });
    await logInteraction(a, { contactIds: [other.id], kind: 'coffee', value: 'give', giveKind: 'help' });
    const dups = duplicateListSchema.parse((await a.request('GET', '/api/v1/duplicates')).body);
    expect(dups.items).toMatchObject([{ a: { id: ana.id }, b: { id: other.id }, reasons: ['name-company'] }]);

    const res = await a.request('POST', '/api/v1/merges', {
      keepId: ana.id,
      otherId: other.id,
      prefer: { name: 'other' },
    });
    expect(res.status, res.text).toBe(201);
    const merged = mergeResultSchema.parse(res.body);
    expect(merged.contact).toMatchObject({
      name: 'Ana  SOUZA',
      emails: ['ana@x.org'],
      phones: ['+351 912 345 678'],
      stage: 'first-contact',
    });
    expectError(await a.request('GET', `/api/v1/contacts/${other.id}`), 404, 'not_found');
    expect(duplicateListSchema.parse((await a.request('GET', '/api/v1/duplicates')).body).items).toEqual([]);

    const undo = await a.request('POST', `/api/v1/merges/${merged.merge.id}/undo`);
    expect(undo.status, undo.text).toBe(200);
    expect(mergeRecordSchema.parse(undo.body).undoneAt).not.toBeNull();
    const back = await a.request('GET', `/api/v1/contacts/${other.id}`);
    expect(back.status).toBe(200);
    expect(back.body).toMatchObject({
      contact: { name: 'Ana  SOUZA', stage: 'first-contact' },
      recentInteractions: [{ kind: 'coffee' }],
    });
    const kept = await a.request('GET', `/api/v1/contacts/${ana.id}`);
    expect(kept.body).toMatchObject({
      contact: { name: 'Ana Souza', phones: [], stage: 'none' },
      recentInteractions: [],
    });
    expectError(await a.request('POST', `/api/v1/merges/${merged.merge.id}/undo`), 409, 'conflict');
    expectError(
      await a.request('POST', '/api/v1/merges', { keepId: ana.id, otherId: ana.id }),
      400,
      'validation_failed',
    );
    expectError(await a.request('POST', '/api/v1/merges', { keepId: ana.id, otherId: 'nobody' }), 404, 'not_found');
  });
});
