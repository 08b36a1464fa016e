// The backup file contract: what is accepted, and errors that name the record at fault.
import { describe, expect, it } from 'vitest';
import { checkBackupReferences } from './check.js';
import { parseBackup, type BackupFile } from './format.js';

const T = '2026-01-01T09:00:00.000Z';
const contact = (id: string) => ({
  id,
  name: `Person ${id}`,
  givenName: null,
  familyName: null,
  emails: [],
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
  createdAt: T,
  updatedAt: T,
  snoozedUntil: null,
});
const file = (tables: Record<string, unknown[]>) => ({ format: 'nexo-backup', version: 1, exportedAt: T, tables });
const failure = (run: () => unknown) => {
  try {
    run();
  } catch (error) {
    return error as { code: string; message: string; details: Record<string, unknown> };
  }
  throw new Error('expected a failure');
};

describe('parseBackup', () => {
  it('accepts a file and fills in missing tables as empty, normalising instants', () => {
    const parsed = parseBackup(file({ contacts: [{ ...contact('a'), createdAt: '2026-01-01T10:00:00+01:00' }] }));
    expect(parsed.tables.contacts[0]?.createdAt).toBe(T);
    expect(parsed.tables.interactions).toEqual([]);
  });

  it('names the record and the field of a bad value', () => {
    const e = failure(() => parseBackup(file({ contacts: [contact('a'), { ...contact('b'), archived: 'no' }] })));
    expect(e.code).toBe('validation_failed');
    expect(e.message).toMatch(/^Invalid contacts record 2 \(b\): tables\.contacts\.1\.archived: /);
    expect(e.details.record).toEqual({ table: 'contacts', index: 1, key: 'b' });
  });

  it('refuses unknown fields and tables, other files and newer versions', () => {
    expect(failure(() => parseBackup(file({ contacts: [{ ...contact('a'), nickname: 'x' }] }))).message).toContain(
      'tables.contacts.0.nickname: Unknown field.',
    );
    expect(failure(() => parseBackup(file({ gadgets: [] }))).message).toContain('tables.gadgets: Unknown field.');
    expect(failure(() => parseBackup([])).message).toContain('not a nexo backup');
    expect(failure(() => parseBackup({ ...file({}), version: 9 })).message).toContain('newer version of nexo');
  });
});

describe('checkBackupReferences', () => {
  const base = (): BackupFile => parseBackup(file({ contacts: [contact('a'), contact('b')] }));
  const interaction = {
    id: 'i1',
    occurredAt: T,
    kind: 'call',
    channel: null,
    direction: 'both',
    value: 'neutral',
    askKind: null,
    giveKind: null,
    note: null,
    followUpAt: null,
    createdAt: T,
  } as const;

  it('accepts links and edges between records of the file', () => {
    const b = base();
    b.tables.interactions.push(interaction);
    b.tables.interactionContacts.push({ interactionId: 'i1', contactId: 'a', position: 0 });
    b.tables.knowsEdges.push({ contactA: 'a', contactB: 'b', strength: 'weak', how: null, createdAt: T });
    expect(() => checkBackupReferences(b.tables)).not.toThrow();
  });

  it('names duplicates, dangling links, unlinked interactions and reversed edges', () => {
    const dup = base();
    const [first] = dup.tables.contacts;
    if (first) dup.tables.contacts.push(first);
    expect(failure(() => checkBackupReferences(dup.tables)).message).toBe(
      'Invalid contacts record 3 (a): "a" appears more than once.',
    );
    const lonely = base();
    lonely.tables.interactions.push(interaction);
    expect(failure(() => checkBackupReferences(lonely.tables)).message).toContain('interactions record 1 (i1)');
    const dangling = base();
    dangling.tables.interactions.push(interaction);
    dangling.tables.interactionContacts.push({ interactionId: 'i1', contactId: 'zz', position: 0 });
    expect(failure(() => checkBackupReferences(dangling.tables)).message).toBe(
      'Invalid interactionContacts record 1 (i1/zz): contact "zz" is not in the backup.',
    );
    const reversed = base();
    reversed.tables.knowsEdges.push({ contactA: 'b', contactB: 'a', strength: 'weak', how: null, createdAt: T });
    expect(failure(() => checkBackupReferences(reversed.tables)).details.record).toEqual({
      table: 'knowsEdges',
      index: 0,
      key: 'b/a',
    });
  });

  it('reads backups from before dismissals, and checks dismissed pairs like edges', () => {
    expect(base().tables.duplicateDismissals).toEqual([]);
    const ok = base();
    ok.tables.duplicateDismissals.push({ contactA: 'a', contactB: 'b', createdAt: T });
    expect(() => checkBackupReferences(ok.tables)).not.toThrow();
    const dangling = base();
    dangling.tables.duplicateDismissals.push({ contactA: 'a', contactB: 'zz', createdAt: T });
    expect(failure(() => checkBackupReferences(dangling.tables)).message).toBe(
      'Invalid duplicateDismissals record 1 (a/zz): contact "zz" is not in the backup.',
    );
    const reversed = base();
    reversed.tables.duplicateDismissals.push({ contactA: 'b', contactB: 'a', createdAt: T });
    expect(failure(() => checkBackupReferences(reversed.tables)).message).toContain('contactA must sort before');
  });

  it('reads version 1 files without campaigns, and checks that drafts point at records of the file', () => {
    expect(base().version).toBe(1);
    expect(base().tables.campaigns).toEqual([]);
    const copy = {
      name: 'Geral',
      kind: 'general',
      lang: 'pt',
      subject: 'Olá {{firstName}}',
      body: 'Olá',
      askKind: null,
      giveKind: null,
      createdAt: T,
      updatedAt: T,
    } as const;
    const draft = {
      campaignId: 'm1',
      contactId: 'a',
      position: 0,
      toName: 'Ana',
      toAddress: 'ana@example.org',
      personal: null,
      subject: 'Olá Ana',
      body: 'Olá',
      edited: false,
      ready: true,
      sendState: 'sent',
      messageId: '<m1.a@example.org>',
      attempts: 1,
      lastError: null,
      sentAt: T,
      sentVia: 'smtp',
      interactionId: null,
      updatedAt: T,
    } as const;
    const v2 = parseBackup({
      ...file({
        contacts: [contact('a')],
        templates: [{ ...copy, id: 't1' }],
        campaigns: [{ ...copy, id: 'm1', templateId: 'deleted-since' }],
        campaignRecipients: [draft],
      }),
      version: 2,
    });
    expect(() => checkBackupReferences(v2.tables)).not.toThrow();
    const stray = parseBackup(file({ contacts: [contact('a')], campaignRecipients: [{ ...draft, campaignId: 'm9' }] }));
    expect(failure(() => checkBackupReferences(stray.tables)).message).toBe(
      'Invalid campaignRecipients record 1 (m9/a): campaign "m9" is not in the backup.',
    );
    const lost = parseBackup(
      file({
        contacts: [contact('a')],
        campaigns: [{ ...copy, id: 'm1', templateId: null }],
        campaignRecipients: [{ ...draft, interactionId: 'i9' }],
      }),
    );
    expect(failure(() => checkBackupReferences(lost.tables)).message).toContain(
      'interaction "i9" is not in the backup.',
    );
    expect(
      failure(() => parseBackup(file({ campaignRecipients: [{ ...draft, sendState: 'queued' }] }))).message,
    ).toMatch(/^Invalid campaignRecipients record 1 \(m1\/a\): tables\.campaignRecipients\.0\.sendState/);
  });
});
