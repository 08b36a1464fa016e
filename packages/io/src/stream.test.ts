/** Streaming parse: every row of a big generated file comes out, in order, whatever the chunking. */
import { describe, expect, it } from 'vitest';
import { parseContacts } from './parse.js';
import { parseContactsBatches, parseContactsStream } from './stream.js';
import { fixtureBytes } from './test-support.js';
import type { StreamItem } from './types.js';

async function* chunked(bytes: Uint8Array, size: number): AsyncIterable<Uint8Array> {
  for (let i = 0; i < bytes.length; i += size) yield bytes.subarray(i, i + size);
}

async function collect(source: AsyncIterable<StreamItem>): Promise<StreamItem[]> {
  const out: StreamItem[] = [];
  for await (const item of source) out.push(item);
  return out;
}

describe('parseContactsStream', () => {
  it('yields all 20,000 rows of a generated LinkedIn export in order', async () => {
    const rows = [
      'Notes:',
      '"When exporting your connection data, you may notice..."',
      '',
      'First Name,Last Name,URL,Email Address,Company,Position,Connected On',
    ];
    for (let i = 1; i <= 20000; i++)
      rows.push(`Zoë${i},"Ng, Jr.",https://www.linkedin.com/in/zoe-ng-${i},,Acme 🚀,Engineer,09 Oct 2024`);
    const bytes = new TextEncoder().encode('\uFEFF' + rows.join('\r\n') + '\r\n');
    const items = await collect(parseContactsStream(chunked(bytes, 8191)));
    const contacts = items.flatMap((i) => (i.contact ? [i.contact] : []));
    expect(contacts).toHaveLength(20000);
    expect(contacts[0]).toMatchObject({
      name: 'Zoë1 Ng, Jr.',
      company: 'Acme 🚀',
      connectedOn: '2024-10-09',
      source: { record: 1, line: 5 },
    });
    expect(contacts[19999]).toMatchObject({
      givenName: 'Zoë20000',
      linkedinUrl: 'https://www.linkedin.com/in/zoe-ng-20000',
      source: { record: 20000, line: 20004 },
    });
    expect(items.filter((i) => i.problem)).toEqual([]);
  });

  it('hands the same items over in batches, one per chunk of input, none empty', async () => {
    for (const path of [
      'real-world/vcard30/aosp_ios613_crcrlf_photo.vcf',
      'synthetic/linkedin-connections-current.csv',
      'synthetic/google-contacts-current.csv',
    ]) {
      const bytes = fixtureBytes(path);
      const batches: StreamItem[][] = [];
      for await (const batch of parseContactsBatches(chunked(bytes, 4096))) batches.push(batch);
      expect(
        batches.every((b) => b.length > 0),
        path,
      ).toBe(true);
      expect(batches.length, path).toBeLessThan(Math.ceil(bytes.length / 4096) + 3);
      expect(batches.flat(), path).toEqual(await collect(parseContactsStream(chunked(bytes, 4096))));
      expect(batches.flat().length, path).toBe(
        parseContacts(bytes).contacts.length + parseContacts(bytes).problems.length,
      );
    }
  });

  it('closes its source when the reader stops early, for CSV and vCard', async () => {
    const header = 'First Name,Last Name,URL,Email Address,Company,Position,Connected On\n';
    const rows = Array.from({ length: 5000 }, (_, i) => `Ana,Souza ${i},,,Acme,Engineer,09 Oct 2024\n`).join('');
    const card = new TextDecoder().decode(fixtureBytes('real-world/vcard30/aosp_ios613_crcrlf_photo.vcf'));
    // Both well past the 64 KiB sample, so the source is still open when the reader stops.
    for (const text of [header + rows, card.repeat(100)]) {
      const bytes = new TextEncoder().encode(text);
      expect(bytes.length).toBeGreaterThan(200_000);
      let closed = false;
      async function* source(): AsyncGenerator<Uint8Array> {
        try {
          yield* chunked(bytes, 4096);
        } finally {
          closed = true;
        }
      }
      for await (const batch of parseContactsBatches(source())) {
        expect(batch.length).toBeGreaterThan(0);
        break;
      }
      await new Promise((resolve) => setTimeout(resolve, 20));
      expect(closed, text.slice(0, 20)).toBe(true);
    }
  });

  it('gives the same contacts as parseContacts for vCard, UTF-16 and Shift_JIS files cut into tiny chunks', async () => {
    for (const path of [
      'real-world/vcard21/aosp_complicated_qp_photo.vcf',
      'real-world/vcard21/aosp_nec_shiftjis_multi.vcf',
      'real-world/vcard30/aosp_ios613_crcrlf_photo.vcf',
      'real-world/vcard_malformed/aosp_nested_vcards.vcf',
      'real-world/thunderbird_csv/tb_utf16le_bom.csv',
      'real-world/thunderbird_csv/tb_shiftjis.csv',
      'synthetic/google-contacts-current.csv',
    ]) {
      const bytes = fixtureBytes(path);
      const whole = parseContacts(bytes);
      const items = await collect(parseContactsStream(chunked(bytes, 7), { format: whole.format }));
      expect(
        items.flatMap((i) => (i.contact ? [i.contact] : [])),
        path,
      ).toEqual(whole.contacts);
      expect(items.flatMap((i) => (i.problem ? [i.problem] : [])).length, path).toBe(whole.problems.length);
    }
  });
});
