// `nexo import`, `nexo imports`, `nexo duplicates`, `nexo merge` and `nexo merges`: the JSON shape,
// the exit codes, dry runs, undo, and the progress bar on a terminal.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { main } from '../cli.js';
import { errorEnvelope, json, runCli, tempDataDir } from '../testing/run.js';

interface ImportJson {
  created: number;
  updated: number;
  duplicates: number;
  failed: number;
  skipped: number;
  dryRun: boolean;
  batchId: string | null;
  format: string;
  problems: { record: number | null; line: number | null; message: string; severity: string }[];
}

const linkedin = fileURLToPath(
  new URL('../../../io/test-fixtures/synthetic/linkedin-connections-current.csv', import.meta.url),
);

let data: ReturnType<typeof tempDataDir>;
const nexo = (...args: string[]) => runCli(data.dir, args);
const file = (name: string, text: string) => {
  const path = join(data.dir, name);
  writeFileSync(path, text);
  return path;
};
const count = async () => json<unknown[]>(await nexo('contacts', 'list', '--all', '--limit', '500', '--json')).length;

beforeEach(() => {
  data = tempDataDir();
});
afterEach(() => data.remove());

describe('nexo import', () => {
  it('imports a LinkedIn export with the documented JSON, and a second time creates nothing', async () => {
    const first = await nexo('import', linkedin, '--json');
    expect(first.code).toBe(0);
    const report = JSON.parse(first.stdout) as ImportJson;
    expect(report).toMatchObject({ format: 'linkedin', updated: 0, failed: 0, dryRun: false });
    expect(report.created).toBeGreaterThan(200);
    expect(typeof report.batchId).toBe('string');
    expect(report.problems[0]).toEqual(
      expect.objectContaining({ record: expect.any(Number), line: expect.any(Number), message: expect.any(String) }),
    );
    const again = json<ImportJson>(await nexo('import', linkedin, '--json'));
    expect(again).toMatchObject({ created: 0, updated: 0, duplicates: report.created + report.duplicates });
    expect(await count()).toBe(report.created);
  });

  it('a dry run reports and saves nothing; the human report names counts, examples and the undo', async () => {
    const dry = json<ImportJson>(await nexo('import', linkedin, '--dry-run', '--json'));
    expect(dry).toMatchObject({ dryRun: true, batchId: null });
    expect(dry.created).toBeGreaterThan(200);
    expect(await count()).toBe(0);
    const human = await nexo('import', linkedin);
    expect(human.code).toBe(0);
    expect(human.stdout).toMatch(/^Imported linkedin-connections-current\.csv \(linkedin\): \d+ new, 0 updated/);
    expect(human.stdout).toContain('New: Søren Smith');
    expect(human.stdout).toMatch(/Undo with: nexo imports undo \w+/);
    expect(human.stderr).toBe('');
  });

  it('exits non-zero and saves nothing when a record fails, unless --skip-invalid', async () => {
    const path = file('people.json', JSON.stringify([{ name: 'Ana' }, 7, { name: 'Bea' }]));
    const failed = await nexo('import', path, '--json');
    expect(failed.code).toBe(2);
    expect(JSON.parse(failed.stdout)).toMatchObject({
      created: 2,
      failed: 1,
      problems: [{ record: 2, severity: 'error' }],
    });
    expect(errorEnvelope(failed).code).toBe('validation_failed');
    expect(await count()).toBe(0);
    const human = await nexo('import', path);
    expect(human.code).toBe(2);
    expect(human.stdout).toContain('Nothing was imported from people.json (json): 1 failed');
    expect(human.stdout).toContain('✗ record 2');
    expect(human.stderr).toContain('--skip-invalid');
    const skipped = json<ImportJson>(await nexo('import', path, '--skip-invalid', '--json'));
    expect(skipped).toMatchObject({ created: 2, failed: 1 });
    expect(await count()).toBe(2);
  });

  it('exits non-zero when nothing can be imported: an empty file, a missing file', async () => {
    const empty = await nexo('import', file('empty.vcf', ''), '--json');
    expect(empty.code).toBe(2);
    expect(errorEnvelope(empty).message).toContain('No contacts');
    const missing = await nexo('import', join(data.dir, 'nope.csv'));
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('Cannot read the file');
  });

  it('says why nothing was imported, and what to do, in the user’s language', async () => {
    const missing = await nexo('--lang', 'es', 'import', join(data.dir, 'nope.csv'));
    expect(missing.stderr).toContain('No se puede leer el archivo «');
    const junk = await nexo('--lang', 'pt', 'import', file('notes.txt', 'hello\nworld\n'));
    expect(junk.code).toBe(2);
    expect(junk.stdout).toContain('Nenhum contato foi encontrado em notes.txt');
    expect(junk.stdout).toMatch(/✗ linha 1: Não foi encontrada uma linha de cabeçalho/);
    expect(junk.stderr).toContain('Nenhum contato foi encontrado no arquivo; nada foi importado.');
    expect(junk.stderr).toContain('--format');
    expect(junk.stderr).not.toContain('--skip-invalid');
    const bad = await nexo('--lang', 'it', 'import', file('bad.json', '[7, "x"]'), '--skip-invalid');
    expect(bad.code).toBe(2);
    expect(bad.stdout).toContain('Il record 1 non è un oggetto; saltato.');
    expect(bad.stderr).toContain('Nessun record del file si è potuto importare');
  });

  it('takes --format over detection', async () => {
    const csv = file(
      'contacts.txt',
      'First Name,Last Name,Email Address,Company,Position,Connected On\nAna,Souza,ana@x.org,Acme,CTO,"1/8/18, 6:14 PM"\n',
    );
    const r = json<ImportJson>(await nexo('import', csv, '--format', 'linkedin', '--json'));
    expect(r).toMatchObject({ format: 'linkedin', created: 1 });
    expect((await nexo('import', csv, '--format', 'excel')).code).toBe(2);
  });

  it('draws a progress bar on stderr when it is a terminal, and none in JSON mode', async () => {
    let stderr = '';
    const io = { stdout: () => undefined, stderr: (t: string) => void (stderr += t), env: {}, stderrIsTTY: true };
    expect(await main(['--data-dir', data.dir, 'import', linkedin], io)).toBe(0);
    expect(stderr).toMatch(/█+░*\s+\d+%\s+\d+ contacts read/);
    expect(stderr.endsWith('\r\x1b[2K')).toBe(true);
  });
});

describe('nexo imports', () => {
  it('lists imports and undoes one; undoing twice is a conflict', async () => {
    const { batchId } = json<ImportJson>(await nexo('import', linkedin, '--json'));
    const list = json<{ id: string; created: number; undoneAt: string | null }[]>(
      await nexo('imports', 'list', '--json'),
    );
    expect(list).toMatchObject([{ id: batchId, undoneAt: null }]);
    expect((await nexo('imports', 'list')).stdout).toContain('linkedin-connections-current.csv');
    const undone = await nexo('imports', 'undo', batchId ?? '');
    expect(undone.code).toBe(0);
    expect(undone.stdout).toMatch(/^Import undone: \d+ contacts removed, 0 back to how they were\./);
    expect(await count()).toBe(0);
    const twice = await nexo('imports', 'undo', batchId ?? '', '--json');
    expect(twice.code).toBe(5);
    expect(errorEnvelope(twice).code).toBe('conflict');
    expect((await nexo('imports', 'undo', 'nope')).code).toBe(3);
  });
});

describe('nexo duplicates, merge and merges undo', () => {
  it('finds a pair, merges it keeping everything, and undoes the merge', async () => {
    const add = async (...flags: string[]) =>
      json<{ id: string }>(await nexo('contacts', 'add', ...flags, '--json')).id;
    const ana = await add('--name', 'Ana Souza', '--email', 'ana@x.org', '--tag', 'design');
    const dup = await add(
      '--name',
      'Ana S.',
      '--email',
      'ANA@x.org',
      '--phone',
      '+34 612 345 678',
      '--company',
      'Acme',
    );
    await nexo('log', dup, '--note', 'coffee at the meetup');
    expect((await nexo('duplicates')).stdout).toContain('same e-mail');
    const pairs = json<{ a: { id: string }; b: { id: string }; reasons: string[] }[]>(
      await nexo('duplicates', '--json'),
    );
    expect(pairs).toMatchObject([{ a: { id: ana }, b: { id: dup }, reasons: ['email'] }]);

    const merged = json<{
      merge: { id: string };
      contact: { name: string; phones: string[]; company: string; tags: string[] };
    }>(await nexo('merge', ana, dup, '--json'));
    expect(merged.contact).toMatchObject({
      name: 'Ana Souza',
      phones: ['+34 612 345 678'],
      company: 'Acme',
      tags: ['design'],
    });
    expect(await count()).toBe(1);
    const shown = json<{ recentInteractions: { note: string }[] }>(await nexo('contacts', 'show', ana, '--json'));
    expect(shown.recentInteractions.map((i) => i.note)).toEqual(['coffee at the meetup']);
    expect(json<unknown[]>(await nexo('duplicates', '--json'))).toEqual([]);

    const undone = await nexo('merges', 'undo', merged.merge.id);
    expect(undone.stdout).toBe('Merge undone: Ana S. is back with their own history.\n');
    expect(await count()).toBe(2);
    const back = json<{ contact: { company: string | null }; recentInteractions: unknown[] }>(
      await nexo('contacts', 'show', dup, '--json'),
    );
    expect(back.recentInteractions).toHaveLength(1);
    expect(back.contact.company).toBe('Acme');
    expect((await nexo('merges', 'undo', merged.merge.id)).code).toBe(5);
  });
});
