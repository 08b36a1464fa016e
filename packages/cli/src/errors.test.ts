// How failures leave the CLI: exit codes by error code, field names, the JSON envelope, storage trouble.
import { execFileSync } from 'node:child_process';
import { chmodSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AppError, errorCodes } from '@nexo/core';
import { exitCodeFor, flagForField, reportError, usageError } from './errors.js';
import { translatorFor } from './i18n.js';
import { errorEnvelope, runCli, tempDataDir } from './testing/run.js';

let data: ReturnType<typeof tempDataDir>;
const nexo = (...args: string[]) => runCli(data.dir, args);

beforeEach(() => {
  data = tempDataDir();
});
afterEach(() => {
  chmodSync(data.dir, 0o700);
  data.remove();
});

describe('exit codes', () => {
  it('maps each code to its exit code, anything else to 1', () => {
    expect(Object.fromEntries(errorCodes.map((c) => [c, exitCodeFor(c)]))).toEqual({
      validation_failed: 2,
      not_found: 3,
      conflict: 5,
      ambiguous_reference: 4,
      forbidden: 1,
      unauthenticated: 1,
      rate_limited: 1,
      storage_unavailable: 6,
      migration_mismatch: 7,
      internal_error: 1,
    });
  });
});

describe('field names', () => {
  it('shows core fields as the flags the user typed', () => {
    expect(flagForField('occurredAt')).toBe('--at');
    expect(flagForField('emails.1')).toBe('--email');
    expect(flagForField('tier')).toBe('--tier');
    expect(flagForField('--port')).toBe('--port');
  });

  it('names the option of a parser error', () => {
    expect(usageError("error: unknown option '--colour'").details).toEqual({
      issues: [{ field: '--colour', message: "unknown option '--colour'" }],
    });
    expect(usageError("error: missing required argument 'contact'").details?.issues).toEqual([
      { field: 'CONTACT', message: "missing required argument 'contact'" },
    ]);
  });
});

describe('errors from commands', () => {
  it('rejects a bad --tier as validation_failed naming --tier', async () => {
    const text = await nexo('contacts', 'add', '--name', 'Ana', '--tier', 'best-friends');
    expect(text.code).toBe(2);
    expect(text.stderr).toMatch(
      /^error: “best-friends” is not a valid value for --tier\. Use one of: inner, key, network, wide\. \[validation_failed\]\n/,
    );
    const asJson = await nexo('contacts', 'add', '--name', 'Ana', '--tier', 'best-friends', '--json');
    expect(errorEnvelope(asJson)).toMatchObject({
      code: 'validation_failed',
      details: { issues: [{ field: '--tier' }], value: 'best-friends', choices: ['inner', 'key', 'network', 'wide'] },
    });
  });

  it('says the common errors in the user’s language, keeping the code', async () => {
    const spanish = await nexo('contacts', 'add', '--name', 'Ana', '--tier', 'best-friends', '--lang', 'es');
    expect(spanish.stderr).toMatch(
      /^error: «best-friends» no es un valor válido para --tier\. .* \[validation_failed\]\n/,
    );
    const italian = await nexo('log', 'Nessuno', '--lang', 'it');
    expect(italian.code).toBe(3);
    expect(italian.stderr).toMatch(/^error: Nessun contatto corrisponde a «Nessuno»\. \[not_found\]\n/);
    await nexo('contacts', 'add', '--name', 'Ana Souza');
    await nexo('contacts', 'add', '--name', 'Ana Lima');
    const portuguese = await nexo('log', 'Ana', '--lang', 'pt');
    expect(portuguese.code).toBe(4);
    expect(portuguese.stderr).toContain('“Ana” corresponde a 2 contatos');
    // Scripts read the envelope, which stays in the domain's words.
    expect(errorEnvelope(await nexo('log', 'Nessuno', '--lang', 'it', '--json')).message).toBe(
      'No contact matches "Nessuno".',
    );
  });

  it('rejects a bad --email naming the field', async () => {
    const text = await nexo('contacts', 'add', '--name', 'Ana', '--email', 'ana@', '--email', 'not-an-email');
    expect(text.code).toBe(2);
    expect(text.stderr).toContain('--email (emails.0)');
    expect(text.stderr).toContain('--email (emails.1)');
    const asJson = await nexo('contacts', 'add', '--name', 'Ana', '--email', 'ana@', '--json');
    expect(asJson.stdout).toBe('');
    expect(errorEnvelope(asJson)).toEqual({
      code: 'validation_failed',
      message: expect.stringContaining('emails.0'),
      details: { issues: [{ field: 'emails.0', message: expect.any(String) }] },
    });
    // Nothing was half-written.
    expect(JSON.parse((await nexo('contacts', 'list', '--json')).stdout)).toEqual([]);
  });

  it('treats unknown options and commands as validation_failed', async () => {
    const unknown = await nexo('contacts', 'list', '--colour', 'red', '--json');
    expect(unknown.code).toBe(2);
    expect(errorEnvelope(unknown)).toMatchObject({
      code: 'validation_failed',
      details: { issues: [{ field: '--colour' }] },
    });
    const missing = await nexo('contacts', 'add', '--name');
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('--name');
    expect((await nexo('contacts', 'befriend')).code).toBe(2);
    expect((await nexo('log')).stderr).toContain('CONTACT');
  });

  it('fails with storage_unavailable when the data directory cannot be created (even as root)', async () => {
    const file = join(data.dir, 'a-file');
    writeFileSync(file, 'not a directory');
    const result = await runCli(join(file, 'nexo'), ['contacts', 'list', '--json']);
    expect(result.code).toBe(6);
    expect(errorEnvelope(result).code).toBe('storage_unavailable');
    const text = await runCli(join(file, 'nexo'), ['contacts', 'list']);
    expect(text.stderr).toMatch(/^error: .* \[storage_unavailable\]\n/);
  });

  it('fails with storage_unavailable on a directory it may not write to', async () => {
    const readOnly = join(data.dir, 'read-only');
    mkdirSync(readOnly);
    // chmod does not stop root, so as root the directory is made immutable instead.
    const asRoot = process.getuid?.() === 0;
    if (asRoot) execFileSync('chattr', ['+i', readOnly]);
    else chmodSync(readOnly, 0o500);
    try {
      const result = await runCli(readOnly, ['contacts', 'add', '--name', 'Ana', '--json']);
      expect(result.code).toBe(6);
      expect(errorEnvelope(result).code).toBe('storage_unavailable');
      expect(errorEnvelope(result).message).toContain(readOnly);
    } finally {
      if (asRoot) execFileSync('chattr', ['-i', readOnly]);
      else chmodSync(readOnly, 0o700);
    }
  });

  it('prints help and the version without an error', async () => {
    const help = await nexo('log', '--help');
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('in-person chat');
    expect((await nexo('--version')).stdout).toMatch(/^\d+\.\d+\.\d+\n$/);
  });
});

describe('reportError', () => {
  const capture = () => {
    const out = { stderr: '' };
    const io = {
      stdout: () => undefined,
      stderr: (t: string) => void (out.stderr += t),
      env: {} as Record<string, string | undefined>,
    };
    return { out, io };
  };

  it('hides the internals of an unknown failure unless NEXO_DEBUG=1', () => {
    const { out, io } = capture();
    expect(reportError(io, new Error('secret SQL'), { json: true, t: translatorFor('en') })).toBe(1);
    expect(JSON.parse(out.stderr)).toEqual({
      error: { code: 'internal_error', message: expect.any(String), details: {} },
    });
    expect(out.stderr).not.toContain('secret SQL');
    const debug = capture();
    debug.io.env.NEXO_DEBUG = '1';
    reportError(debug.io, new Error('secret SQL'), { json: false, t: translatorFor('en') });
    expect(debug.out.stderr).toContain('secret SQL');
  });

  it('prints the code of an AppError after its message', () => {
    const { out, io } = capture();
    expect(
      reportError(io, new AppError('migration_mismatch', 'Unknown migration.'), {
        json: false,
        t: translatorFor('en'),
      }),
    ).toBe(7);
    expect(out.stderr).toBe('error: Unknown migration. [migration_mismatch]\n');
  });
});
