// `nexo templates`, `nexo smtp` and `nexo campaign`: from a template to messages a real SMTP server
// (smtp-server on loopback) received, a retry that sends nothing twice, and .eml files on disk.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SMTPServer } from 'smtp-server';
import { simpleParser, type ParsedMail } from 'mailparser';
import { main } from '../cli.js';
import { errorEnvelope, json, runCli, tempDataDir } from '../testing/run.js';

let data: ReturnType<typeof tempDataDir>;
let server: SMTPServer;
let port = 0;
let refused = new Set<string>();
const received: ParsedMail[] = [];
const nexo = (...args: string[]) => runCli(data.dir, args);

beforeEach(async () => {
  data = tempDataDir();
  refused = new Set();
  received.length = 0;
  server = new SMTPServer({
    disabledCommands: ['STARTTLS'],
    allowInsecureAuth: true,
    logger: false,
    onAuth: (auth, _s, cb) =>
      auth.username === 'ana' && auth.password === 's3crét' ? cb(null, { user: 'ana' }) : cb(new Error('Bad login')),
    onRcptTo: (address, _s, cb) =>
      refused.has(address.address) ? cb(Object.assign(new Error('No such user'), { responseCode: 550 })) : cb(),
    onData: (stream, _s, cb) => {
      simpleParser(stream)
        .then((mail) => {
          received.push(mail);
          cb();
        })
        .catch(cb);
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  port = (server.server.address() as AddressInfo).port;
});
afterEach(async () => {
  await new Promise<void>((resolve) => server.close(() => resolve()));
  data.remove();
});

async function smtpSet(): Promise<string> {
  let stdout = '';
  const code = await main(
    ['--data-dir', data.dir, 'smtp', 'set', '--host', '127.0.0.1', '--port', String(port), '--user', 'ana'] //
      .concat(['--password', '-', '--from', 'ana@example.org', '--from-name', 'Ana Pérez']),
    {
      stdout: (t) => (stdout += t),
      stderr: () => undefined,
      env: {},
      stdin: (async function* () {
        yield 's3crét\n';
      })(),
    },
  );
  expect(code).toBe(0);
  return stdout;
}

describe('nexo campaign', () => {
  it("adds people to a draft campaign and takes them out, in the user's language, until it is sent", async () => {
    for (const [name, email] of [
      ['Zoë Martín', 'zoe@example.org'],
      ['João Conceição', 'joao@example.org'],
      ['Bo Lind', 'bo@example.org'],
    ] as const)
      expect((await nexo('contacts', 'add', '--name', name, '--email', email, '--company', 'Acme')).code).toBe(0);
    const t = await nexo(
      'templates',
      'add',
      '--name',
      'Hola',
      '--kind',
      'general',
      '--subject',
      'Hola {{firstName}}',
      '--body',
      'Hola {{firstName}}, vi lo que hacéis en {{company}}.',
    );
    expect(t.code, t.stderr).toBe(0);
    const created = json<{ campaign: { id: string } }>(
      await nexo('campaign', 'create', 'Hola', 'Zoë Martín', '--name', 'Acme', '--json'),
    );
    const id = created.campaign.id;

    const added = await runCli(data.dir, ['campaign', 'add', id, 'João Conceição', 'Bo Lind', 'Zoë Martín'], {
      env: { LANG: 'es_ES.UTF-8' },
    });
    expect(added.code, added.stderr).toBe(0);
    expect(added.stdout).toContain('tiene ahora 3 personas');
    const shown = await nexo('campaign', 'show', id);
    expect(shown.stdout).toContain('── João Conceição <joao@example.org> · not ready yet');
    expect(shown.stdout).toContain('Hola Bo, vi lo que hacéis en Acme.');

    const removed = await nexo('campaign', 'remove', id, 'Bo Lind', '--json');
    expect(removed.code, removed.stderr).toBe(0);
    expect(json<{ counts: { total: number } }>(removed).counts.total).toBe(2);
    expect((await nexo('campaign', 'remove', id, 'Zoë Martín')).stdout).toBe('“Acme” now has 1 person.\n');

    const unknown = await nexo('campaign', 'add', 'no-such-campaign', 'Bo Lind');
    expect(unknown.code).toBe(3);
  });

  it('goes from a template to delivered messages, retries a refused one once, and exports .eml files', async () => {
    expect(await smtpSet()).toBe(`Saved: messages go out through 127.0.0.1:${port} from ana@example.org.\n`);
    const shown = await nexo('smtp');
    expect(shown.stdout).toContain('password stored');
    expect(shown.stdout).not.toContain('s3crét');
    // Encrypted at rest: the key is a file of its own, readable by its owner alone; not in the database.
    expect(statSync(join(data.dir, 'secret.key')).mode & 0o777).toBe(0o600);
    const dbFiles = readdirSync(data.dir).filter((f) => f.startsWith('nexo.db'));
    for (const f of dbFiles) expect(readFileSync(join(data.dir, f)).includes(Buffer.from('s3crét'))).toBe(false);
    for (const [name, email] of [
      ['Zoë Martín', 'zoe@example.org'],
      ['João Conceição', 'joao@example.org'],
    ] as const) {
      expect(
        (await nexo('contacts', 'add', '--name', name, '--email', email, '--tag', 'ux', '--company', 'Acme')).code,
      ).toBe(0);
    }
    const added = await nexo(
      'templates',
      'add',
      '--name',
      'Sector',
      '--kind',
      'general',
      '--language',
      'es',
      '--subject',
      'Novedades de mi búsqueda, {{firstName}}',
      '--body',
      'Hola {{firstName}},\n\nTe cuento que busco un puesto de UX; si oyes de algo en {{company}}, me encantaría saberlo.\n\n{{personal}}\n\nAna',
    );
    expect(added.code, added.stderr).toBe(0);
    expect((await nexo('templates')).stdout).toMatch(/Sector\s+general e-mail\s+es\s+firstName company personal/);

    const created = json<{ campaign: { id: string; recipients: { findings: { rule: string }[] }[] } }>(
      await nexo('campaign', 'create', 'Sector', '--tag', 'ux', '--json'),
    );
    const id = created.campaign.id;
    expect(created.campaign.recipients.map((r) => r.findings.map((f) => f.rule))).toEqual([
      expect.arrayContaining(['unfilled-placeholder']),
      expect.arrayContaining(['unfilled-placeholder']),
    ]);
    const show = await nexo('campaign', 'show', id);
    expect(show.stdout).toContain('── João Conceição <joao@example.org> · not ready yet');
    expect(show.stdout).toContain('[unfilled-placeholder]');

    const early = await nexo('campaign', 'send', id, '--json');
    expect(early.code).toBe(5);
    expect(errorEnvelope(early).code).toBe('conflict');

    expect((await nexo('campaign', 'ready', id)).stdout).toBe('2 of 2 drafts ready.\n');
    refused.add('zoe@example.org');
    const first = await nexo('campaign', 'send', id);
    expect(first.code).toBe(0);
    expect(first.stdout).toMatch(/João Conceição\s+sent/);
    expect(first.stdout).toMatch(/Zoë Martín\s+failed\n/);
    expect(first.stdout).toContain('  Zoë Martín: The mail server refused the address: 550 No such user');
    expect(first.stdout).toContain(`1 message failed. Fix the cause and run nexo campaign send ${id} again`);
    refused.clear();
    const second = await nexo('campaign', 'send', id);
    expect(second.stdout).toMatch(/João Conceição\s+already sent/);
    expect(second.stdout).toMatch(/Zoë Martín\s+sent/);
    expect(received.map((m) => m.subject).sort()).toEqual([
      'Novedades de mi búsqueda, João',
      'Novedades de mi búsqueda, Zoë',
    ]);

    const out = join(data.dir, 'eml');
    const exported = await nexo('campaign', 'export-eml', id, '--out', out);
    expect(exported.stdout).toBe(`Wrote 2 .eml files to ${out}.\n`);
    const files = readdirSync(out).sort();
    expect(files).toEqual(['001-joao-conceicao.eml', '002-zoe-martin.eml']);
    const parsed = await simpleParser(readFileSync(join(out, files[0] ?? '')));
    expect(parsed.subject).toBe('Novedades de mi búsqueda, João');
    expect(parsed.messageId).toBe(received.find((m) => m.subject?.endsWith('João'))?.messageId);
  });
});
