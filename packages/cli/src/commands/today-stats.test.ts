// `nexo today` and `nexo stats`: JSON shapes for scripts, readable text in the user's language.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { daysAgo, json, runCli, tempDataDir } from '../testing/run.js';

let data: ReturnType<typeof tempDataDir>;
const nexo = (...args: string[]) => runCli(data.dir, args);

beforeEach(() => {
  data = tempDataDir();
});
afterEach(() => data.remove());

describe('nexo today', () => {
  it('prints a helpful hint when nobody is due', async () => {
    const result = await nexo('today');
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('nexo contacts add');
    expect(result.stdout).toContain('nexo log');
    expect(json(await nexo('today', '--json'))).toEqual([]);
  });

  it('lists who is due with reason and suggestion, numbered', async () => {
    const { id } = json<{ id: string }>(
      await nexo('contacts', 'add', '--name', 'Ana Pérez', '--tier', 'inner', '--json'),
    );
    await nexo('contacts', 'add', '--name', 'Bruno Costa', '--tag', 'jazz');
    await nexo('log', 'Ana', '--at', daysAgo(60));
    const items = json<{ id: string; name: string; kind: string; reason: string; suggestion: string }[]>(
      await nexo('today', '--json'),
    );
    const ana = items.find((i) => i.id === id);
    expect(ana).toMatchObject({ name: 'Ana Pérez', kind: 'overdue' });
    for (const item of items) {
      expect(Object.keys(item)).toEqual(expect.arrayContaining(['id', 'name', 'kind', 'reason', 'suggestion']));
      expect(item.reason).not.toBe('');
      expect(item.suggestion).not.toBe('');
    }
    expect(json<unknown[]>(await nexo('today', '--limit', '1', '--json'))).toHaveLength(1);
    const text = await nexo('today');
    expect(text.stdout).toMatch(/^Today: \d+ people to reach out to\n1\. /);
    expect(text.stdout).toContain(`Ana Pérez — ${ana?.reason ?? ''}`);
    expect(text.stdout).toContain(`→ ${ana?.suggestion ?? ''}`);
  });

  it('speaks Spanish with --lang es, and with LANG=es_ES.UTF-8', async () => {
    await nexo('contacts', 'add', '--name', 'Ana Pérez');
    const flag = await nexo('today', '--lang', 'es');
    expect(flag.stdout).toMatch(/^Hoy: 1 persona a quien escribir\n/);
    const env = await runCli(data.dir, ['today'], { env: { LANG: 'es_ES.UTF-8' } });
    expect(env.stdout).toBe(flag.stdout);
  });

  it("falls back to the account's language when the environment names none nexo speaks", async () => {
    await nexo('settings', '--locale', 'it');
    const result = await runCli(data.dir, ['today'], { env: { LANG: 'C.UTF-8' } });
    expect(result.stdout).toContain('Oggi nessuno in scadenza');
  });
});

describe('nexo stats', () => {
  it('prints the metrics object under --json', async () => {
    await nexo('contacts', 'add', '--name', 'Ana Pérez', '--tier', 'key');
    await nexo('contacts', 'add', '--name', 'Bruno Costa');
    await nexo('log', 'Ana', '--kind', 'email', '--value', 'give', '--at', daysAgo(5));
    await nexo('log', 'Ana', '--value', 'ask', '--at', daysAgo(1));
    const metrics = json<Record<string, unknown>>(await nexo('stats', '--json'));
    expect(metrics).toMatchObject({
      totalContacts: 2,
      gives: 1,
      asks: 1,
      giveShare: 0.5,
      tiers: { key: { size: 1, target: expect.any(Number) } },
      insights: expect.any(Array),
    });
    for (const key of ['activeRelationships', 'ghosts', 'thanks', 'byCircle', 'byStage', 'overdue'])
      expect(metrics).toHaveProperty(key);
  });

  it('prints readable sections and the insights', async () => {
    await nexo('contacts', 'add', '--name', 'Ana Pérez');
    const result = await nexo('stats');
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('Your network');
    expect(result.stdout).toMatch(/TIER\s+SIZE\s+TARGET\s+FILL/);
    expect(result.stdout).toContain('The coach says');
  });
});

describe('nexo knows / settings', () => {
  it('records who knows whom, shown on the contact', async () => {
    await nexo('contacts', 'add', '--name', 'Ana Pérez');
    await nexo('contacts', 'add', '--name', 'Bruno Costa', '--company', 'Acme');
    const edge = json<{ strength: string; how: string }>(
      await nexo('knows', 'Ana', 'Bruno', '--strength', 'strong', '--how', 'climbing club', '--json'),
    );
    expect(edge).toMatchObject({ strength: 'strong', how: 'climbing club' });
    const shown = json<{ knows: { name: string; company: string | null }[] }>(
      await nexo('contacts', 'show', 'Ana', '--json'),
    );
    expect(shown.knows).toEqual([
      expect.objectContaining({ name: 'Bruno Costa', company: 'Acme', strength: 'strong' }),
    ]);
  });

  it('changes cadences and targets', async () => {
    const settings = json<{ cadenceDays: Record<string, number>; tierTargets: Record<string, number> }>(
      await nexo('settings', '--cadence-key', '21', '--target-inner', '7', '--json'),
    );
    expect(settings.cadenceDays.key).toBe(21);
    expect(settings.tierTargets.inner).toBe(7);
    expect((await nexo('settings', '--cadence-key', '0')).code).toBe(2);
  });
});
