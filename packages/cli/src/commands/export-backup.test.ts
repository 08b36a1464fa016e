// `nexo export`, `nexo backup` and `nexo restore`: files on stdout or on disk, JSON for scripts,
// the exit codes of the error table, and a restore that refuses a data directory already in use.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { errorEnvelope, json, runCli, tempDataDir } from '../testing/run.js';

let data: ReturnType<typeof tempDataDir>;
let other: ReturnType<typeof tempDataDir>;
const nexo = (...args: string[]) => runCli(data.dir, args);

beforeEach(() => {
  data = tempDataDir();
  other = tempDataDir();
});
afterEach(() => {
  data.remove();
  other.remove();
});

async function addPeople() {
  await nexo(
    'contacts',
    'add',
    '--name',
    'Ana Pérez',
    '--tier',
    'key',
    '--tag',
    'design',
    '--email',
    'ana@example.com',
  );
  await nexo('contacts', 'add', '--name', 'Bruno Costa', '--tier', 'wide', '--company', '=cmd|calc');
  await nexo('log', 'Ana', '--kind', 'coffee', '--note', 'Talked about design systems');
}

describe('nexo export', () => {
  it('writes vCard 4.0 to stdout by default, JSON with --json, and a file with --out', async () => {
    await addPeople();
    const vcard = await nexo('export');
    expect(vcard.code).toBe(0);
    expect(vcard.stdout).toMatch(/^BEGIN:VCARD\r\nVERSION:4\.0\r\nFN:Ana Pérez\r\n/);
    expect(vcard.stdout.match(/BEGIN:VCARD/g)).toHaveLength(2);

    expect(json<{ name: string }[]>(await nexo('export', '--json')).map((c) => c.name)).toEqual([
      'Ana Pérez',
      'Bruno Costa',
    ]);

    const out = join(data.dir, 'people.csv');
    const written = await nexo('export', '--format', 'csv', '--out', out);
    expect(written.code).toBe(0);
    expect(written.stdout).toBe(`Exported 2 contacts to ${out}.\n`);
    const csv = readFileSync(out, 'utf8');
    expect(csv).toContain(`"'=cmd|calc"`);
    expect(json(await nexo('export', '--format', 'vcard3', '--out', out, '--json'))).toEqual({
      file: out,
      format: 'vcard3',
      contacts: 2,
    });
    expect(readFileSync(out, 'utf8')).toContain('VERSION:3.0');
  });

  it('picks contacts by name or filter, and fails with exit 3 for someone unknown', async () => {
    await addPeople();
    const names = async (...args: string[]) =>
      json<{ name: string }[]>(await nexo('export', '--json', ...args)).map((c) => c.name);
    expect(await names('--contact', 'Bruno')).toEqual(['Bruno Costa']);
    expect(await names('--tier', 'key')).toEqual(['Ana Pérez']);
    expect(await names('--tag', 'design')).toEqual(['Ana Pérez']);
    const missing = await nexo('export', '--contact', 'Nobody', '--json');
    expect(missing.code).toBe(3);
    expect(errorEnvelope(missing).code).toBe('not_found');
    expect((await nexo('export', '--format', 'xls')).code).toBe(2);
  });
});

describe('nexo backup and restore', () => {
  it('backs up to a file and restores it into an empty data directory, losslessly', async () => {
    await addPeople();
    await nexo('settings', '--locale', 'es');
    const file = join(data.dir, 'backup.json');
    const written = await nexo('backup', '--out', file, '--json');
    expect(json(written)).toEqual({
      file,
      tables: {
        accountSettings: 1,
        contacts: 2,
        giveItems: 0,
        interactions: 1,
        interactionContacts: 1,
        knowsEdges: 0,
        questions: 0,
        duplicateDismissals: 0,
        templates: 0,
        campaigns: 0,
        campaignRecipients: 0,
      },
    });
    const before = JSON.parse(readFileSync(file, 'utf8')) as { tables: unknown; format: string };
    expect(before.format).toBe('nexo-backup');

    const restored = await runCli(other.dir, ['restore', file, '--lang', 'en']);
    expect(restored.code, restored.stderr).toBe(0);
    expect(restored.stdout).toBe(
      'Restored contacts: 2, interactions: 1, who-knows-whom links: 0. Your history, stages and due dates are back.\n',
    );
    const after = JSON.parse((await runCli(other.dir, ['backup'])).stdout) as { tables: unknown };
    expect(after.tables).toEqual(before.tables);
    const ana = json<{ stage: string }[]>(await runCli(other.dir, ['contacts', 'list', '--json', '--tier', 'key']));
    expect(ana[0]?.stage).toBe('first-contact');
  });

  it('refuses a data directory that is in use (exit 5, conflict) and a broken file (exit 2), writing nothing', async () => {
    await addPeople();
    const file = join(data.dir, 'backup.json');
    await nexo('backup', '--out', file);
    const busy = await nexo('restore', file);
    expect(busy.code).toBe(5);
    expect(busy.stderr).toContain('[conflict]');

    const broken = join(data.dir, 'broken.json');
    writeFileSync(broken, '{"format":"nexo-backup",');
    const bad = await runCli(other.dir, ['restore', broken, '--json']);
    expect(bad.code).toBe(2);
    expect(errorEnvelope(bad).message).toContain('not valid JSON');
    expect((await runCli(other.dir, ['restore', join(data.dir, 'nope.json')])).code).toBe(3);
    expect(json<unknown[]>(await runCli(other.dir, ['contacts', 'list', '--json']))).toEqual([]);
    expect(existsSync(file)).toBe(true);
  });
});
