/** Real-world vCard 4.0 files (test-fixtures/real-world/vcard40): decoded values, file by file. */
import { describe, expect, it } from 'vitest';
import { only, parseFixture, photoOf } from '../test-support.js';

const dir = 'real-world/vcard40/';

describe('vCard 4.0 real-world files', () => {
  it('aosp_japanese_sort_as: UTF-8 Japanese with quoted SORT-AS parameters', () => {
    const c = only(parseFixture(dir + 'aosp_japanese_sort_as.vcf'));
    expect(c).toMatchObject({
      name: '安藤 ロイド',
      familyName: '安藤',
      givenName: 'ロイド',
      company: 'グーグル',
      notes: 'Department: 検索部門',
    });
  });

  it('aosp_tel_sip_uri: tel: and sip: URIs in TEL', () => {
    const r = parseFixture(dir + 'aosp_tel_sip_uri.vcf');
    const c = only(r);
    expect(c.name).toBe('安藤 ロイド');
    expect(c.notes).toBe('Phone: 1\nSIP: example@example.com');
    expect(r.problems).toMatchObject([{ code: 'bad-phone', line: 5 }]);
  });

  it('ezvcard_fullcontact: ALTID birthdays, several ORG/TITLE/PHOTO, IMPP, CATEGORIES', () => {
    const r = parseFixture(dir + 'ezvcard_fullcontact.vcf');
    const c = only(r);
    expect(c).toMatchObject({
      name: 'Prefix FirstName MiddleName LastName Suffix',
      givenName: 'FirstName',
      familyName: 'LastName',
      company: 'Organization1',
      role: 'Title1',
      birthday: '2016-08-01',
      tags: ['tag'],
      photo: 'https://d3m0kzytmr41b1.cloudfront.net/c335e945d1b60edd9d75eb4837c432f637e95c8a',
      location: 'HomeCity, HomeCountry',
    });
    expect(c.emails).toEqual([
      'home@example.com',
      'work@example.com',
      'school@example.com',
      'other@example.com',
      'custom@example.com',
    ]);
    expect(c.phones).toHaveLength(9);
    expect(c.addresses[0]).toBe('HomeExtended, HomeStreet, HomeCity, HomeState HomePostal, HomeCountry');
    expect(c.addresses).toHaveLength(4);
    expect(c.notes).toMatch(/^Notes line 1\nNotes line 2\n\n/);
    expect(c.notes).toContain('Organization: Organization2, Department2');
    expect(c.notes).toContain('Skype: skype:skype');
    expect(r.dropped).toEqual(expect.arrayContaining(['GENDER', 'X-FCENCODED-*']));
  });

  it('ezvcard_issue114: an unquoted LABEL parameter with caret escapes and ":" spilling into ADR', () => {
    const r = parseFixture(dir + 'ezvcard_issue114.vcf');
    const c = only(r);
    expect(c).toMatchObject({
      name: 'Dummy, Dummy',
      company: 'Dummy GmbH',
      emails: ['dummy.dummy@dummy.com'],
      phones: ['+49 1234 56789', '+49 9876 54321'],
      location: 'Bad Homburg, Germany',
    });
    expect(c.addresses).toEqual(['BHG01:, Dummy-Dummy-Strasse 1, Bad Homburg, 61352, Germany']);
    expect(r.problems).toMatchObject([{ code: 'bad-parameter', record: 1, line: 9 }]);
  });

  it('ezvcard_rfc6350_example: BDAY --0203, tel: URIs with ext, folded ADR', () => {
    const c = only(parseFixture(dir + 'ezvcard_rfc6350_example.vcf'));
    expect(c).toMatchObject({
      name: 'Simon Perreault',
      givenName: 'Simon',
      familyName: 'Perreault',
      company: 'Viagenie',
      birthday: '--02-03',
      emails: ['simon.perreault@viagenie.ca'],
      phones: ['+1-418-656-9254 ext. 102', '+1-418-262-6501'],
      addresses: ['Suite D2-630, 2875 Laurier, Quebec, QC G1V 2M2, Canada'],
      notes: 'Anniversary: 2009-08-08\nWebsite (home): http://nomis80.org',
    });
  });

  it('nodevcf_mixed_versions_multi: 4.0, 2.1 and 3.0 cards in one file', () => {
    const r = parseFixture(dir + 'nodevcf_mixed_versions_multi.vcf');
    expect(r.contacts).toHaveLength(3);
    for (const c of r.contacts) {
      expect(c).toMatchObject({
        name: 'Dr. Erika Mustermann',
        company: 'Wikimedia',
        role: 'Redaktion & Gestaltung',
        emails: ['erika@mustermann.de'],
      });
    }
    expect(r.contacts.map((c) => c.phones[0])).toEqual(['+49-221-9999123', '(0221) 9999123', '+49 221 9999123']);
    expect(r.contacts.map((c) => c.addresses[0])).toEqual([
      'Heidestraße 17, Köln, 51147, Germany',
      'Heidestrasse 17, Koeln, 51147, Deutschland',
      'Heidestraße 17, Köln, 51147, Germany',
    ]);
    expect(r.contacts.map((c) => c.source.line)).toEqual([1, 16, 30]);
  });

  it('tb_thunderbird_export: EMAIL;PREF=1, U+2026, custom fields with escaped comma, TAB and raw CR', () => {
    const r = parseFixture(dir + 'tb_thunderbird_export.vcf');
    expect(r.contacts.map((c) => [c.name, c.emails[0]])).toEqual([
      ['contact number one', 'contact1@invalid'],
      ['contact number two', 'contact2@invalid'],
    ]);
    const two = only(r, 1);
    expect(two.role).toBe('"worker"');
    expect(two.notes).toBe(
      "here's some unicode text…\n\nCustom 1: custom, 1\nCustom 2: custom 2\nCustom 3: custom 3\nCustom 4: custom 4",
    );
    expect(r.problems).toEqual([]);
  });

  it('tb_v4_photo_datauri_webp: a WebP data: URI photo', () => {
    const c = only(parseFixture(dir + 'tb_v4_photo_datauri_webp.vcf'));
    expect(c.name).toBe('URI WebP, version 4.0');
    expect(photoOf(c).type).toBe('image/webp');
    expect(photoOf(c).bytes.length).toBe(8340);
    expect(new TextDecoder().decode(photoOf(c).bytes.subarray(8, 12))).toBe('WEBP');
  });
});
