// `nexo duplicates dismiss|dismissed|undismiss`: "not the same person", in JSON and in words (in
// the user's language), idempotent, with the exit-code table for unknown pairs and contacts.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { json, runCli, tempDataDir } from '../testing/run.js';

let data: ReturnType<typeof tempDataDir>;
const nexo = (...args: string[]) => runCli(data.dir, args);
const add = async (...flags: string[]) => json<{ id: string }>(await nexo('contacts', 'add', ...flags, '--json')).id;

beforeEach(() => {
  data = tempDataDir();
});
afterEach(() => data.remove());

describe('nexo duplicates dismiss, dismissed and undismiss', () => {
  it('keeps a dismissed pair out of nexo duplicates until it is undismissed', async () => {
    const ana = await add('--name', 'Ana Souza', '--email', 'ana@x.org');
    const anna = await add('--name', 'Anna Sousa', '--email', 'ANA@x.org');
    const listed = await nexo('duplicates');
    expect(listed.stdout).toContain('same e-mail');
    expect(listed.stdout).toContain('nexo duplicates dismiss A B');

    const dismissed = await nexo('duplicates', 'dismiss', 'Anna Sousa', ana);
    expect(dismissed.code).toBe(0);
    expect(dismissed.stdout).toBe(
      `Marked Anna Sousa and Ana Souza as different people: they will not be suggested as duplicates again. Undo with: nexo duplicates undismiss ${anna} ${ana}\n`,
    );
    expect(json<unknown[]>(await nexo('duplicates', '--json'))).toEqual([]);
    expect((await nexo('duplicates')).stdout).toBe('No likely duplicates: your network is tidy.\n');

    const again = await nexo('duplicates', 'dismiss', ana, anna, '--json');
    expect(again.code).toBe(0);
    expect(json<{ created: boolean }>(again).created).toBe(false);
    expect((await nexo('duplicates', 'dismiss', ana, anna)).stdout).toMatch(
      /^Ana Souza and Anna Sousa were already marked as different people \(since \d{4}-\d{2}-\d{2}\)\.\n$/,
    );

    const list = json<{ a: { name: string }; b: { name: string } }[]>(await nexo('duplicates', 'dismissed', '--json'));
    expect(list.map((d) => [d.a.name, d.b.name].sort())).toEqual([['Ana Souza', 'Anna Sousa']]);
    const table = (await nexo('duplicates', 'dismissed')).stdout;
    expect(table).toContain('CONTACT');
    expect(table).toContain('Anna Sousa');

    const undone = await nexo('duplicates', 'undismiss', ana, anna);
    expect(undone.stdout).toBe('Ana Souza and Anna Sousa can be suggested as duplicates again.\n');
    expect(json<unknown[]>(await nexo('duplicates', '--json'))).toHaveLength(1);
    expect((await nexo('duplicates', 'dismissed')).stdout).toBe('No pairs are marked as different people.\n');
  });

  it('exits 3 for a pair that is not dismissed or an unknown contact, 2 for the same contact twice', async () => {
    const ana = await add('--name', 'Ana Souza');
    const bea = await add('--name', 'Beatriz Lima');
    const notDismissed = await nexo('duplicates', 'undismiss', ana, bea);
    expect(notDismissed.code).toBe(3);
    expect(notDismissed.stderr).toContain('Ana Souza and Beatriz Lima are not marked as different people.');
    const es = await nexo('duplicates', 'undismiss', ana, bea, '--lang', 'es');
    expect(es.stderr).toContain('Ana Souza y Beatriz Lima no están marcados como personas distintas.');
    const envelope = await nexo('duplicates', 'undismiss', ana, bea, '--json');
    expect(JSON.parse(envelope.stderr)).toMatchObject({ error: { code: 'not_found', details: { kind: 'dismissal' } } });
    expect((await nexo('duplicates', 'dismiss', ana, 'Nobody Here')).code).toBe(3);
    expect((await nexo('duplicates', 'dismiss', ana, ana)).code).toBe(2);
  });

  it('speaks the user language', async () => {
    const ana = await add('--name', 'Ana Souza');
    const bea = await add('--name', 'Beatriz Lima');
    for (const [lang, words] of [
      ['es', 'personas distintas'],
      ['pt', 'pessoas diferentes'],
      ['it', 'persone diverse'],
    ] as const) {
      const out = await nexo('duplicates', 'dismiss', ana, bea, '--lang', lang);
      expect(out.stdout).toContain(words);
      await nexo('duplicates', 'undismiss', ana, bea);
    }
  });
});
