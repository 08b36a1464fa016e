// `nexo contacts ...` in-process against a real SQLite database in a temporary directory.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import stringWidth from 'string-width';
import { createContact } from '@nexo/core';
import { openStorage } from '@nexo/storage';
import { createServices } from '@nexo/server';
import { errorEnvelope, json, runCli, tempDataDir } from '../testing/run.js';

interface ContactJson {
  id: string;
  name: string;
  givenName: string | null;
  familyName: string | null;
  company: string | null;
  role: string | null;
  emails: string[];
  phones: string[];
  tags: string[];
  notes: string | null;
  birthday: string | null;
  tier: string;
  circle: string;
  context: string | null;
  cadenceDays: number | null;
  archived: boolean;
  stage: string;
  dueAt: string;
  lastInteractionAt: string | null;
}

let data: ReturnType<typeof tempDataDir>;
const nexo = (...args: string[]) => runCli(data.dir, args);

beforeEach(() => {
  data = tempDataDir();
});
afterEach(() => data.remove());

describe('nexo contacts add', () => {
  it('prints the created contact with its id under --json', async () => {
    const result = await nexo(
      'contacts',
      'add',
      '--name',
      'Ana Pérez',
      '--company',
      'Acme',
      '--role',
      'CTO',
      '--email',
      'ana@acme.com',
      '--email',
      'ana@home.org',
      '--phone',
      '+34 600 111 222',
      '--tier',
      'key',
      '--circle',
      'both',
      '--context',
      'former-colleague',
      '--tag',
      'AI',
      '--tag',
      'climbing',
      '--given-name',
      'Ana',
      '--family-name',
      'Pérez',
      '--birthday',
      '1990-04-02',
      '--notes',
      'met at Acme',
      '--cadence',
      '21',
      '--json',
    );
    const contact = json<ContactJson>(result);
    expect(contact.id).toMatch(/^\w+$/);
    expect(contact).toMatchObject({
      name: 'Ana Pérez',
      givenName: 'Ana',
      familyName: 'Pérez',
      company: 'Acme',
      role: 'CTO',
      emails: ['ana@acme.com', 'ana@home.org'],
      phones: ['+34 600 111 222'],
      tags: ['ai', 'climbing'],
      tier: 'key',
      circle: 'both',
      context: 'former-colleague',
      birthday: '1990-04-02',
      notes: 'met at Acme',
      cadenceDays: 21,
      archived: false,
      stage: 'none',
      lastInteractionAt: null,
    });
  });

  it('confirms in one readable line without --json', async () => {
    const result = await nexo('contacts', 'add', '--name', 'Bruno Costa');
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^Added Bruno Costa \(id \w+\)\.\n$/);
  });

  it('rejects a missing name naming the field', async () => {
    const result = await nexo('contacts', 'add', '--company', 'Acme', '--json');
    expect(result.code).toBe(2);
    expect(errorEnvelope(result)).toMatchObject({
      code: 'validation_failed',
      details: { issues: [{ field: 'name' }] },
    });
  });
});

describe('nexo contacts list', () => {
  it('prints an array of whole contacts under --json, filtered by the flags', async () => {
    await nexo('contacts', 'add', '--name', 'Ana Pérez', '--tier', 'key', '--email', 'ana@acme.com', '--tag', 'ai');
    await nexo('contacts', 'add', '--name', 'Bruno Costa', '--tier', 'wide');
    const all = json<ContactJson[]>(await nexo('contacts', 'list', '--json'));
    expect(all.map((c) => c.name).sort()).toEqual(['Ana Pérez', 'Bruno Costa']);
    const ana = all.find((c) => c.name === 'Ana Pérez');
    for (const key of [
      'id',
      'name',
      'givenName',
      'familyName',
      'company',
      'role',
      'emails',
      'phones',
      'tags',
      'notes',
      'birthday',
      'stage',
      'dueAt',
      'lastInteractionAt',
    ]) {
      expect(ana).toHaveProperty(key);
    }
    expect(ana?.emails).toEqual(['ana@acme.com']);
    const key = json<ContactJson[]>(await nexo('contacts', 'list', '--tier', 'key', '--json'));
    expect(key.map((c) => c.name)).toEqual(['Ana Pérez']);
    const tagged = json<ContactJson[]>(await nexo('contacts', 'list', '--tag', 'ai', '--search', 'ana', '--json'));
    expect(tagged.map((c) => c.name)).toEqual(['Ana Pérez']);
    const limited = json<ContactJson[]>(await nexo('contacts', 'list', '--limit', '1', '--sort', 'name', '--json'));
    expect(limited.map((c) => c.name)).toEqual(['Ana Pérez']);
  });

  it('follows cursors past one page when --limit asks for more', async () => {
    const storage = await openStorage({ dataDir: data.dir });
    try {
      const services = createServices(storage);
      const ctx = { accountId: await storage.accounts.ensureLocal(), locale: 'en' as const };
      for (let i = 0; i < 520; i++)
        await createContact(services, ctx, { name: `Person ${String(i).padStart(3, '0')}` });
    } finally {
      await storage.close();
    }
    expect(json<ContactJson[]>(await nexo('contacts', 'list', '--json'))).toHaveLength(520);
    const some = json<ContactJson[]>(await nexo('contacts', 'list', '--limit', '510', '--sort', 'name', '--json'));
    expect(some).toHaveLength(510);
    expect(new Set(some.map((c) => c.id)).size).toBe(510);
  });

  it('prints an aligned table, wide characters included', async () => {
    await nexo('contacts', 'add', '--name', '山田 太郎', '--company', 'Über');
    await nexo('contacts', 'add', '--name', 'Zoë 🎉', '--company', 'Acme');
    const result = await nexo('contacts', 'list');
    const lines = result.stdout.trimEnd().split('\n');
    expect(lines[0]).toMatch(/^NAME\s+COMPANY\s+ROLE\s+TIER\s+STAGE\s+LAST CONTACT\s+DUE$/);
    // "COMPANY" starts in the same terminal column on every row: 山田 太郎 is 9 columns wide.
    const companyColumn = (lines[0] ?? '').indexOf('COMPANY');
    const columnOf = (text: string) => {
      const line = lines.find((l) => l.includes(text)) ?? '';
      return stringWidth(line.slice(0, line.indexOf(text)));
    };
    expect(columnOf('Über')).toBe(companyColumn);
    expect(columnOf('Acme')).toBe(companyColumn);
    expect(result.stdout).toContain('never');
    expect(result.stdout).toContain('2 contacts');
  });
});

describe('nexo contacts show / edit / archive', () => {
  it('shows the details object, edits and clears fields, archives and restores by name', async () => {
    const { id } = json<ContactJson>(
      await nexo('contacts', 'add', '--name', 'Ana Pérez', '--company', 'Acme', '--json'),
    );
    const details = json<{
      contact: ContactJson;
      relationship: { stage: { value: string; reason: string } };
      recentInteractions: unknown[];
      knows: unknown[];
    }>(await nexo('contacts', 'show', 'ana pérez', '--json'));
    expect(details.contact.id).toBe(id);
    expect(details.relationship.stage).toMatchObject({ value: 'none' });
    expect(details.relationship.stage.reason).not.toBe('');
    expect(details).toMatchObject({ recentInteractions: [], knows: [] });

    const edited = json<ContactJson>(
      await nexo('contacts', 'edit', id, '--company', '', '--role', 'CTO', '--tag', 'ai', '--json'),
    );
    expect(edited).toMatchObject({ company: null, role: 'CTO', tags: ['ai'] });
    const withMore = json<ContactJson>(
      await nexo('contacts', 'edit', 'Ana', '--context', 'work', '--cadence', '10', '--json'),
    );
    expect(withMore).toMatchObject({ context: 'work', cadenceDays: 10 });
    const cleared = json<ContactJson>(
      await nexo('contacts', 'edit', 'Ana', '--tag', '', '--context', '', '--cadence', '', '--json'),
    );
    expect(cleared).toMatchObject({ tags: [], context: null, cadenceDays: null });

    expect(json<ContactJson>(await nexo('contacts', 'archive', 'Ana', '--json')).archived).toBe(true);
    expect(json<ContactJson[]>(await nexo('contacts', 'list', '--json'))).toEqual([]);
    expect(json<ContactJson[]>(await nexo('contacts', 'list', '--archived', '--json'))).toHaveLength(1);
    expect(json<ContactJson>(await nexo('contacts', 'unarchive', 'Ana Pérez', '--json')).archived).toBe(false);

    const text = await nexo('contacts', 'show', id);
    expect(text.stdout).toContain('Ana Pérez');
    expect(text.stdout).toContain('Stage: no contact yet');
    expect(text.stdout).toMatch(/Health: \d+\/100/);
  });

  it('refuses an edit with nothing to change', async () => {
    await nexo('contacts', 'add', '--name', 'Ana Pérez');
    const result = await nexo('contacts', 'edit', 'Ana');
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('[validation_failed]');
  });
});
