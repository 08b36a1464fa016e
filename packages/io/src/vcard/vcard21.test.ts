/** Real-world vCard 2.1 files (test-fixtures/real-world/vcard21): decoded values, file by file. */
import { describe, expect, it } from 'vitest';
import { only, parseFixture, photoOf } from '../test-support.js';

const dir = 'real-world/vcard21/';
const codes = (r: { problems: { code: string }[] }) => r.problems.map((p) => p.code);

describe('vCard 2.1 real-world files', () => {
  it('aosp_backslash_escapes: 2.1 escapes in N (\\; \\\\ \\:) while FN stays as written', () => {
    const c = only(parseFixture(dir + 'aosp_backslash_escapes.vcf'));
    expect(c.name).toBe('A;B\\C\\;D:E\\\\');
    expect(c.givenName).toBe('A;B\\');
    expect(c.familyName).toBeNull();
  });

  it('aosp_complicated_qp_photo: QP notes with soft breaks, ORG with escaped ;, photo, birthday', () => {
    const r = parseFixture(dir + 'aosp_complicated_qp_photo.vcf');
    const c = only(r);
    expect(c).toMatchObject({
      name: 'Joe Due',
      givenName: 'Forrest',
      familyName: 'Gump',
      company: 'Gump Shrimp Co.',
      role: 'Shrimp Man',
      birthday: '1980-01-01',
      emails: ['forrestgump@walladalla.com', 'cell@example.com'],
      phones: ['(111) 555-1212', '(404) 555-1212', '0311111111', '0322222222', '0333333333'],
      addresses: [
        '100 Waters Edge, Baytown, LA 30314, United States of America',
        '42 Plantation St., Baytown, LA 30314, United States of America',
      ],
    });
    expect(c.notes).toContain(
      "The following note is the example from RFC 2045.\n\nNow's the time for all folk to come to the aid of their country.",
    );
    expect(c.notes).toContain('Department: Sales Dept.;Manager, Fish keeper');
    expect(c.notes).toContain('Role: Fish Cake Keeper!');
    const photo = photoOf(c);
    expect(photo.type).toBe('image/jpeg');
    expect(photo.bytes.length).toBe(3888);
    expect([...photo.bytes.subarray(0, 4)]).toEqual([0xff, 0xd8, 0xff, 0xe1]);
    expect([...photo.bytes.subarray(-2)]).toEqual([0xff, 0xd9]);
    expect(r.problems).toEqual([]);
  });

  it('aosp_docomo_d905i_photo: base64 photo on indented lines that end at END:VCARD, not a blank line', () => {
    const c = only(parseFixture(dir + 'aosp_docomo_d905i_photo.vcf'));
    expect(c.name).toBe('fullname');
    expect(c.familyName).toBe('name');
    const photo = photoOf(c);
    expect(photo.type).toBe('image/jpeg');
    expect(photo.bytes.length).toBe(3888);
    expect([...photo.bytes.subarray(-2)]).toEqual([0xff, 0xd9]);
  });

  it('aosp_japanese_shiftjis_qp: raw Shift_JIS and Shift_JIS quoted-printable with soft breaks', () => {
    const c = only(parseFixture(dir + 'aosp_japanese_shiftjis_qp.vcf'));
    expect(c.name).toBe('安藤 ロイド 1');
    expect(c.familyName).toBe('安藤');
    expect(c.givenName).toBe('ロイド1');
    expect(c.addresses).toEqual(['東京都渋谷区桜丘町26-1セルリアンタワー6階, 150-8512']);
    expect(c.notes).toBe('メモ\n\nPhonetic name: ｱﾝﾄﾞｳ ﾛｲﾄﾞ1');
  });

  it('aosp_ms_backslash_multiline_adr: an ADR continued with trailing backslashes', () => {
    const c = only(parseFixture(dir + 'aosp_ms_backslash_multiline_adr.vcf'));
    expect(c.name).toBe('bogus');
    expect(c.addresses).toEqual([
      'Grindelberg 999, Hamburg, 99999, Deutschland',
      'Hermann v. Brevern, 9999999, Packstation 999, Hamburg, 99999, Deutschland',
    ]);
    expect(c.location).toBe('Hamburg, Deutschland');
    expect(c.birthday).toBe('2008-12-03');
    expect(c.notes).toBe('Website: http://bogus.com/');
  });

  it('aosp_nec_shiftjis_multi: three Shift_JIS cards separated by blank lines', () => {
    const r = parseFixture(dir + 'aosp_nec_shiftjis_multi.vcf');
    expect(r.contacts.map((c) => c.name)).toEqual(['安藤ロイド3', '安藤ロイド4', '安藤ロイド5']);
    expect(r.contacts.map((c) => c.source.line)).toEqual([1, 12, 23]);
    // Two-digit test numbers are not phone numbers: kept in the notes, each reported with its line.
    expect(only(r).notes).toBe('Phonetic name: ｱﾝﾄﾞｳﾛｲﾄﾞ3\nPhone: 9\nPhone: 10\nPhone: 11\nPhone: 12');
    expect(r.problems.filter((p) => p.code === 'bad-phone').map((p) => p.line)).toEqual([
      5, 6, 7, 8, 16, 17, 18, 19, 27, 28, 29, 30,
    ]);
  });

  it('aosp_windows_mobile_65: ANNIVERSARY in 2.1, a plain-text AGENT, empty X- values', () => {
    const r = parseFixture(dir + 'aosp_windows_mobile_65.vcf');
    const c = only(r);
    expect(c.name).toBe('Example');
    expect(c.notes).toBe('Anniversary: 2009-10-10');
    expect(r.dropped).toEqual(expect.arrayContaining(['AGENT', 'X-CLASS']));
  });

  it('ezvcard_android: six cards, UTF-8 quoted-printable names, notes and organisations', () => {
    const r = parseFixture(dir + 'ezvcard_android.vcf');
    expect(r.contacts).toHaveLength(6);
    const [a, b, c, d, e, f] = r.contacts;
    expect(a?.emails).toEqual(['john.doe@company.com']);
    expect(a?.name).toBe('john.doe@company.com');
    expect(b?.emails).toEqual(['jane.doe@company.com']);
    expect(c).toMatchObject({ name: 'Ñ Ñ Ñ Ñ Ñ', familyName: 'Ñ Ñ Ñ Ñ', phones: ['123456789'] });
    expect(d?.name).toBe('Ñ Ñ Ñ Ñ Ñ Ñ Ñ Ñ Ñ Ñ Ñ');
    expect(d?.phones).toEqual(['123456', '234567', '3456789', '45678901']);
    expect(d?.notes).toBe('Ñ Ñ Ñ Ñ Ñ Ñ Ñ ÑÑ Ñ Ñ Ñ Ñ Ñ Ñ ÑÑ Ñ Ñ Ñ Ñ\n\nÑ Ñ Ñ Ñ Ñ Ñ Ñ ÑÑ Ñ Ñ Ñ Ñ Ñ Ñ ÑÑ Ñ Ñ Ñ Ñ');
    expect(e).toMatchObject({
      name: 'Ñ Ñ Ñ Ñ',
      givenName: 'Ñ Ñ Ñ',
      familyName: 'Ñ Ñ',
      emails: ['bob@company.com'],
      company: 'ÑÑÑÑÑÑÑÑÑÑÑÑ',
    });
    expect(photoOf(e).type).toBe('image/jpeg');
    expect([...photoOf(e).bytes.subarray(0, 4)]).toEqual([0xff, 0xd8, 0xff, 0xe0]);
    expect(f).toMatchObject({
      name: 'ÑÑÑÑ',
      emails: ['henry@company.com'],
      phones: ['55556666'],
      company: 'Ñ'.repeat(44),
    });
    // "My Contacts" is Android's system group, not a label the person chose.
    expect(r.contacts.every((x) => x.tags.length === 0)).toBe(true);
    // A stray =80 after UTF-8 is read as windows-1252 (€), reported, never mojibake.
    expect(f?.notes).toContain(`Organization: ${'Ñ'.repeat(44)}€`);
    expect(r.problems.find((p) => p.code === 'bad-encoding')).toMatchObject({ record: 6, line: 82 });
    expect(r.problems.find((p) => p.code === 'bad-email')).toMatchObject({ record: 5, line: 44 });
  });

  it('ezvcard_blackberry: one long base64 line then a blank line', () => {
    const c = only(parseFixture(dir + 'ezvcard_blackberry.vcf'));
    expect(c).toMatchObject({
      name: 'John Doe',
      givenName: 'john',
      familyName: 'Doe',
      company: 'Acme Solutions',
      phones: ['+96123456789'],
      notes: null,
    });
    expect(photoOf(c).type).toBe('image/jpeg');
    expect(photoOf(c).bytes.length).toBe(1674);
  });

  it('ezvcard_ms_outlook: QP labels, X-MS-* extras, photo', () => {
    const r = parseFixture(dir + 'ezvcard_ms_outlook.vcf');
    const c = only(r);
    expect(c).toMatchObject({
      name: 'Mr. John Richter James Doe Sr.',
      givenName: 'John',
      familyName: 'Doe',
      company: 'IBM',
      role: 'Money Counter',
      emails: ['john.doe@ibm.cm'],
      phones: ['(905) 555-1234', '(905) 666-1234'],
      birthday: '1980-03-22',
      addresses: [
        'Cresent moon drive, Albaney, New York 12345, United States of America',
        'Silicon Alley 5, New York, New York 12345, United States of America',
      ],
    });
    expect(c.notes).toMatch(/^THIS SOFTWARE IS PROVIDED BY GEORGE EL-HADDAD ''AS IS''/);
    expect(c.notes).toContain('Manager: Big Blue\nAssistant: Jenny');
    expect(c.notes).toContain('IM: johny5@aol.com');
    expect(photoOf(c).bytes.length).toBe(860);
    expect(r.dropped).toEqual(expect.arrayContaining(['X-MS-OL-DESIGN']));
  });

  it('ezvcard_outlook2003: QP note with CRLF, KEY certificate block with 4-space indents', () => {
    const r = parseFixture(dir + 'ezvcard_outlook2003.vcf');
    const c = only(r);
    expect(c).toMatchObject({
      name: 'John Doe III',
      company: 'Company, The',
      role: 'The Job Title',
      emails: ['jdoe@hotmail.com'],
      birthday: '1980-03-21',
    });
    expect(c.addresses).toEqual(['TheOffice, 123 Main St, Austin, TX 12345, United States of America']);
    expect(c.notes).toMatch(/^This is the note field!!\nSecond line\n\nThird line is empty\n\n/);
    expect(c.phones).toEqual([]);
    expect(r.problems.filter((p) => p.code === 'bad-phone').map((p) => p.line)).toEqual([10, 11, 12, 13]);
    expect(r.dropped).toEqual(expect.arrayContaining(['KEY', 'FBURL']));
  });

  it('ezvcard_outlook2007: us-ascii QP note with TAB, PHOTO and LOGO-free base64 blocks', () => {
    const c = only(parseFixture(dir + 'ezvcard_outlook2007.vcf'));
    expect(c).toMatchObject({
      name: 'Mr. Michael Angstadt Jr.',
      givenName: 'Michael',
      familyName: 'Angstadt',
      company: 'TheCompany',
      role: 'TheJobTitle',
      emails: ['mike.angstadt@gmail.com'],
      phones: ['(111) 555-1111', '(111) 555-2222', '(111) 555-4444', '(111) 555-3333'],
      birthday: '1922-03-10',
      addresses: ['TheOffice, 222 Broadway, New York, NY 99999, USA'],
    });
    expect(c.notes).toMatch(/^This is the NOTE field\t\nI assume it encodes this text inside a NOTE vCard type\.\n/);
    expect(c.notes).toContain('Spouse: TheSpouse');
    expect(photoOf(c).bytes.length).toBe(2324);
  });

  it('nodevcf_xing_export: ISO-8859-1 charset params, 3.0-style TYPE in 2.1, photo URL, categories', () => {
    const c = only(parseFixture(dir + 'nodevcf_xing_export.vcf'));
    expect(c).toMatchObject({
      name: 'Hans-Peter Mustermann',
      givenName: 'Hans-Peter',
      familyName: 'Mustermann',
      company: 'Example GmbH',
      role: 'CTO',
      tags: ['consulting'],
      addresses: ['City Name, 12345, Country'],
      photo: 'https://placeholdit.imgix.net/~text?txtsize=33&txt=150%C3%97150&w=150&h=150',
    });
    expect(c.notes).toBe(
      '17.02.2016, 19:18 - XING - http://www.xing.com/profile/Hans-Peter-Mustermann\n\nWebsite (work): http://www.example.com',
    );
  });

  it('sabre_issue64_photo_base64: a photo-only card, base64 ended by a blank line', () => {
    const r = parseFixture(dir + 'sabre_issue64_photo_base64.vcf');
    const c = only(r);
    expect(c.name).toBe('Unnamed contact');
    expect(photoOf(c).type).toBe('image/jpeg');
    expect(photoOf(c).bytes.length).toBe(19685);
    expect(codes(r)).toEqual(['no-name']);
  });

  it('tb_empty_lines_between_cards: blank lines before, between and after cards', () => {
    const r = parseFixture(dir + 'tb_empty_lines_between_cards.vcf');
    expect(r.contacts.map((c) => [c.name, c.emails[0], c.source.line])).toEqual([
      ['John Doe', 'john.doe@genericemail.invalid', 3],
      ['Jane Doe', 'jane.doe@genericemail.invalid', 11],
    ]);
    expect(r.problems).toEqual([]);
  });
});
