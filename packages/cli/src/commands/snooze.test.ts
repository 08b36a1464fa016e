// `nexo snooze`: off Today until a date, stored with the contact; --clear brings them back.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { daysAgo, json, runCli, tempDataDir } from '../testing/run.js';

let data: ReturnType<typeof tempDataDir>;
const nexo = (...args: string[]) => runCli(data.dir, args);
const todayNames = async () => json<{ name: string }[]>(await nexo('today', '--json')).map((i) => i.name);

beforeEach(() => {
  data = tempDataDir();
});
afterEach(() => data.remove());

describe('nexo snooze', () => {
  it('keeps a contact off today until the date, and --clear brings them back', async () => {
    await nexo('contacts', 'add', '--name', 'Ana Pérez', '--tier', 'inner');
    await nexo('contacts', 'add', '--name', 'Bruno Costa', '--tier', 'inner');
    await nexo('log', 'Ana', '--at', daysAgo(60));
    await nexo('log', 'Bruno', '--at', daysAgo(60));
    expect((await todayNames()).sort()).toEqual(['Ana Pérez', 'Bruno Costa']);

    const until = new Date(Date.now() + 10 * 86_400_000).toISOString().slice(0, 10);
    const saved = await nexo('snooze', 'Ana', '--until', until);
    expect(saved.code, saved.stderr).toBe(0);
    expect(saved.stdout).toMatch(/^Ana Pérez is off Today until .+ \(in (9|10) days\)\.\n$/);
    expect(await todayNames()).toEqual(['Bruno Costa']);
    const shown = json<{ snoozedUntil: string }>(await nexo('contacts', 'show', 'Ana', '--json'));
    expect(JSON.stringify(shown)).toContain('snoozedUntil');

    const es = await nexo('snooze', 'Ana', '--clear', '--lang', 'es');
    expect(es.stdout).toBe('Ana Pérez vuelve a aparecer en Hoy cuando le toque.\n');
    expect((await todayNames()).sort()).toEqual(['Ana Pérez', 'Bruno Costa']);
  });

  it('refuses a past date, a missing --until and an unknown person, with the usual exit codes', async () => {
    await nexo('contacts', 'add', '--name', 'Ana Pérez');
    const past = await nexo('snooze', 'Ana', '--until', '2020-01-01');
    expect(past.code).toBe(2);
    expect(past.stderr).toContain('future');
    const neither = await nexo('snooze', 'Ana', '--json');
    expect(neither.code).toBe(2);
    expect(JSON.parse(neither.stderr)).toMatchObject({ error: { code: 'validation_failed' } });
    expect((await nexo('snooze', 'Nobody', '--until', '2099-01-01')).code).toBe(3);
    const ok = json<{ snoozedUntil: string }>(await nexo('snooze', 'Ana', '--until', '2099-01-01', '--json'));
    expect(ok.snoozedUntil).toBe(new Date(2099, 0, 1).toISOString());
  });
});
