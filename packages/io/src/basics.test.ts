/** Detection, decoding, phone and LinkedIn URL normalisation. */
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { decodeText } from './decode.js';
import { detectFormat } from './detect.js';
import { normalizeLinkedinUrl } from './linkedin-url.js';
import { parseContacts } from './parse.js';
import { normalizePhone } from './phone.js';
import { fixtureBytes } from './test-support.js';

describe('detectFormat', () => {
  it.each([
    ['real-world/vcard21/aosp_nec_shiftjis_multi.vcf', 'vcard'],
    ['real-world/vcard30/ezvcard_rfc2426_example.vcf', 'vcard'],
    ['real-world/thunderbird_csv/tb_utf16le_bom.csv', 'thunderbird'],
    ['real-world/thunderbird_csv/tb_semicolon.csv', 'thunderbird'],
    ['synthetic/linkedin-connections-current.csv', 'linkedin'],
    ['synthetic/linkedin-connections-2018.csv', 'linkedin'],
    ['synthetic/google-contacts-current.csv', 'google'],
    ['synthetic/outlook-contacts-en.csv', 'outlook'],
  ])('%s is %s', (path, format) => {
    expect(detectFormat(fixtureBytes(path)).format).toBe(format);
  });

  it('recognises JSON, and a UTF-16BE vCard without BOM', () => {
    expect(detectFormat(new TextEncoder().encode(' [{"name":"Ana"}]')).format).toBe('json');
    const be = iconv.encode('BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Zoë\r\nEND:VCARD\r\n', 'utf-16be');
    expect(detectFormat(be)).toMatchObject({ format: 'vcard', encoding: 'utf-16be' });
    expect(parseContacts(be).contacts[0]?.name).toBe('Zoë');
  });
});

describe('decodeText', () => {
  it('prefers valid UTF-8, strips BOMs, falls back to windows-1252 and Shift_JIS', () => {
    expect(decodeText(new Uint8Array([0xef, 0xbb, 0xbf, 0x41, 0xc3, 0xa9]))).toEqual({ text: 'Aé', encoding: 'utf-8' });
    expect(decodeText(iconv.encode('Café Müller – “x”', 'windows-1252')).text).toBe('Café Müller – “x”');
    expect(decodeText(iconv.encode('名無しの権兵衛,東京都渋谷区', 'shift_jis'))).toEqual({
      text: '名無しの権兵衛,東京都渋谷区',
      encoding: 'shift_jis',
    });
    expect(decodeText(iconv.encode('\uFEFFhi', 'utf-16le'))).toEqual({ text: 'hi', encoding: 'utf-16le' });
    expect(decodeText(iconv.encode('Ça va', 'iso-8859-15'), 'ISO-8859-15').text).toBe('Ça va');
  });

  it('unfolds a vCard line that splits a multi-byte character before decoding', () => {
    const bytes = new Uint8Array([
      ...new TextEncoder().encode('BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Jos'),
      0xc3,
      0x0d,
      0x0a,
      0x20,
      0xa9,
      ...new TextEncoder().encode('\r\nEND:VCARD\r\n'),
    ]);
    const r = parseContacts(bytes);
    expect(r.contacts[0]?.name).toBe('José');
    expect(r.problems).toEqual([]);
  });

  it('reads a windows-1252 vCard and a QP value with a soft break inside a UTF-8 sequence', () => {
    const cp = iconv.encode(
      'BEGIN:VCARD\r\nVERSION:2.1\r\nN:Müller;Jürgen\r\nNOTE;ENCODING=QUOTED-PRINTABLE:caf=\r\n=C3=\r\n=A9\r\nEND:VCARD\r\n',
      'windows-1252',
    );
    const c = parseContacts(cp).contacts[0];
    expect(c).toMatchObject({ name: 'Jürgen Müller', notes: 'café' });
  });
});

describe('normalizePhone', () => {
  it('gives E.164 or null', () => {
    expect(normalizePhone('+1 (418) 656-9254')).toBe('+14186569254');
    expect(normalizePhone('(0221) 9999123', 'DE')).toBe('+492219999123');
    expect(normalizePhone('tel:+1-418-656-9254;ext=102')).toBe('+14186569254');
    expect(normalizePhone('0044 20 7946 0958')).toBe('+442079460958');
    expect(normalizePhone('BusinessPhone')).toBeNull();
    expect(normalizePhone('12')).toBeNull();
  });
});

describe('normalizeLinkedinUrl', () => {
  it('normalises scheme, host, trailing parts and percent-encoding', () => {
    expect(normalizeLinkedinUrl('http://de.linkedin.com/in/ana-silva/?trk=x')).toBe(
      'https://www.linkedin.com/in/ana-silva',
    );
    expect(normalizeLinkedinUrl('linkedin.com/in/ken-o%E2%80%99brien-44')).toBe(
      'https://www.linkedin.com/in/ken-o’brien-44',
    );
    expect(normalizeLinkedinUrl('https://www.linkedin.com/company/acme')).toBeNull();
    expect(normalizeLinkedinUrl('https://example.com/in/ana')).toBeNull();
  });
});

describe('nexo JSON', () => {
  it('reads a contact array with the line of each record, and reports invalid JSON', () => {
    const text =
      '[\n  {"name": "Ana Silva", "emails": ["ana@example.com"], "tags": ["VIP"], "birthday": "--05-23", "notes": "a\\nb", "extra": 1},\n  {"name": "Bo"}\n]';
    const r = parseContacts(new TextEncoder().encode(text));
    expect(r.format).toBe('json');
    expect(r.contacts.map((c) => [c.name, c.source.line])).toEqual([
      ['Ana Silva', 2],
      ['Bo', 3],
    ]);
    expect(r.contacts[0]).toMatchObject({
      emails: ['ana@example.com'],
      tags: ['vip'],
      birthday: '--05-23',
      notes: 'a\nb',
    });
    expect(r.dropped).toEqual(['extra']);
    expect(parseContacts(new TextEncoder().encode('[{"name": '), { format: 'json' }).problems[0]?.code).toBe(
      'bad-json',
    );
  });
});
