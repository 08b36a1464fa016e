/** Broken vCards (test-fixtures/real-world/vcard_malformed): every recoverable card, problems by line. */
import { describe, expect, it } from 'vitest';
import { parseContacts } from '../parse.js';
import { only, parseFixture, photoOf } from '../test-support.js';

const dir = 'real-world/vcard_malformed/';
const bytes = (s: string) => new TextEncoder().encode(s);

describe('malformed vCard files', () => {
  it('aosp_bad_continuation: an EMAIL continued on an indented line keeps the address', () => {
    const r = parseFixture(dir + 'aosp_bad_continuation.vcf');
    expect(only(r)).toMatchObject({ name: 'Omega', givenName: 'Omega', emails: ['omega@example.com'] });
    expect(r.problems).toMatchObject([{ code: 'email-cleaned', record: 1, line: 4, severity: 'warning' }]);
  });

  it('aosp_hash_comment_lines: # lines are skipped and reported, except inside a QP soft break', () => {
    const r = parseFixture(dir + 'aosp_hash_comment_lines.vcf');
    expect(only(r)).toMatchObject({
      name: 'Conference Call',
      notes: 'This is an (sharp ->#<- sharp) example. This message must NOT be ignored.',
    });
    expect(r.problems.map((p) => [p.code, p.line])).toEqual([
      ['comment-line', 6],
      ['comment-line', 9],
    ]);
  });

  it('aosp_nested_vcards: nested cards become contacts and do not swallow the outer one', () => {
    const r = parseFixture(dir + 'aosp_nested_vcards.vcf');
    expect(r.contacts.map((c) => [c.name, c.source.record, c.source.line])).toEqual([
      ['parent', 1, 1],
      ['nest1', 2, 4],
      ['nest2', 3, 8],
    ]);
    // The outer card's TEL after the nested ones still belongs to it.
    expect(r.contacts[0]?.notes).toBe('Phone: 1');
    expect(r.problems.filter((p) => p.code === 'nested-card').map((p) => p.line)).toEqual([4, 8]);
  });

  it('tb_v3_photo_no_encoding: base64 photo without ENCODING is recognised by its bytes', () => {
    const r = parseFixture(dir + 'tb_v3_photo_no_encoding.vcf');
    const c = only(r);
    expect(c.name).toBe('Binary JPEG');
    expect(photoOf(c).type).toBe('image/jpeg');
    expect(photoOf(c).bytes.length).toBe(5321);
    expect(r.problems).toMatchObject([{ code: 'photo-no-encoding', line: 5 }]);
  });

  it('a truncated file keeps the open card and reports the missing END with its line', () => {
    const r = parseContacts(
      bytes(
        'BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Ann\r\nEND:VCARD\r\nBEGIN:VCARD\r\nVERSION:3.0\r\nFN:Bob\r\nEMAIL:bob@example.com\r\n',
      ),
    );
    expect(r.contacts.map((c) => c.name)).toEqual(['Ann', 'Bob']);
    expect(r.problems).toMatchObject([{ code: 'missing-end', severity: 'error', record: 2, line: 5 }]);
  });

  it('a card without BEGIN or VERSION, junk lines and a stray END are recovered and reported', () => {
    const text = 'VERSION:3.0\nFN:Cy\nthis is junk\nEND:VCARD\nEND:VCARD\nBEGIN:VCARD\nFN:Di\nEND:VCARD\n';
    const r = parseContacts(bytes(text), { format: 'vcard' });
    expect(r.contacts.map((c) => c.name)).toEqual(['Cy', 'Di']);
    expect(r.problems.map((p) => [p.code, p.line])).toEqual([
      ['missing-begin', 1],
      ['junk-line', 3],
      ['missing-begin', 5],
      ['missing-version', 6],
    ]);
  });

  it('never throws on random bytes', () => {
    const noise = new Uint8Array(4096).map((_, i) => (i * 7919) % 256);
    expect(() => parseContacts(noise, { format: 'vcard' })).not.toThrow();
  });
});
