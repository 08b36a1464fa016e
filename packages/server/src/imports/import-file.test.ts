// Imports end to end on a real database (SQLite, and PostgreSQL when set up): every fixture file,
// LinkedIn re-imports, all or nothing, skip-invalid, dry runs and undo.
import { describe, expect, it } from 'vitest';
import { AppError, createContact, undoImport, type ImportReport } from '@nexo/core';
import { parseContacts } from '@nexo/io';
import { backends } from '../testing/harness.js';
import { importFile } from './import-file.js';
import { allContacts, allFixtures, fixture, importServices, linkedinCsv } from './test-support.js';

const encode = (text: string) => new TextEncoder().encode(text);

/** The AppError an import rejected with, failing when it did not. */
async function rejection(promise: Promise<unknown>): Promise<AppError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
  throw new Error('the import did not fail');
}

describe.each(backends())('imports on $name', (backend) => {
  const api = backend.setup();

  it.each(allFixtures())('imports %s with every decoded field stored', async (path) => {
    const a = await api();
    const { services, ctx } = importServices(a.storage, a.accountId);
    const bytes = fixture(path);
    const fileName = path.split('/').pop();
    const parsed = parseContacts(bytes, { fileName });
    const report = await importFile(services, ctx, bytes, { fileName });
    expect(report.failed).toBe(0);
    expect(report.records).toBe(parsed.contacts.length);
    expect(report.created + report.duplicates).toBe(parsed.contacts.length);
    const stored = await allContacts(a.storage, a.accountId);
    expect(stored).toHaveLength(report.created);
    for (const c of parsed.contacts) {
      const found = stored.filter((s) => s.name === c.name);
      expect(found.length, `${c.name} is stored`).toBeGreaterThan(0);
      if (report.duplicates > 0) continue;
      const s =
        found.find(
          (f) => f.linkedinUrl === c.linkedinUrl && f.emails.join() === c.emails.map((e) => e.toLowerCase()).join(),
        ) ?? found[0];
      expect(s).toMatchObject({
        givenName: c.givenName,
        familyName: c.familyName,
        company: c.company,
        role: c.role,
        emails: c.emails.map((e) => e.toLowerCase()),
        phones: c.phones,
        location: c.location,
        linkedinUrl: c.linkedinUrl,
        birthday: c.birthday,
        photo: c.photo,
        tags: c.tags,
      });
      if (c.notes) expect(s?.notes).toContain(c.notes);
      for (const address of c.addresses) expect(s?.notes).toContain(`Address: ${address}`);
    }
  });

  it('decodes key files as their programs wrote them: an iPhone photo, Shift_JIS, UTF-16LE CSV', async () => {
    const a = await api();
    const { services, ctx } = importServices(a.storage, a.accountId);
    await importFile(services, ctx, fixture('real-world/vcard30/aosp_ios613_crcrlf_photo.vcf'));
    await importFile(services, ctx, fixture('real-world/vcard30/ezvcard_evolution.vcf'));
    const stored = await allContacts(a.storage, a.accountId);
    const bob = stored.find((c) => c.name === 'Bob Smith');
    expect(bob).toMatchObject({
      company: 'Smith Auto Repair',
      emails: ['bob@smithauto.com'],
      phones: ['(650) 555-1212'],
    });
    expect(bob?.photo).toMatch(/^data:image\/jpeg;base64,\/9j\//);
    const john = stored.find((c) => c.company === 'IBM');
    expect(john).toMatchObject({ role: 'Money Counter', birthday: '1980-03-22', tags: ['vip'] });
    expect(john?.notes).toContain('Address: ASB-123, 15 Crescent moon drive, Albaney, New York 12345');
    expect(john?.notes).toContain('Spouse: Maria');
  });

  it('turns LinkedIn "Connected On" into a connection that is not counted as contact', async () => {
    const a = await api();
    const { services, ctx } = importServices(a.storage, a.accountId);
    const report = await importFile(services, ctx, fixture('synthetic/linkedin-connections-current.csv'));
    expect(report.format).toBe('linkedin');
    const stored = await allContacts(a.storage, a.accountId);
    const soren = stored.find((c) => c.linkedinUrl === 'https://www.linkedin.com/in/s-ren-smith-38p');
    expect(soren).toMatchObject({ name: 'Søren Smith', company: 'Smith, Jones & Partners', stage: 'none' });
    expect(soren?.summary).toMatchObject({ interactionCount: 0, twoWayCount: 0, lastAt: null });
    const timeline = await a.storage.interactions.listForContact(a.accountId, soren?.id ?? '', 10);
    expect(timeline.items).toMatchObject([
      { kind: 'connection', occurredAt: '2017-07-18T00:00:00.000Z', channel: 'linkedin' },
    ]);
    // Two different profiles with the same name at the same company stay two people.
    expect(stored.filter((c) => c.name === 'Lucía Nguyễn' && c.company === 'Freelance')).toHaveLength(2);
    expect(report.skipped).toBeGreaterThan(0);
  });

  it('re-importing the same LinkedIn export creates nothing; a newer export updates people', async () => {
    const a = await api();
    const { services, ctx } = importServices(a.storage, a.accountId);
    const bytes = fixture('synthetic/linkedin-connections-current.csv');
    const first = await importFile(services, ctx, bytes);
    const before = await allContacts(a.storage, a.accountId);
    const again = await importFile(services, ctx, bytes);
    expect(again).toMatchObject({ created: 0, updated: 0, duplicates: first.created + first.duplicates });
    expect(again.examples.duplicates[0]?.matchedBy).toBe('linkedin');
    expect(await allContacts(a.storage, a.accountId)).toEqual(before);

    const newer = new TextDecoder()
      .decode(bytes)
      .replace(
        'João,Oliveira,https://www.linkedin.com/in/joao-oliveira-8ew,,Freelance,Desenvolvedora Full-Stack',
        'João,Oliveira,https://www.linkedin.com/in/joao-oliveira-8ew,,Nubank,Tech Lead',
      );
    const third = await importFile(services, ctx, encode(newer));
    expect(third).toMatchObject({ created: 0, updated: 1 });
    expect(third.examples.updated[0]).toMatchObject({
      name: 'João Oliveira',
      fields: ['company', 'role'],
      matchedBy: 'linkedin',
    });
    const joao = (await allContacts(a.storage, a.accountId)).find(
      (c) => c.linkedinUrl === 'https://www.linkedin.com/in/joao-oliveira-8ew',
    );
    expect(joao).toMatchObject({ company: 'Nubank', role: 'Tech Lead' });
    const timeline = await a.storage.interactions.listForContact(a.accountId, joao?.id ?? '', 10);
    expect(timeline.items).toHaveLength(1);
  });

  it('a dry run counts new, updated, duplicate and failed records with examples, and writes nothing', async () => {
    const a = await api();
    const { services, ctx } = importServices(a.storage, a.accountId);
    await a.storage.contacts.insert(a.accountId, {
      id: 'known1',
      name: 'Ana Souza',
      givenName: null,
      familyName: null,
      emails: ['ana@example.com'],
      phones: [],
      company: null,
      role: null,
      sector: null,
      location: null,
      linkedinUrl: null,
      birthday: null,
      photo: null,
      notes: null,
      tags: [],
      circle: 'professional',
      context: null,
      tier: 'network',
      cadenceDays: null,
      archived: false,
      createdAt: '2026-01-01T00:00:00.000Z',
      updatedAt: '2026-01-01T00:00:00.000Z',
    });
    const json = JSON.stringify([
      { name: 'Ana Souza', emails: ['ANA@example.com'], company: 'Acme' },
      { name: 'Bea Lima', emails: ['bea@example.com'] },
      { name: 'Bea Lima', emails: ['bea@example.com'] },
      42,
    ]);
    const report = await importFile(services, ctx, encode(json), { fileName: 'people.json', dryRun: true });
    expect(report).toMatchObject({
      dryRun: true,
      batchId: null,
      format: 'json',
      created: 1,
      updated: 1,
      duplicates: 1,
      failed: 1,
    });
    expect(report.examples.updated[0]).toMatchObject({ contactId: 'known1', matchedBy: 'email', fields: ['company'] });
    expect(report.examples.failed[0]).toMatchObject({ record: 4 });
    expect(await allContacts(a.storage, a.accountId)).toHaveLength(1);
    expect(await a.storage.imports.list(a.accountId, 10)).toEqual([]);
  });

  it('is all or nothing: one bad record rolls back; skip-invalid imports the rest and reports it', async () => {
    const a = await api();
    const { services, ctx } = importServices(a.storage, a.accountId);
    const json = JSON.stringify([{ name: 'Ana' }, { name: 'Bea' }, 'not a contact', { name: 'Caio' }]);
    const error = await rejection(importFile(services, ctx, encode(json)));
    expect(error.code).toBe('validation_failed');
    const report = error.details?.report as ImportReport;
    expect(report).toMatchObject({ failed: 1, created: 3 });
    expect(report.problems).toMatchObject([{ record: 3, severity: 'error', code: 'bad-record' }]);
    expect(await allContacts(a.storage, a.accountId)).toEqual([]);
    expect(await a.storage.imports.list(a.accountId, 10)).toEqual([]);

    const skipped = await importFile(services, ctx, encode(json), { skipInvalid: true });
    expect(skipped).toMatchObject({ created: 3, failed: 1 });
    expect(skipped.examples.failed[0]).toMatchObject({ record: 3 });
    expect((await allContacts(a.storage, a.accountId)).map((c) => c.name).sort()).toEqual(['Ana', 'Bea', 'Caio']);
  });

  it('leaves the database unchanged when reading fails half-way through a big file', async () => {
    const a = await api();
    const { services, ctx } = importServices(a.storage, a.accountId);
    const bytes = encode(linkedinCsv(3000));
    async function* breaking(): AsyncGenerator<Uint8Array> {
      yield bytes.subarray(0, 150_000);
      throw new Error('the disk went away');
    }
    await expect(importFile(services, ctx, breaking())).rejects.toThrow('the disk went away');
    expect(await allContacts(a.storage, a.accountId)).toEqual([]);
    expect(await a.storage.imports.list(a.accountId, 10)).toEqual([]);
    // The same file read whole imports in chunks.
    const report = await importFile(services, ctx, bytes);
    expect(report.created).toBe(3000);
    expect(await allContacts(a.storage, a.accountId)).toHaveLength(3000);
  });

  it('keeps search whole: imported people, and people added after an import or a failed one, are found', async () => {
    const a = await api();
    const { services, ctx } = importServices(a.storage, a.accountId);
    const names = async (q: string) =>
      (await a.storage.contacts.list(a.accountId, { search: q, limit: 50 }, new Date())).items.map((c) => c.name);
    // Two chunks of records, written while the search trigger is set aside.
    await importFile(
      services,
      ctx,
      encode(linkedinCsv(1500, { company: (i) => (i === 1200 ? 'Telefónica' : 'Acme') })),
    );
    expect(await names('Number 1499')).toEqual(['Person Number 1499']);
    expect(await names('telefonica')).toEqual(['Person Number 1200']);
    // A failed import rolls back whole; the trigger is there for the next contact typed by hand.
    await expect(
      importFile(services, ctx, encode(JSON.stringify([{ name: 'Zoë Quintana' }, 'bad']))),
    ).rejects.toThrow();
    await createContact({ ...a.storage, ...services }, ctx, { name: 'Zoë Quintana-Lobo' });
    expect(await names('quintana')).toEqual(['Zoë Quintana-Lobo']);
    expect(await names('zoe')).toEqual(['Zoë Quintana-Lobo']);
  });

  it('says the problems in the language of the request, and keeps their codes', async () => {
    const a = await api();
    const { services, ctx } = importServices(a.storage, a.accountId);
    const bytes = fixture('real-world/vcard_malformed/aosp_hash_comment_lines.vcf');
    const english = await importFile(services, ctx, bytes, { dryRun: true });
    expect(english.problems).toContainEqual(
      expect.objectContaining({ line: 6, code: 'comment-line', message: "The line starts with '#' and was ignored." }),
    );
    const said = {
      es: 'La línea empieza por «#» y se ignoró.',
      pt: 'A linha começa com “#” e foi ignorada.',
      it: 'La riga inizia con «#» ed è stata ignorata.',
    } as const;
    for (const locale of ['es', 'pt', 'it'] as const) {
      const report = await importFile(services, { ...ctx, locale }, bytes, { dryRun: true });
      expect(report.problems.map((p) => [p.line, p.code])).toEqual(english.problems.map((p) => [p.line, p.code]));
      expect(report.problems).toContainEqual(expect.objectContaining({ line: 6, message: said[locale] }));
      expect(report.problems[0]).not.toHaveProperty('key');
    }
    // A record that fails in Spanish names itself and the reason in Spanish.
    const failed = await rejection(
      importFile(services, { ...ctx, locale: 'es' }, encode(JSON.stringify([{ name: 'Ana' }, 7]))),
    );
    const report = failed.details?.report as ImportReport;
    expect(report.problems[0]?.message).toBe('El registro 2 no es un objeto; se omitió.');
  });

  it('with skip-invalid, imports the good records even when the bad ones were lost while parsing', async () => {
    const a = await api();
    const { services, ctx } = importServices(a.storage, a.accountId);
    const report = await importFile(services, ctx, encode(JSON.stringify([{ name: 'Ana Souza' }, 7, 'x'])), {
      skipInvalid: true,
    });
    expect(report).toMatchObject({ records: 1, created: 1, failed: 2 });
    expect((await allContacts(a.storage, a.accountId)).map((c) => c.name)).toEqual(['Ana Souza']);
    const only = await rejection(importFile(services, ctx, encode('[7, "x"]'), { skipInvalid: true }));
    expect(only.message).toBe('2 records could not be imported; nothing was imported.');
  });

  it('undo removes what an import created and restores what it updated, exactly', async () => {
    const a = await api();
    const { services, ctx } = importServices(a.storage, a.accountId);
    await importFile(
      services,
      ctx,
      encode(JSON.stringify([{ name: 'Ana Souza', emails: ['ana@example.com'], tags: ['design'] }])),
    );
    const [ana] = await allContacts(a.storage, a.accountId);
    await a.storage.interactions.insert(a.accountId, {
      id: 'talk1',
      contactIds: [ana?.id ?? ''],
      occurredAt: '2026-03-01T10:00:00.000Z',
      kind: 'coffee',
      channel: null,
      direction: 'both',
      value: 'give',
      askKind: null,
      giveKind: 'help',
      note: null,
      followUpAt: null,
      createdAt: '2026-03-01T10:00:00.000Z',
    });
    const before = await allContacts(a.storage, a.accountId);
    const csv = linkedinCsv(3).replace(
      'Person,Number 2,https://www.linkedin.com/in/person-2,,',
      'Ana,Souza,https://www.linkedin.com/in/ana-souza,ana@example.com,',
    );
    const report = await importFile(services, ctx, encode(csv), { fileName: 'Connections.csv' });
    expect(report).toMatchObject({ created: 2, updated: 1 });
    const batches = await a.storage.imports.list(a.accountId, 10);
    expect(batches).toHaveLength(2);
    expect(batches.find((b) => b.id === report.batchId)).toMatchObject({
      id: report.batchId,
      fileName: 'Connections.csv',
      format: 'linkedin',
      created: 2,
      updated: 1,
      undoneAt: null,
    });
    const changed = (await allContacts(a.storage, a.accountId)).find((c) => c.id === ana?.id);
    expect(changed).toMatchObject({ linkedinUrl: 'https://www.linkedin.com/in/ana-souza', tags: ['design'] });

    const undone = await undoImport(services, ctx, report.batchId ?? '');
    expect(undone).toMatchObject({ removed: 2, restored: 1, missing: 0 });
    expect(await allContacts(a.storage, a.accountId)).toEqual(before);
    const timeline = await a.storage.interactions.listForContact(a.accountId, ana?.id ?? '', 10);
    expect(timeline.items.map((i) => i.id)).toEqual(['talk1']);
    expect((await rejection(undoImport(services, ctx, report.batchId ?? ''))).code).toBe('conflict');
    expect((await rejection(undoImport(services, ctx, 'nope'))).code).toBe('not_found');
  });
});
