/** Test helpers: read the copied fixtures (packages/io/test-fixtures) and inspect parsed photos. */
import { readFileSync } from 'node:fs';
import { parseContacts } from './parse.js';
import { dataUriBytes } from './photo.js';
import type { ImportedContact, ParseResult } from './types.js';

const root = new URL('../test-fixtures/', import.meta.url);

/** The bytes of a fixture, by path under test-fixtures/ (e.g. 'real-world/vcard21/x.vcf'). */
export function fixtureBytes(path: string): Uint8Array {
  return new Uint8Array(readFileSync(new URL(path, root)));
}

/** Parses a fixture with format detection. */
export function parseFixture(path: string): ParseResult {
  return parseContacts(fixtureBytes(path), { fileName: path.split('/').pop() });
}

/** The media type and decoded bytes of a contact's data: URI photo. */
export function photoOf(c: ImportedContact | undefined): { type: string; bytes: Uint8Array } {
  const decoded = c?.photo ? dataUriBytes(c.photo) : null;
  if (!decoded) throw new Error(`no data: photo on ${c?.name ?? 'missing contact'}`);
  return decoded;
}

/** The first contact of a result, failing loudly when there is none. */
export function only(result: ParseResult, index = 0): ImportedContact {
  const c = result.contacts[index];
  if (!c) throw new Error(`no contact #${index}`);
  return c;
}
