/** LinkedIn Connections.csv (synthetic fixtures in the real export shapes). */
import { describe, expect, it } from 'vitest';
import { parseContacts } from '../parse.js';
import { only, parseFixture } from '../test-support.js';

const byUrl = (r: ReturnType<typeof parseFixture>, slug: string) =>
  r.contacts.find((c) => c.linkedinUrl === `https://www.linkedin.com/in/${slug}`);

describe('LinkedIn connections CSV', () => {
  it('current export with BOM and CRLF: finds the header after the Notes preamble', () => {
    const r = parseFixture('synthetic/linkedin-connections-current.csv');
    expect(r.format).toBe('linkedin');
    expect(r.contacts).toHaveLength(245);
    expect(only(r)).toMatchObject({
      name: 'Søren Smith',
      givenName: 'Søren',
      familyName: 'Smith',
      company: 'Smith, Jones & Partners',
      role: 'Sr. Director, Sales & Marketing',
      linkedinUrl: 'https://www.linkedin.com/in/s-ren-smith-38p',
      connectedOn: '2017-07-18',
      emails: [],
      source: { format: 'linkedin', record: 1, line: 5 },
    });
    expect(r.dropped).toEqual([]);
  });

  it('rows holding only a date are skipped with a warning naming the line', () => {
    const r = parseFixture('synthetic/linkedin-connections-current.csv');
    const skipped = r.problems.filter((p) => p.code === 'no-name');
    expect(skipped.map((p) => p.line)).toEqual([33, 94, 95, 171, 241]);
    expect(skipped[0]?.message).toContain('18 May 2014');
    expect(r.problems.every((p) => p.severity === 'warning')).toBe(true);
  });

  it('quoted names with doubled quotes, tabs and spaces trimmed, emoji, e-mails', () => {
    const r = parseFixture('synthetic/linkedin-connections-current.csv');
    expect(byUrl(r, 'lucia-mimi-o-connor-sbi')).toMatchObject({
      givenName: 'Lucía "Mimi"',
      familyName: "O'Connor",
      name: 'Lucía "Mimi" O\'Connor',
    });
    expect(byUrl(r, 'francesca-silva-4lca')).toMatchObject({
      givenName: 'Francesca',
      company: '"Quotes" & Co',
      connectedOn: '2024-05-03',
    });
    expect(byUrl(r, 'goncalo-santos-6amy')?.givenName).toBe('Gonçalo');
    expect(byUrl(r, 'giulia-oliveira-76pi')?.givenName).toBe('Giulia 🌍');
    expect(byUrl(r, 'maria-romano-1w7k')).toMatchObject({
      company: 'Startup 🚀 Labs',
      emails: ['maria.romano11@example.com'],
    });
    expect(byUrl(r, 'marco-lopez-mba-phd-5zgo')?.familyName).toBe('López, MBA, PhD');
  });

  it('percent-encoded profile URLs are decoded', () => {
    const r = parseFixture('synthetic/linkedin-connections-current.csv');
    const c = r.contacts.find((x) => x.source.line === 49);
    expect(c).toMatchObject({
      name: 'María Fernández',
      linkedinUrl: 'https://www.linkedin.com/in/ken-o’brien-44',
      connectedOn: '2023-09-05',
    });
  });

  it('current export with LF and no BOM', () => {
    const r = parseFixture('synthetic/linkedin-connections-current-lf.csv');
    expect(r.encoding).toBe('utf-8');
    expect(r.contacts).toHaveLength(40);
    expect(only(r)).toMatchObject({
      name: 'José García',
      role: 'CEO, Co-founder',
      connectedOn: '2018-05-02',
      source: { line: 5 },
    });
    expect(r.contacts.find((c) => c.familyName === 'Nguyễn, MBA, PhD')?.givenName).toBe('Fernanda');
  });

  it('2018 export: no preamble, no URL, dates like "1/8/18, 6:14 PM"', () => {
    const r = parseFixture('synthetic/linkedin-connections-2018.csv');
    expect(r.format).toBe('linkedin');
    expect(r.contacts).toHaveLength(60);
    expect(only(r)).toMatchObject({
      name: 'Øyvind Johnson',
      company: 'Università di Bologna',
      connectedOn: '2013-01-17',
      linkedinUrl: null,
      source: { line: 2 },
    });
    expect(only(r, 1).emails).toEqual(['chiara.esposito1@example.es']);
    expect(r.contacts.find((c) => c.source.line === 11)).toMatchObject({
      givenName: 'James',
      company: '株式会社サンプル',
      connectedOn: '2010-01-14',
    });
    expect(r.contacts.at(-1)).toMatchObject({ name: 'María Pereira', connectedOn: '2025-10-01' });
    expect(r.problems).toEqual([]);
  });

  it('the header is found wherever the preamble ends, not at a fixed line', () => {
    const text =
      'Notes:\n"A, b"\n"c"\n\n\nFirst Name,Last Name,URL,Email Address,Company,Position,Connected On\nAna,Silva,https://linkedin.com/in/ana-silva/,,,,09 Oct 2024\n';
    const r = parseContacts(new TextEncoder().encode(text));
    expect(r.format).toBe('linkedin');
    expect(only(r)).toMatchObject({
      name: 'Ana Silva',
      linkedinUrl: 'https://www.linkedin.com/in/ana-silva',
      connectedOn: '2024-10-09',
      source: { line: 7 },
    });
  });

  it('a semicolon-separated export (as some spreadsheets re-save it) is read too', () => {
    const text =
      'First Name;Last Name;URL;Email Address;Company;Position;Connected On\r\nAna;Silva;;ana@example.com;"Acme; Inc";CTO;01 Feb 2020\r\n';
    expect(only(parseContacts(new TextEncoder().encode(text)))).toMatchObject({
      name: 'Ana Silva',
      company: 'Acme; Inc',
      emails: ['ana@example.com'],
      connectedOn: '2020-02-01',
    });
  });
});
