/** Real-world vCard 3.0 files (test-fixtures/real-world/vcard30): decoded values, file by file. */
import { describe, expect, it } from 'vitest';
import { only, parseFixture, photoOf } from '../test-support.js';

const dir = 'real-world/vcard30/';
const disclaimer =
  /^THIS SOFTWARE IS PROVIDED BY THE COPYRIGHT HOLDERS AND CONTRIBUTORS "AS IS" AND ANY EXPRESS OR IMPLIED WARRANTIES, INCLUDING, BUT NOT LIMITED TO, THE IMPLIED/;

describe('vCard 3.0 real-world files', () => {
  it('aosp_dquote_param_with_colon: a quoted TYPE value holding ":" and ","', () => {
    const r = parseFixture(dir + 'aosp_dquote_param_with_colon.vcf');
    const c = only(r);
    expect(c).toMatchObject({ name: 'G M F', givenName: 'G', familyName: 'F' });
    // "1" is no phone number nexo accepts; it is kept in the notes and reported on its line.
    expect(c.notes).toBe('Phone: 1');
    expect(r.problems).toMatchObject([{ code: 'bad-phone', line: 4 }]);
  });

  it('aosp_ios613_crcrlf_photo: CR CR LF line ends, item groups, X-ABLabel, photo', () => {
    const c = only(parseFixture(dir + 'aosp_ios613_crcrlf_photo.vcf'));
    expect(c).toMatchObject({
      name: 'Bob Smith',
      givenName: 'Bob',
      familyName: 'Smith',
      company: 'Smith Auto Repair',
      emails: ['bob@smithauto.com'],
      phones: ['(650) 555-1212'],
      notes: 'Website (homepage): www.smithauto.com',
    });
    expect(photoOf(c).bytes.length).toBe(5165);
    expect([...photoOf(c).bytes.subarray(-2)]).toEqual([0xff, 0xd9]);
  });

  it('ezvcard_evolution: folded lines (mid-word), escaped commas, CATEGORIES, X-EVOLUTION extras', () => {
    const c = only(parseFixture(dir + 'ezvcard_evolution.vcf'));
    expect(c).toMatchObject({
      name: 'Mr. John Richter, James Doe Sr.',
      givenName: 'John',
      familyName: 'Doe',
      company: 'IBM',
      role: 'Money Counter',
      emails: ['john.doe@ibm.com'],
      phones: ['905-666-1234', '905-555-1234'],
      birthday: '1980-03-22',
      tags: ['vip'],
      addresses: ['ASB-123, 15 Crescent moon drive, Albaney, New York 12345, United States of America'],
    });
    expect(c.notes).toMatch(disclaimer);
    expect(c.notes).toContain('SERVICES; LOSS OF USE, DATA, OR PROFITS; OR BUSINESS INTERRUPTION');
    expect(c.notes).toContain('Spouse: Maria');
    expect(c.notes).toContain('Department: Accounting, Dungeon');
    expect(c.notes).toContain('AIM: johnny5@aol.com');
    expect(c.notes).toContain('Website: http://www.ibm.com');
  });

  it('ezvcard_gmail: item groups with X-ABLabel, escaped \\: in URL, \\n in ADR and NOTE', () => {
    const c = only(parseFixture(dir + 'ezvcard_gmail.vcf'));
    expect(c).toMatchObject({
      name: 'Mr. John Richter, James Doe Sr.',
      company: 'IBM',
      role: 'Money Counter',
      emails: ['john.doe@ibm.com'],
      phones: ['905-555-1234', '905-666-1234'],
      birthday: '1980-03-22',
      addresses: ['Crescent moon drive, 555-asd, Nice Area, Albaney, New York 12345, United States of America'],
    });
    expect(c.notes).toMatch(disclaimer);
    expect(c.notes).toContain('POSSIBILITY OF SUCH DAMAGE.\nFavotire Color: Blue');
    expect(c.notes).toContain('Anniversary: 1975-03-01');
    expect(c.notes).toContain('Spouse: Jenny');
    expect(c.notes).toContain('Website (work): http://www.ibm.com');
  });

  it('ezvcard_gmail_list: three minimal cards', () => {
    const r = parseFixture(dir + 'ezvcard_gmail_list.vcf');
    expect(r.contacts.map((c) => [c.name, c.givenName, c.familyName, c.emails])).toEqual([
      ['Arnold Smith', 'Arnold', 'Smith', ['asmithk@gmail.com']],
      ['Chris Beatle', 'Chris', 'Beatle', ['chrisy55d@yahoo.com']],
      ['Doug White', 'Doug', 'White', ['dwhite@gmail.com']],
    ]);
  });

  it('ezvcard_gmail_single2: every Gmail field kind, labels, relations, IMs', () => {
    const c = only(parseFixture(dir + 'ezvcard_gmail_single2.vcf'));
    expect(c.name).toBe('VCard Test');
    expect(c.emails).toEqual([
      'email@example.com',
      'homeemail@example.com',
      'workemail@example.com',
      'otheremail@example.com',
      'customcategory@example.com',
    ]);
    expect(c.phones).toHaveLength(11);
    expect(c.phones[0]).toBe('5555551111');
    expect(c.addresses).toHaveLength(5);
    expect(c.addresses[4]).toBe('115 Main St, NY, New York 10011');
    expect(c).toMatchObject({ company: 'TheCompany', role: 'TheJobTitle', birthday: '1912-06-23' });
    expect(c.notes).toMatch(/^note line 1\nnote line 2\nCustomField: field value\n\n/);
    for (const line of [
      'Nickname: TheNickname',
      'Skype: IM5',
      'Website (blog): http://www.example3.com',
      'Spouse: Name2',
      'CustomRelationCategory: Name16',
      'CustomDateCategory: 2000-09-12',
    ]) {
      expect(c.notes).toContain(line);
    }
  });

  it('ezvcard_iphone_ios5: CR CR LF, large folded photo, item groups', () => {
    const c = only(parseFixture(dir + 'ezvcard_iphone_ios5.vcf'));
    expect(c).toMatchObject({
      name: 'Mr. John Richter James Doe Sr.',
      company: 'IBM',
      role: 'Money Counter',
      emails: ['john.doe@ibm.com'],
      birthday: '2012-06-06',
      location: 'New York, United States of America',
      addresses: [
        'Silicon Alley 5, New York, New York 12345, United States of America',
        'Street4, Building 6, Floor 8, New York, 12345, USA',
      ],
    });
    expect(c.phones).toEqual([
      '905-555-1234',
      '905-666-1234',
      '905-777-1234',
      '905-888-1234',
      '905-999-1234',
      '905-111-1234',
      '905-222-1234',
    ]);
    expect(photoOf(c).bytes.length).toBe(32531);
    expect([...photoOf(c).bytes.subarray(-2)]).toEqual([0xff, 0xd9]);
  });

  it('ezvcard_lotus_notes: many rare properties, LABEL, GEO, photo', () => {
    const r = parseFixture(dir + 'ezvcard_lotus_notes.vcf');
    const c = only(r);
    expect(c).toMatchObject({
      name: 'Mr. Doe John I Johny',
      givenName: 'John',
      familyName: 'Doe',
      company: 'IBM',
      role: 'Generic Accountant',
      emails: ['john.doe@ibm.com', 'billy_bob@gmail.com'],
      phones: ['+1 (212) 204-34456', '00-1-212-555-7777'],
      birthday: '1980-05-21',
      addresses: ['25334, South cresent drive, Building 5, 3rd floo r, New York, New York NYC887, U.S.A.'],
    });
    expect(c.notes).toContain('Nickname: Johny,JayJay');
    expect(c.notes).toContain('Role: Counting Money');
    expect(photoOf(c).bytes.length).toBe(7957);
    expect(r.dropped).toEqual(expect.arrayContaining(['GEO', 'TZ', 'MAILER', 'X-GENERATOR']));
  });

  it('ezvcard_mac_addressbook: PHOTO;BASE64 with LF-only continuation lines', () => {
    const c = only(parseFixture(dir + 'ezvcard_mac_addressbook.vcf'));
    expect(c).toMatchObject({
      name: 'Mr. John Richter,James Doe Sr.',
      company: 'IBM',
      role: 'Money Counter',
      emails: ['john.doe@ibm.com'],
      birthday: '2012-06-06',
    });
    expect(c.phones).toHaveLength(7);
    expect(c.notes).toMatch(/^THIS SOFTWARE IS PROVIDED BY THE COPYRIGHT HOLDERS AND CONTRIBUTORS "AS IS"/);
    expect(c.notes).toContain('Spouse: Jenny');
    expect(photoOf(c).bytes.length).toBe(18242);
  });

  it('ezvcard_rfc2426_example: lower-case BEGIN:vCard, folded ADR, two cards', () => {
    const r = parseFixture(dir + 'ezvcard_rfc2426_example.vcf');
    expect(r.contacts).toHaveLength(2);
    expect(r.contacts[0]).toMatchObject({
      name: 'Frank Dawson',
      company: 'Lotus Development Corporation',
      emails: ['Frank_Dawson@Lotus.com', 'fdawson@earthlink.net'],
      phones: ['+1-919-676-9515', '+1-919-676-9564'],
      addresses: ['6544 Battleford Drive, Raleigh, NC 27613-3502, U.S.A.'],
    });
    expect(r.contacts[1]).toMatchObject({
      name: 'Tim Howes',
      company: 'Netscape Communications Corp.',
      addresses: ['501 E. Middlefield Rd., Mountain View, CA 94043, U.S.A.'],
      source: { record: 2, line: 13 },
    });
  });

  it('ezvcard_thunderbird_mfffab: escaped-comma categories, LF-only photo continuation', () => {
    const c = only(parseFixture(dir + 'ezvcard_thunderbird_mfffab.vcf'));
    expect(c).toMatchObject({
      name: 'John Doe',
      company: 'TheOrganization',
      role: 'TheTitle',
      birthday: '1970-09-21',
      tags: ['category1', 'category2', 'category3'],
      addresses: ['222 Broadway, Suite 100, New York, NY 98765, USA', '123 Main St, Apt 10, Austin, TX 12345, USA'],
    });
    expect(c.emails).toHaveLength(5);
    expect(c.phones).toEqual(['555-555-1111', '555-555-2222', '555-555-5555', '555-555-3333', '555-555-4444']);
    expect(c.notes).toMatch(
      /^This is the notes field\.\nSecond Line\n\nFourth Line\nYou can put anything in the "note" field; even curse words\./,
    );
    expect(photoOf(c).bytes.length).toBe(8940);
  });

  it('nodevcf_empty_lines: blank lines inside the card, UTF-8 ß and ö', () => {
    const c = only(parseFixture(dir + 'nodevcf_empty_lines.vcf'));
    expect(c).toMatchObject({
      name: 'Dr. Erika Mustermann',
      company: 'Wikimedia',
      role: 'Redaktion & Gestaltung',
      emails: ['erika@mustermann.de'],
      phones: ['+49 221 9999123', '+49 221 1234567'],
      addresses: ['Heidestraße 17, Köln, 51147, Germany'],
      location: 'Köln, Germany',
      photo: 'http://commons.wikimedia.org/wiki/File:Erika_Mustermann_2010.jpg',
    });
  });

  it('sabre_issue153_photo_base64: bare BASE64 parameter, value on the next line', () => {
    const c = only(parseFixture(dir + 'sabre_issue153_photo_base64.vcf'));
    expect(c).toMatchObject({ name: 'Test Benutzer', givenName: 'Test', familyName: 'Benutzer' });
    expect(photoOf(c).type).toBe('image/jpeg');
    expect(photoOf(c).bytes.length).toBe(19685);
  });

  it('tb_dos_crcrlf: every line ends CR CR LF', () => {
    const r = parseFixture(dir + 'tb_dos_crcrlf.vcf');
    expect(only(r)).toMatchObject({
      name: 'Name Surname',
      givenName: 'Name',
      familyName: 'Surname',
      emails: ['example@gmail.com'],
    });
    expect(r.problems).toEqual([]);
  });

  it('tb_v3_photo_datauri_noparam: a data: URI photo in 3.0 without VALUE=uri', () => {
    const c = only(parseFixture(dir + 'tb_v3_photo_datauri_noparam.vcf'));
    expect(c.name).toBe('URI PNG, version 3.0');
    expect(c.notes).toBe('This v3.0 card has a PNG photo as a URI and binary valuetype.');
    expect(photoOf(c).type).toBe('image/png');
    expect(photoOf(c).bytes.length).toBe(11019);
    expect([...photoOf(c).bytes.subarray(0, 4)]).toEqual([0x89, 0x50, 0x4e, 0x47]);
  });
});
