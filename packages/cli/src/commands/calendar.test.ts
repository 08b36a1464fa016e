// `nexo calendar feed` and `nexo calendar export`: the secret URL shown once, rotated and revoked,
// and a one-off .ics file.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { daysAgo, errorEnvelope, json, runCli, tempDataDir } from '../testing/run.js';

let data: ReturnType<typeof tempDataDir>;
const nexo = (...args: string[]) => runCli(data.dir, args);

beforeEach(() => {
  data = tempDataDir();
});
afterEach(() => data.remove());

describe('nexo calendar', () => {
  it('creates the feed URL on first use, then only says it is active; rotates and revokes', async () => {
    const first = await nexo('calendar', 'feed');
    expect(first.code).toBe(0);
    const url = /http:\/\/127\.0\.0\.1:4747\/api\/calendar\/\S+\.ics/.exec(first.stdout)?.[0];
    expect(url).toBeDefined();
    expect(first.stdout).toContain('Keep it private');

    const again = json<{ active: boolean; url: string | null }>(await nexo('calendar', 'feed', '--json'));
    expect(again).toMatchObject({ active: true, url: null });

    const rotated = json<{ url: string }>(
      await nexo('calendar', 'feed', '--rotate', '--json', '--base-url', 'https://nexo.example.org/'),
    );
    expect(rotated.url).toMatch(/^https:\/\/nexo\.example\.org\/api\/calendar\/[\w.-]+\.ics$/);
    expect(rotated.url.split('/').pop()).not.toBe(url?.split('/').pop());

    const revoked = await nexo('calendar', 'feed', '--revoke');
    expect(revoked.stdout).toContain('revoked');
    const twice = await nexo('calendar', 'feed', '--revoke', '--json');
    expect(twice.code).toBe(3);
    expect(errorEnvelope(twice).code).toBe('not_found');
    expect((await nexo('calendar', 'feed', '--rotate', '--revoke')).code).toBe(2);
  });

  it('exports due check-ins and follow-ups as .ics, to stdout or a file', async () => {
    await nexo('contacts', 'add', '--name', 'Ana Pérez', '--tier', 'key');
    await nexo('log', 'Ana', '--at', daysAgo(40));
    const ics = await nexo('calendar', 'export', '--lang', 'es');
    expect(ics.code).toBe(0);
    expect(ics.stdout).toMatch(/^BEGIN:VCALENDAR\r\n/);
    expect(ics.stdout).toContain('SUMMARY:Ponerse en contacto con Ana Pérez\r\n');

    const out = join(data.dir, 'agenda.ics');
    expect(json(await nexo('calendar', 'export', '--out', out, '--weeks', '8', '--json'))).toEqual({
      file: out,
      events: 1,
    });
    expect(readFileSync(out, 'utf8')).toContain('BEGIN:VEVENT');
    expect((await nexo('calendar', 'export', '--weeks', '99')).code).toBe(2);
  });
});
