// The SecretBox (AES-256-GCM): round trips, the key file (mode 0600, made on first use), clear errors
// for a missing or wrong key, and plain-text SMTP passwords from before sealed when storage opens.
import { randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { isAppError, smtpPasswordPurpose } from '@nexo/core';
import { sql } from 'kysely';
import { openStorage } from './index.js';
import { createSecretBox, keyIdOf, SECRET_KEY_FILE } from './secret-box.js';
import { forEachEngine } from './test-support/engines.js';
import { newAccount, T0 } from './test-support/factories.js';

const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));
function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'nexo-secret-'));
  dirs.push(dir);
  return dir;
}

const key = () => randomBytes(32).toString('base64');
const secret = 'pä$$ wörd 秘密';
const purpose = smtpPasswordPurpose('acc-1');

async function errorOf(promise: Promise<unknown>): Promise<{ code: string; message: string }> {
  try {
    await promise;
  } catch (error) {
    if (isAppError(error)) return { code: error.code, message: error.message };
    throw error;
  }
  throw new Error('expected an AppError');
}

describe('createSecretBox', () => {
  it('seals and opens a secret; the sealed text names its key and is never the secret', async () => {
    const k = key();
    const box = createSecretBox({ key: k });
    const sealed = await box.seal(secret, purpose);
    expect(sealed).toMatch(new RegExp(`^nexo1:${keyIdOf(Buffer.from(k, 'base64'))}:`));
    expect(sealed).not.toContain(secret);
    expect(sealed).not.toContain(Buffer.from(secret).toString('base64'));
    expect(await box.seal(secret, purpose)).not.toBe(sealed); // a fresh IV each time
    expect(await box.open(sealed, purpose)).toBe(secret);
    expect(box.isCurrent(sealed)).toBe(true);
    // Another nexo with the same key opens it too.
    expect(await createSecretBox({ key: k }).open(sealed, purpose)).toBe(secret);
  });

  it('generates the key file on first use only, readable by its owner alone, and reuses it', async () => {
    const dir = tempDir();
    const file = join(dir, SECRET_KEY_FILE);
    const box = createSecretBox({ keyFile: file });
    expect(await box.open('legacy-plain', purpose)).toBe('legacy-plain');
    expect(existsSync(file)).toBe(false);
    const sealed = await box.seal(secret, purpose);
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(Buffer.from(readFileSync(file, 'utf8').trim(), 'base64')).toHaveLength(32);
    expect(readFileSync(file, 'utf8')).not.toContain(secret);
    // A later process reads the same file.
    expect(await createSecretBox({ keyFile: file }).open(sealed, purpose)).toBe(secret);
  });

  it('says what to do when the key that sealed a secret is missing or different', async () => {
    const dir = tempDir();
    const file = join(dir, SECRET_KEY_FILE);
    const sealed = await createSecretBox({ keyFile: file }).seal(secret, purpose);
    rmSync(file);
    const lost = await errorOf(createSecretBox({ keyFile: file }).open(sealed, purpose));
    expect(lost.code).toBe('conflict');
    expect(lost.message).toContain(`Put back the key file ${SECRET_KEY_FILE}`);
    expect(lost.message).toContain('enter the SMTP password again');

    const hosted = await createSecretBox({ key: key() }).seal(secret, purpose);
    const wrong = await errorOf(createSecretBox({ key: key() }).open(hosted, purpose));
    expect(wrong.code).toBe('conflict');
    expect(wrong.message).toMatch(/Set NEXO_SECRET_KEY to the key it was saved with/);
    expect(wrong.message).not.toContain(secret);

    // Sealed for one account, it does not open for another, nor after being altered.
    const box = createSecretBox({ key: key() });
    const mine = await box.seal(secret, purpose);
    expect((await errorOf(box.open(mine, smtpPasswordPurpose('acc-2')))).message).toMatch(/does not decrypt/);
    const altered = mine.slice(0, -3) + (mine.endsWith('AAA') ? 'BBB' : 'AAA');
    expect((await errorOf(box.open(altered, purpose))).code).toBe('conflict');
  });

  it('refuses to seal without a key, naming NEXO_SECRET_KEY, and rejects a malformed one', async () => {
    const none = await errorOf(createSecretBox({}).seal(secret, purpose));
    expect(none.code).toBe('conflict');
    expect(none.message).toMatch(/Set NEXO_SECRET_KEY .* openssl rand -base64 32/);
    const bad = await errorOf(createSecretBox({ key: 'c2hvcnQ=' }).seal(secret, purpose));
    expect(bad.message).toMatch(/NEXO_SECRET_KEY is not a key: expected 32 random bytes in base64/);
    // Without a key, plain text saved before encryption still opens.
    expect(await createSecretBox({}).open('old plain', purpose)).toBe('old plain');
  });

  it('rotates: an older key in previousKeys still opens what it sealed, which is no longer current', async () => {
    const [oldKey, newKey] = [key(), key()];
    const sealed = await createSecretBox({ key: oldKey }).seal(secret, purpose);
    const rotated = createSecretBox({ key: newKey, previousKeys: [oldKey] });
    expect(rotated.isCurrent(sealed)).toBe(false);
    expect(await rotated.open(sealed, purpose)).toBe(secret);
    expect(rotated.isCurrent(await rotated.seal(secret, purpose))).toBe(true);
  });

  it('keeps the key out of a database file that holds sealed secrets', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'unrelated.txt'), 'x');
    const storage = await openStorage({ dataDir: dir });
    const accountId = await storage.accounts.ensureLocal();
    await storage.smtp.save(accountId, {
      host: 'smtp.example.org',
      port: 587,
      secure: false,
      user: 'zoe',
      password: await storage.secretBox.seal(secret, smtpPasswordPurpose(accountId)),
      fromName: null,
      fromAddress: 'zoe@example.org',
      updatedAt: T0,
    });
    await storage.close();
    const keyText = readFileSync(join(dir, SECRET_KEY_FILE), 'utf8').trim();
    const db = readFileSync(join(dir, 'nexo.db'));
    expect(db.includes(Buffer.from(keyText))).toBe(false);
    expect(db.includes(Buffer.from(secret))).toBe(false);
  });
});

forEachEngine((engine) => {
  describe('plain-text SMTP passwords saved before encryption', () => {
    it('are sealed with the current key when storage opens, and still open to the same password', async () => {
      const options = await engine.freshOptions();
      const withKey = engine.name === 'postgres' ? { ...options, secretKey: key() } : options;
      const first = await openStorage(withKey);
      const accountId = await newAccount(first);
      await first.smtp.save(accountId, {
        host: 'smtp.example.org',
        port: 587,
        secure: false,
        user: 'zoe',
        password: secret, // as nexo stored it before passwords were encrypted
        fromName: null,
        fromAddress: 'zoe@example.org',
        updatedAt: T0,
      });
      await first.close();

      const storage = await openStorage(withKey);
      try {
        const { rows } = await sql<{
          password: string;
        }>`select password from smtp_settings where account_id = ${accountId}`.execute(storage.db);
        const stored = rows[0]?.password ?? '';
        expect(stored).toMatch(/^nexo1:[0-9a-f]{8}:/);
        expect(stored).not.toContain(secret);
        expect(await storage.secretBox.open(stored, smtpPasswordPurpose(accountId))).toBe(secret);
        if (engine.name === 'sqlite' && 'dataDir' in options && options.dataDir) {
          expect(statSync(join(options.dataDir, SECRET_KEY_FILE)).mode & 0o777).toBe(0o600);
        }
      } finally {
        await storage.close();
      }
    });

    // Only a hosted (PostgreSQL) nexo can be without a key: SQLite always has its key file.
    if (engine.name !== 'postgres') return;
    it('stay as they are, and keep working, on a hosted database without NEXO_SECRET_KEY', async () => {
      const options = await engine.freshOptions();
      const first = await openStorage(options);
      const accountId = await newAccount(first);
      const settings = {
        host: 'smtp.example.org',
        port: 587,
        secure: false,
        user: 'zoe',
        password: secret,
        fromName: null,
        fromAddress: 'zoe@example.org',
        updatedAt: T0,
      };
      await first.smtp.save(accountId, settings);
      await first.close();
      const storage = await openStorage(options);
      try {
        expect(await storage.smtp.get(accountId)).toEqual(settings);
        expect(await storage.secretBox.open(secret, smtpPasswordPurpose(accountId))).toBe(secret);
      } finally {
        await storage.close();
      }
    });
  });
});
