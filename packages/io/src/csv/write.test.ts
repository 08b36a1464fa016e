/** CSV writer: spreadsheet formula injection is neutralised and the file reads back. */
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import type { ExportableContact } from '../types.js';
import { csvCell, writeContactsCsv } from './write.js';

const base: ExportableContact = {
  name: 'Ana Silva',
  givenName: 'Ana',
  familyName: 'Silva',
  emails: ['ana@example.com', 'a.silva@example.org'],
  phones: ['+351 912 345 678'],
  company: 'Acme, "Quotes" & Co',
  role: 'CTO',
  location: 'Lisboa',
  linkedinUrl: 'https://www.linkedin.com/in/ana-silva',
  birthday: '--05-23',
  photo: 'data:image/png;base64,iVBORw0KGgo=',
  notes: 'Line one\nLine two',
  tags: ['clients', 'vip'],
};

describe('writeContactsCsv', () => {
  it('neutralises cells that start with = + - @ TAB or CR', () => {
    for (const bad of ['=HYPERLINK("http://evil")', '+1+1', '-2+3', '@SUM(A1)', '\tx', '\rx']) {
      expect(csvCell(bad).startsWith(`"'`)).toBe(true);
    }
    expect(csvCell('Ana')).toBe('"Ana"');
    const rows = parse(writeContactsCsv([{ ...base, name: "=cmd|' /C calc'!A0", company: '@evil' }]), {
      bom: true,
    }) as string[][];
    expect(rows[1]?.[0]).toBe("'=cmd|' /C calc'!A0");
    expect(rows[1]?.[5]).toBe("'@evil");
  });

  it('writes a header and one quoted row per contact that csv-parse reads back', () => {
    const text = writeContactsCsv([base]);
    expect(text.startsWith('\uFEFF"Name","Given Name"')).toBe(true);
    const rows = parse(text, { bom: true, columns: true }) as Record<string, string>[];
    expect(rows[0]).toMatchObject({
      Name: 'Ana Silva',
      'E-mails': 'ana@example.com; a.silva@example.org',
      Phones: "'+351 912 345 678",
      Company: 'Acme, "Quotes" & Co',
      Birthday: "'--05-23",
      Tags: 'clients; vip',
      Notes: 'Line one\nLine two',
      'Photo URL': '',
    });
  });
});
