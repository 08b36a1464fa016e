// API tests for backup and restore: the download, a lossless round trip into another account, a
// clear refusal of a non-empty account, and validation errors that name the record.
import { describe, expect, it } from 'vitest';
import { backends } from '../testing/harness.js';
import { createContact, expectError, logInteraction } from '../testing/factories.js';

interface BackupJson {
  format: string;
  version: number;
  exportedAt: string;
  tables: Record<string, Record<string, unknown>[]>;
}

describe.each(backends())('backup API on $name', (backend) => {
  const api = backend.setup();

  it('downloads the account as a versioned JSON file and restores it into an empty account', async () => {
    const a = await api();
    const ana = await createContact(a, {
      name: 'Ana Souza',
      tags: ['design'],
      tier: 'key',
      emails: ['ana@example.org'],
    });
    const bo = await createContact(a, { name: 'Bo' });
    await logInteraction(a, { contactIds: [ana.id, bo.id], kind: 'coffee', value: 'give', giveKind: 'article' });
    expect((await a.request('POST', '/api/v1/knows', { contactId: ana.id, knowsContactId: bo.id })).status).toBe(201);
    expect((await a.request('PATCH', '/api/v1/settings', { locale: 'pt' })).status).toBe(200);
    const template = await a.request('POST', '/api/v1/templates', {
      name: 'Pedido',
      kind: 'personal',
      lang: 'pt',
      subject: 'Uma pergunta, {{firstName}}',
      body: 'Olá {{firstName}}, {{personal}}',
    });
    const campaign = await a.request('POST', '/api/v1/campaigns', {
      templateId: (template.body as { id: string }).id,
      contactIds: [ana.id],
      personal: { [ana.id]: 'adorei a sua palestra sobre acessibilidade.' },
    });
    expect(campaign.status, campaign.text).toBe(201);
    const campaignId = (campaign.body as { campaign: { id: string } }).campaign.id;
    expect((await a.request('POST', `/api/v1/campaigns/${campaignId}/ready`, {})).status).toBe(200);

    const res = await a.request('GET', '/api/v1/backup');
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toContain('application/json');
    expect(res.headers['content-disposition']).toBe('attachment; filename="nexo-backup-2026-06-01.json"');
    const file = res.body as BackupJson;
    expect(file).toMatchObject({ format: 'nexo-backup', version: 2, exportedAt: '2026-06-01T09:00:00.000Z' });
    expect(file.tables.contacts?.map((c) => c.name).sort()).toEqual(['Ana Souza', 'Bo']);
    expect(file.tables.interactionContacts).toHaveLength(2);
    expect(file.tables.knowsEdges).toHaveLength(1);
    expect(JSON.stringify(file)).not.toContain(a.accountId === 'local' ? '"accountId"' : a.accountId);

    const b = await api();
    const restored = await b.request('POST', '/api/v1/restore', file);
    expect(restored.status, restored.text).toBe(200);
    expect(restored.body).toEqual({
      restored: {
        accountSettings: 1,
        contacts: 2,
        giveItems: 0,
        interactions: 1,
        interactionContacts: 2,
        knowsEdges: 1,
        questions: 0,
        duplicateDismissals: 0,
        templates: 1,
        campaigns: 1,
        campaignRecipients: 1,
      },
    });
    const again = (await b.request('GET', '/api/v1/backup')).body as BackupJson;
    expect(again.tables).toEqual(file.tables);
    // What a user sees is back too: the stage from the history, the language.
    const details = await b.request('GET', `/api/v1/contacts/${ana.id}`);
    expect(details.body).toMatchObject({ contact: { name: 'Ana Souza', stage: 'first-contact' } });
    expect((await b.request('GET', '/api/v1/settings')).body).toMatchObject({ locale: 'pt' });
    // The campaign is back with its ready draft, the template with it.
    expect((await b.request('GET', `/api/v1/campaigns/${campaignId}`)).body).toMatchObject({
      status: 'ready',
      recipients: [{ contactId: ana.id, ready: true, sendState: 'pending', body: expect.stringContaining('palestra') }],
    });
    expect((await b.request('GET', '/api/v1/templates')).body).toMatchObject({ items: [{ name: 'Pedido' }] });
  });

  it('refuses to restore into an account that has contacts: 409 conflict, nothing changed', async () => {
    const a = await api();
    await createContact(a, { name: 'Ana' });
    const file = (await a.request('GET', '/api/v1/backup')).body;
    const res = await a.request('POST', '/api/v1/restore', file);
    const envelope = expectError(res, 409, 'conflict');
    expect(envelope.error.message).toContain('empty');
    const after = (await a.request('GET', '/api/v1/backup')).body as BackupJson;
    expect(after.tables.contacts).toHaveLength(1);
  });

  it('names the bad record, refuses other files and newer versions, and writes nothing', async () => {
    const a = await api();
    await createContact(a, { name: 'Ana' });
    const good = (await a.request('GET', '/api/v1/backup')).body as BackupJson;
    const b = await api();
    const contacts = good.tables.contacts ?? [];
    const broken = {
      ...good,
      tables: { ...good.tables, contacts: [...contacts, { ...contacts[0], id: 'zz9', tier: 'best-friends' }] },
    };
    const bad = expectError(await b.request('POST', '/api/v1/restore', broken), 400, 'validation_failed');
    expect(bad.error.message).toBe(
      'Invalid contacts record 2 (zz9): tables.contacts.1.tier: Invalid option: expected one of "inner"|"key"|"network"|"wide"',
    );
    expect(bad.error.details).toMatchObject({ record: { table: 'contacts', index: 1, key: 'zz9' } });

    const dangling = {
      ...good,
      tables: { ...good.tables, interactionContacts: [{ interactionId: 'i1', contactId: 'nobody', position: 0 }] },
    };
    const refs = expectError(await b.request('POST', '/api/v1/restore', dangling), 400, 'validation_failed');
    expect(refs.error.message).toContain('interactionContacts record 1 (i1/nobody)');

    const other = expectError(await b.request('POST', '/api/v1/restore', { contacts: [] }), 400, 'validation_failed');
    expect(other.error.message).toContain('not a nexo backup');
    const newer = expectError(
      await b.request('POST', '/api/v1/restore', { ...good, version: 3 }),
      400,
      'validation_failed',
    );
    expect(newer.error.message).toContain('newer version of nexo');
    expect(((await b.request('GET', '/api/v1/backup')).body as BackupJson).tables.contacts).toEqual([]);

    // A version 1 file, written before templates and campaigns were backed up, still restores.
    const { templates: _t, campaigns: _c, campaignRecipients: _r, ...v1Tables } = good.tables;
    const v1 = await b.request('POST', '/api/v1/restore', { ...good, version: 1, tables: v1Tables });
    expect(v1.status, v1.text).toBe(200);
    expect(v1.body).toMatchObject({ restored: { contacts: 1, templates: 0, campaigns: 0 } });
  });

  it('restores a backup larger than the usual 5 MB request limit (photos travel inside it)', async () => {
    const a = await api();
    const photo = `data:image/png;base64,${'A'.repeat(3_000_000)}`;
    await createContact(a, { name: 'Ana', photo });
    await createContact(a, { name: 'Bo', photo });
    const file = (await a.request('GET', '/api/v1/backup')).body as BackupJson;
    expect(JSON.stringify(file).length).toBeGreaterThan(5 * 1024 * 1024);
    const b = await api();
    const res = await b.request('POST', '/api/v1/restore', file);
    expect(res.status, res.text.slice(0, 300)).toBe(200);
  });
});
