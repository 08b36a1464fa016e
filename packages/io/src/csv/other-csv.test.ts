/** Google, Outlook and Thunderbird CSV: the real Thunderbird files and the synthetic Google/Outlook ones. */
import { describe, expect, it } from 'vitest';
import iconv from 'iconv-lite';
import { parseContacts } from '../parse.js';
import { only, parseFixture } from '../test-support.js';

const utf8 = (s: string) => new TextEncoder().encode(s);

describe('Thunderbird CSV (real-world)', () => {
  it('tb_export: CRLF records, quoted fields with LF, TAB, CR and doubled quotes', () => {
    const r = parseFixture('real-world/thunderbird_csv/tb_export.csv');
    expect(r.format).toBe('thunderbird');
    expect(r.contacts.map((c) => [c.name, c.givenName, c.familyName, c.emails])).toEqual([
      ['contact number one', 'contact', 'one', ['contact1@invalid']],
      ['contact number two', 'contact', 'two', ['contact2@invalid']],
    ]);
    const two = only(r, 1);
    expect(two.role).toBe('"worker"');
    expect(two.notes).toBe(
      "here's some unicode text…\n\nCustom 1: custom, 1\nCustom 2: custom\t2\nCustom 3: custom 3\nCustom 4: custom 4",
    );
    expect(two.source.line).toBe(3);
  });

  it('tb_quote: all-quoted empty fields, a company-only row', () => {
    const r = parseFixture('real-world/thunderbird_csv/tb_quote.csv');
    expect(only(r)).toMatchObject({
      name: 'Acer America',
      company: 'Acer America',
      phones: ['(800) 000-0000'],
      emails: [],
    });
    expect(r.problems).toEqual([]);
  });

  it('tb_semicolon: semicolon-separated, LF', () => {
    const r = parseFixture('real-world/thunderbird_csv/tb_semicolon.csv');
    expect(r.contacts.map((c) => [c.name, c.givenName, c.familyName, c.emails[0]])).toEqual([
      ['John Doe', 'John', 'Doe', 'john@doe.invalid'],
      ['Jane Doe', 'Jane', 'Doe', 'jane@doe.invalid'],
    ]);
  });

  it('tb_shiftjis: Shift_JIS without BOM', () => {
    const r = parseFixture('real-world/thunderbird_csv/tb_shiftjis.csv');
    expect(r.encoding).toBe('shift_jis');
    expect(only(r)).toMatchObject({
      name: '名無しの権兵衛',
      givenName: '権兵衛',
      familyName: '名無し',
      emails: ['名無しの権兵衛@host.invalid'],
    });
  });

  it('tb_utf16le_bom: UTF-16LE with BOM', () => {
    const r = parseFixture('real-world/thunderbird_csv/tb_utf16le_bom.csv');
    expect(r.encoding).toBe('utf-16le');
    expect(only(r)).toMatchObject({
      name: 'John Doe',
      givenName: 'John',
      familyName: 'Doe',
      emails: ['johndoe@host.invalid'],
    });
  });

  it('UTF-16LE without BOM is recognised too', () => {
    const bytes = iconv.encode(
      'First Name,Last Name,Display Name,Primary Email\r\nZoë,Ng,Zoë Ng,zoe@example.com\r\n',
      'utf-16le',
    );
    const r = parseContacts(bytes);
    expect(r.encoding).toBe('utf-16le');
    expect(only(r)).toMatchObject({ name: 'Zoë Ng', emails: ['zoe@example.com'] });
  });
});

describe('Google Contacts CSV', () => {
  it('current header: labels to tags, multi-line notes and address, birthday without year, company-only row', () => {
    const r = parseFixture('synthetic/google-contacts-current.csv');
    expect(r.format).toBe('google');
    expect(r.contacts).toHaveLength(4);
    const [lucia, joao, giulia, acme] = r.contacts;
    expect(lucia).toMatchObject({
      name: 'Lucía Fernández Ortega',
      givenName: 'Lucía',
      familyName: 'Fernández Ortega',
      company: 'Banco Horizonte S.A.',
      role: 'Analista de Riesgos',
      birthday: '1990-04-12',
      emails: ['lucia.fernandez@example.es', 'lu.fo@example.com'],
      phones: ['+34 612 345 678'],
      addresses: ['Calle Mayor 10, 28013 Madrid, España'],
      location: 'Madrid, España',
      linkedinUrl: 'https://www.linkedin.com/in/lucia-fernandez-ortega',
      tags: ['trabajo'],
      source: { record: 1, line: 2 },
    });
    expect(lucia?.notes).toBe(
      'Conocí a Lucía en el career day de Madrid.\nLe interesa la analítica de datos.\n\nNickname: Lu\nDepartment: Riesgos\nManager: Pedro Ruiz',
    );
    expect(joao).toMatchObject({
      name: 'João Pedro Silva',
      birthday: '--05-23',
      tags: ['alumni'],
      phones: ['+351 21 123 4567', '912 345 678'],
      source: { line: 6 },
    });
    expect(joao?.notes).toBe('Title: Dr.');
    expect(giulia).toMatchObject({
      name: 'Giulia De Luca',
      company: 'Università di Bologna',
      tags: [],
      notes: 'Relatrice della mia tesi\n\nDepartment: Dipartimento di Informatica',
    });
    expect(acme).toMatchObject({
      name: 'Acme Analytics',
      company: 'Acme Analytics',
      emails: ['info@example.com'],
      phones: ['+1 (555) 010-2000'],
      notes: 'Company switchboard',
    });
    expect(r.problems).toEqual([]);
  });

  it('legacy header: Name, Given Name, Group Membership, E-mail 1 - Type', () => {
    const text =
      'Name,Given Name,Additional Name,Family Name,Birthday,Notes,Group Membership,E-mail 1 - Type,E-mail 1 - Value,Phone 1 - Type,Phone 1 - Value,Organization 1 - Name,Organization 1 - Title\n' +
      'Ana Silva,Ana,,Silva,1985-02-03,,* myContacts ::: Clients ::: * starred,* Home,ana@example.com ::: ana@work.example,Mobile,+351 912 345 678,Acme,CTO\n';
    const r = parseContacts(utf8(text));
    expect(r.format).toBe('google');
    expect(only(r)).toMatchObject({
      name: 'Ana Silva',
      emails: ['ana@example.com', 'ana@work.example'],
      phones: ['+351 912 345 678'],
      company: 'Acme',
      role: 'CTO',
      birthday: '1985-02-03',
      tags: ['clients'],
    });
  });
});

describe('Outlook CSV', () => {
  it('English header with BOM: categories split on ";", display-name column reported as dropped', () => {
    const r = parseFixture('synthetic/outlook-contacts-en.csv');
    expect(r.format).toBe('outlook');
    expect(r.contacts).toHaveLength(2);
    expect(only(r)).toMatchObject({
      name: 'Marco Rossi',
      company: 'Nordlicht GmbH',
      role: 'Area Manager',
      birthday: '1985-11-03',
      emails: ['marco.rossi@example.it'],
      phones: ['+39 02 1234567', '+39 333 1234567'],
      addresses: ['Via Roma 1, Milano, 20121, Italia'],
      tags: ['clienti', 'fiere'],
    });
    expect(only(r).notes).toBe('Incontrato alla fiera di Rimini, "molto disponibile"\n\nTitle: Mr.\nDepartment: Sales');
    expect(only(r, 1)).toMatchObject({
      name: "Emily J. O'Connor",
      emails: ['emily.oconnor@example.com', 'e.oconnor@example.org'],
      tags: ['recruiters'],
    });
    expect(r.dropped).toEqual(['E-mail Display Name']);
    expect(r.problems).toMatchObject([{ code: 'dropped-column', line: 1 }]);
  });

  const localised: [string, string][] = [
    [
      'Spanish',
      'Nombre,Apellidos,Compañía,Puesto,Dirección de correo electrónico,Teléfono móvil,Cumpleaños,Notas,Categorías,Aficiones',
    ],
    [
      'Portuguese',
      'Nome,Sobrenome,Empresa,Cargo,Endereço de email,Telefone celular,Aniversário,Anotações,Categorias,Passatempos',
    ],
    [
      'Italian',
      'Nome,Cognome,Società,Posizione,Indirizzo posta elettronica,Cellulare,Compleanno,Notes,Categorie,Hobby',
    ],
    ['German', 'Vorname,Nachname,Firma,Position,E-Mail-Adresse,Mobiltelefon,Geburtstag,Notizen,Kategorien,Hobby'],
    [
      'French',
      'Prénom,Nom,Société,Fonction,Adresse de messagerie,Tél. mobile,Anniversaire,Notes,Catégories,Passe-temps',
    ],
  ];
  it.each(localised)(
    '%s headers map names, company, job title, e-mail, phone, birthday, notes, categories',
    (_, header) => {
      const r = parseContacts(
        utf8(`${header}\r\nAna,Silva,Acme,CTO,ana@example.com,+34 600 000 000,1985-02-03,Hola,Clientes;VIP,Tenis\r\n`),
        { format: 'outlook' },
      );
      expect(only(r)).toMatchObject({
        name: 'Ana Silva',
        company: 'Acme',
        role: 'CTO',
        emails: ['ana@example.com'],
        phones: ['+34 600 000 000'],
        birthday: '1985-02-03',
        notes: 'Hola',
        tags: ['clientes', 'vip'],
      });
      expect(r.dropped).toHaveLength(1);
    },
  );

  it('a localised header is detected as Outlook without a format hint', () => {
    const r = parseContacts(
      utf8(
        'Vorname,Nachname,Firma,Position,E-Mail-Adresse,Telefon geschäftlich\nJonas,Weber,Acme,CFO,jonas@example.de,+49 30 1234567\n',
      ),
    );
    expect(r.format).toBe('outlook');
    expect(only(r)).toMatchObject({ name: 'Jonas Weber', phones: ['+49 30 1234567'] });
  });
});
