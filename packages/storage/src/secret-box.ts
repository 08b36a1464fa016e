/**
 * The SecretBox port with AES-256-GCM (node:crypto): secrets at rest (the SMTP password) sealed
 * with a key the database never holds: NEXO_SECRET_KEY, else a key file generated in the data
 * directory on first use (mode 0600). Each sealed value names the key that sealed it.
 */
import { createCipheriv, createDecipheriv, createHash, randomBytes } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { AppError, type SecretBox } from '@nexo/core';

/** The key file of the embedded mode, next to nexo.db. */
export const SECRET_KEY_FILE = 'secret.key';

const KEY_BYTES = 32;
const IV_BYTES = 12;
const TAG_BYTES = 16;
/** `nexo1:<key id>:<iv>:<ciphertext>:<tag>`, base64url parts; anything else is legacy plain text. */
const SEALED = /^nexo1:([0-9a-f]{8}):([A-Za-z0-9_-]+):([A-Za-z0-9_-]*):([A-Za-z0-9_-]+)$/;
const MAKE_KEY = 'make one with: openssl rand -base64 32';

export interface SecretBoxOptions {
  /** NEXO_SECRET_KEY: 32 random bytes in base64. Used whenever it is set. */
  key?: string | undefined;
  /** Keys used before a rotation (base64), still accepted to open what they sealed. */
  previousKeys?: readonly string[] | undefined;
  /** Without `key`: the embedded mode's key file, generated on first use. */
  keyFile?: string | null | undefined;
  /** Without `key` or `keyFile`: a random key held in memory (an in-memory database). */
  ephemeral?: boolean | undefined;
}

interface Key {
  id: string;
  bytes: Buffer;
}

/** The id a sealed value carries: the first 8 hex digits of the key's SHA-256 (it reveals nothing usable). */
export function keyIdOf(bytes: Buffer): string {
  return createHash('sha256').update(bytes).digest('hex').slice(0, 8);
}

function toKey(bytes: Buffer): Key {
  return { id: keyIdOf(bytes), bytes };
}

/** A base64 key, or null when the text is not 32 bytes of base64. */
function parseKey(text: string): Buffer | null {
  const trimmed = text.trim();
  if (!/^[A-Za-z0-9+/_-]+={0,2}$/.test(trimmed)) return null;
  const bytes = Buffer.from(trimmed, trimmed.includes('-') || trimmed.includes('_') ? 'base64url' : 'base64');
  return bytes.length === KEY_BYTES ? bytes : null;
}

function keyError(message: string, details: Record<string, unknown>): AppError {
  return new AppError('conflict', message, details);
}

/**
 * A SecretBox over AES-256-GCM. Keys are loaded (and the key file created) on first use, so a
 * process that never touches a secret never touches the key.
 * @example const box = createSecretBox({ keyFile: '/home/ana/.local/share/nexo/secret.key' });
 */
export function createSecretBox(options: SecretBoxOptions): SecretBox {
  const where = options.key !== undefined || !options.keyFile ? 'env' : 'file';
  const keyFile = options.keyFile ?? null;
  let current: Key | null | undefined =
    options.ephemeral && !options.key && !keyFile ? toKey(randomBytes(32)) : undefined;

  const previous = (options.previousKeys ?? []).map((text, index) => {
    const bytes = parseKey(text);
    if (!bytes) {
      return () => {
        throw keyError(
          `Key ${index + 1} of NEXO_SECRET_KEY_PREVIOUS is not a key: expected 32 bytes in base64, comma-separated (${MAKE_KEY}).`,
          { setting: 'NEXO_SECRET_KEY_PREVIOUS' },
        );
      };
    }
    const key = toKey(bytes);
    return () => key;
  });

  /** The current key; with `create`, the key file is generated when there is none yet. */
  function currentKey(create: boolean): Key | null {
    if (current !== undefined && (current !== null || !create)) return current;
    if (options.key !== undefined) {
      const bytes = parseKey(options.key);
      if (!bytes) {
        throw keyError(`NEXO_SECRET_KEY is not a key: expected 32 random bytes in base64 (${MAKE_KEY}).`, {
          setting: 'NEXO_SECRET_KEY',
        });
      }
      return (current = toKey(bytes));
    }
    if (keyFile === null) return (current = null);
    const read = readKeyFile(keyFile);
    if (read) return (current = toKey(read));
    if (!create) return null;
    return (current = toKey(createKeyFile(keyFile)));
  }

  function noKey(): AppError {
    return keyError(
      'No secret key is set up to encrypt the SMTP password with, and nexo never stores it in plain text. ' +
        `Set NEXO_SECRET_KEY on the server to 32 random bytes in base64 (${MAKE_KEY}), restart nexo, then save the password again.`,
      { setting: 'NEXO_SECRET_KEY' },
    );
  }

  function missingKey(keyId: string, have: Key | null): AppError {
    const instead = have ? ` (the key in use is ${have.id})` : '';
    const fix =
      where === 'file'
        ? `Put back the key file ${SECRET_KEY_FILE} this data directory had (${keyFile ?? ''}) from your copy`
        : 'Set NEXO_SECRET_KEY to the key it was saved with (or list that key in NEXO_SECRET_KEY_PREVIOUS while you rotate)';
    return keyError(
      `The SMTP password was encrypted with key ${keyId}, which this nexo does not have${instead}. ` +
        `${fix}, or enter the SMTP password again in the settings.`,
      {
        setting: where === 'file' ? SECRET_KEY_FILE : 'NEXO_SECRET_KEY',
        keyId,
        ...(have ? { currentKeyId: have.id } : {}),
      },
    );
  }

  return {
    // async: every failure, key errors included, is a rejection.
    async seal(plain, purpose) {
      const key = currentKey(true);
      if (!key) throw noKey();
      const iv = randomBytes(IV_BYTES);
      const cipher = createCipheriv('aes-256-gcm', key.bytes, iv, { authTagLength: TAG_BYTES });
      cipher.setAAD(Buffer.from(purpose, 'utf8'));
      const data = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
      const parts = [iv, data, cipher.getAuthTag()].map((b) => b.toString('base64url'));
      return `nexo1:${key.id}:${parts.join(':')}`;
    },

    async open(stored, purpose) {
      const match = SEALED.exec(stored);
      // Saved before secrets were encrypted: it still works, and is sealed on its next use.
      if (!match) return stored;
      const [, keyId, iv, data, tag] = match as unknown as [string, string, string, string, string];
      const have = currentKey(false);
      const key = have?.id === keyId ? have : previous.map((get) => get()).find((k) => k.id === keyId);
      if (!key) throw missingKey(keyId, have);
      const decipher = createDecipheriv('aes-256-gcm', key.bytes, Buffer.from(iv, 'base64url'), {
        authTagLength: TAG_BYTES,
      });
      decipher.setAAD(Buffer.from(purpose, 'utf8'));
      decipher.setAuthTag(Buffer.from(tag, 'base64url'));
      try {
        return Buffer.concat([decipher.update(Buffer.from(data, 'base64url')), decipher.final()]).toString('utf8');
      } catch {
        throw keyError(
          'The stored SMTP password does not decrypt: it was changed outside nexo or belongs to another account. ' +
            'Enter the SMTP password again in the settings.',
          { setting: 'smtp', keyId },
        );
      }
    },

    isCurrent(stored) {
      const match = SEALED.exec(stored);
      if (!match) return false;
      try {
        return currentKey(false)?.id === match[1];
      } catch {
        return false;
      }
    },
  };
}

/** The key in the key file, or null when there is no file yet. */
function readKeyFile(path: string): Buffer | null {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw keyError(`Cannot read the key file ${path}: ${(error as Error).message}. Check its permissions.`, {
      keyFile: path,
    });
  }
  const bytes = parseKey(text);
  if (!bytes) {
    throw keyError(
      `The key file ${path} is damaged (expected 32 bytes in base64). Put back your copy of it, or delete it and enter the SMTP password again in the settings.`,
      { keyFile: path },
    );
  }
  return bytes;
}

/** Writes a new random key, readable by its owner only; if another process just wrote one, uses that. */
function createKeyFile(path: string): Buffer {
  const bytes = randomBytes(KEY_BYTES);
  try {
    writeFileSync(path, `${bytes.toString('base64')}\n`, { mode: 0o600, flag: 'wx' });
    return bytes;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') {
      const existing = readKeyFile(path);
      if (existing) return existing;
    }
    throw keyError(
      `Cannot create the key file ${path}: ${(error as Error).message}. Check the data directory's permissions.`,
      {
        keyFile: path,
      },
    );
  }
}
