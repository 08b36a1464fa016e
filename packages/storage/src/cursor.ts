/** Opaque keyset cursors: base64url JSON of the sort name, the last row's sort key and its id. */
import { AppError } from '@nexo/core';

export type Key = string | number | null;

/** Encodes the position after a row, for one named sort. */
export function encodeCursor(sort: string, values: Key[]): string {
  return Buffer.from(JSON.stringify([sort, ...values])).toString('base64url');
}

/**
 * Decodes a cursor made by `encodeCursor` for the same sort and number of keys.
 * @throws AppError `validation_failed` naming `cursor` when it is not one.
 */
export function decodeCursor(cursor: string, sort: string, length: number): Key[] {
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    parsed = null;
  }
  const ok =
    Array.isArray(parsed) &&
    parsed.length === length + 1 &&
    parsed[0] === sort &&
    parsed.slice(1).every((v) => v === null || typeof v === 'string' || typeof v === 'number');
  if (!ok) throw invalidCursor();
  return (parsed as Key[]).slice(1);
}

/** The `validation_failed` error for a cursor that is not one of ours. */
export function invalidCursor(): AppError {
  const message = 'Not a cursor from this list: start again without it.';
  return new AppError('validation_failed', `Invalid cursor: ${message}`, { issues: [{ field: 'cursor', message }] });
}
