/** Deterministic contact files for the import benchmark: a LinkedIn export and a vCard address book. */
import { mulberry32, pick, type Rng } from './random.js';

const given = [
  'Ana',
  'João',
  'María',
  'Giulia',
  'Søren',
  'Chloé',
  'Łukasz',
  'Noah',
  'Lucía',
  'Renée',
  'José',
  'Olivia',
];
const family = ['Souza', 'Oliveira', 'Martínez', 'Rossi', 'Smith', 'Müller', 'Nguyễn', 'Bianchi', "O'Connor", 'Silva'];
const companies = [
  'Acme Analytics',
  'Nordlicht GmbH',
  'Banco Horizonte S.A.',
  '"Smith, Jones & Partners"',
  'Freelance',
];
const roles = [
  'Software Engineer',
  'Recruiter',
  'Product Manager',
  '"Sr. Director, Sales & Marketing"',
  'Data Scientist',
];
const months = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

function source(seed: number): { next: Rng; pick: <T>(list: readonly T[]) => T } {
  const next = mulberry32(seed);
  return { next, pick: (list) => pick(next, list) };
}

/** Today's LinkedIn Connections.csv layout (preamble, header, `09 Oct 2024` dates), `rows` people. */
export function linkedinExport(rows: number, seed = 7): string {
  const r = source(seed);
  const out = [
    'Notes:',
    '"When exporting your connection data, you may notice that some of the email addresses are missing."',
    '',
    'First Name,Last Name,URL,Email Address,Company,Position,Connected On',
  ];
  for (let i = 1; i <= rows; i++) {
    const g = r.pick(given);
    const f = r.pick(family);
    const slug = `${g}-${f}-${i.toString(36)}`.toLowerCase().replace(/[^a-z0-9-]/g, '');
    const email = r.next() < 0.2 ? `${slug}@example.com` : '';
    const date = `${String(1 + Math.floor(r.next() * 28)).padStart(2, '0')} ${r.pick(months)} ${2010 + Math.floor(r.next() * 15)}`;
    out.push(`${g},${f},https://www.linkedin.com/in/${slug},${email},${r.pick(companies)},${r.pick(roles)},${date}`);
  }
  return `${out.join('\r\n')}\r\n`;
}

/** `cards` vCard 3.0 cards as phones export them (names, organisation, e-mail, phone, note, categories). */
export function vcardBook(cards: number, seed = 11): string {
  const r = source(seed);
  const out: string[] = [];
  for (let i = 1; i <= cards; i++) {
    const g = r.pick(given);
    const f = r.pick(family);
    out.push(
      'BEGIN:VCARD',
      'VERSION:3.0',
      `N:${f};${g};;;`,
      `FN:${g} ${f} ${i}`,
      `ORG:${r.pick(companies).replaceAll('"', '').replaceAll(',', '\\,')}`,
      `TITLE:${r.pick(roles).replaceAll('"', '').replaceAll(',', '\\,')}`,
      `EMAIL;TYPE=INTERNET:${g
        .toLowerCase()
        .normalize('NFKD')
        .replace(/[^a-z]/g, '')}.${i}@example.org`,
      `TEL;TYPE=CELL:+34 6${String(10_000_000 + i).slice(-8)}`,
      `NOTE:Met at the ${r.pick(['meetup', 'conference', 'career day', 'volunteering'])}\\nLikes jazz`,
      `CATEGORIES:${r.pick(['alumni', 'work', 'friends'])}`,
      'END:VCARD',
    );
  }
  return `${out.join('\r\n')}\r\n`;
}
