/** Test support for imports: fixture files of @nexo/io, generated files, and the stored contacts of an account. */
import { readdirSync, readFileSync } from 'node:fs';
import type { ContactRecord, RequestContext } from '@nexo/core';
import type { Storage } from '@nexo/storage';
import { createServices, type Services } from '../runtime.js';
import { fixedClock } from '../testing/harness.js';

const fixtures = new URL('../../../io/test-fixtures/', import.meta.url);

/** The bytes of a fixture under packages/io/test-fixtures (e.g. 'synthetic/linkedin-connections-current.csv'). */
export function fixture(path: string): Uint8Array {
  return new Uint8Array(readFileSync(new URL(path, fixtures)));
}

/** Every fixture file (real-world and synthetic), as paths under test-fixtures. */
export function allFixtures(): string[] {
  const out: string[] = [];
  for (const group of ['real-world', 'synthetic']) {
    for (const entry of readdirSync(new URL(`${group}/`, fixtures), { withFileTypes: true })) {
      if (entry.isDirectory()) {
        for (const f of readdirSync(new URL(`${group}/${entry.name}/`, fixtures)))
          out.push(`${group}/${entry.name}/${f}`);
      } else if (/\.(csv|vcf|json)$/.test(entry.name)) out.push(`${group}/${entry.name}`);
    }
  }
  return out.sort();
}

/** Services on a storage with a fixed clock, and the context of an account. */
export function importServices(storage: Storage, accountId: string): { services: Services; ctx: RequestContext } {
  return {
    services: createServices(storage, { clock: fixedClock() }),
    ctx: { accountId, locale: 'en' },
  };
}

/** Every contact of the account (archived too), by creation then id. */
export async function allContacts(storage: Storage, accountId: string): Promise<ContactRecord[]> {
  const out: ContactRecord[] = [];
  let cursor: string | null = null;
  do {
    const page = await storage.contacts.list(
      accountId,
      { limit: 500, archived: true, sort: 'created', cursor },
      new Date('2026-06-01T09:00:00Z'),
    );
    out.push(...page.items);
    cursor = page.nextCursor;
  } while (cursor);
  return out;
}

/** A LinkedIn Connections.csv of `rows` generated people (current layout, with the preamble). */
export function linkedinCsv(rows: number, options: { company?: (i: number) => string } = {}): string {
  const lines = [
    'Notes:',
    '"When exporting your connection data, you may notice that some of the email addresses are missing."',
    '',
    'First Name,Last Name,URL,Email Address,Company,Position,Connected On',
  ];
  for (let i = 1; i <= rows; i++) {
    const company = options.company?.(i) ?? `Company ${i % 97}`;
    lines.push(
      `Person,Number ${i},https://www.linkedin.com/in/person-${i},,${company},Engineer,0${(i % 9) + 1} Oct 2024`,
    );
  }
  return `${lines.join('\n')}\n`;
}
