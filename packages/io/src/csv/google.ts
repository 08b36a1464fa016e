/**
 * Google Contacts CSV: the current header ("First Name, Middle Name, ..., Labels, E-mail 1 - Label,
 * E-mail 1 - Value") and the legacy one ("Name, Given Name, ..., Group Membership, E-mail 1 - Type").
 * Multi-valued cells are separated by " ::: "; labels become tags (system groups dropped).
 */
import { parseBirthday } from '../dates.js';
import { addEmail, addPhone, addTags, cityCountry, clean, formatAddress, newDraft, oneLine, warn } from '../draft.js';
import { normalizeLinkedinUrl } from '../linkedin-url.js';
import { headerKey } from './dialect.js';
import { cell, type CsvFormat, type RowMapper } from './table.js';

const simple: Record<string, string> = {
  name: 'name',
  'first name': 'given',
  'given name': 'given',
  'middle name': 'middle',
  'additional name': 'middle',
  'last name': 'family',
  'family name': 'family',
  nickname: 'nickname',
  'name prefix': 'prefix',
  'name suffix': 'suffix',
  'file as': 'fileAs',
  'organization name': 'company',
  'organization title': 'title',
  'organization department': 'department',
  birthday: 'birthday',
  notes: 'notes',
  photo: 'photo',
  labels: 'labels',
  'group membership': 'labels',
  'phonetic first name': 'phoneticFirst',
  'phonetic last name': 'phoneticLast',
  'given name yomi': 'phoneticFirst',
  'family name yomi': 'phoneticLast',
  location: 'location',
  occupation: 'occupation',
};

const multi = /^(e mail|email|phone|address|organization|website|relation|event|im|custom field) (\d+) (.+)$/;

const split = (v: string) =>
  v
    .split(' ::: ')
    .map((x) => x.trim())
    .filter(Boolean);

/** The Google Contacts CSV format. */
export const googleCsv: CsvFormat = {
  format: 'google',
  scoreHeader(cells) {
    const keys = new Set(cells.map(headerKey));
    if (keys.has('group membership') && keys.has('given name')) return 3;
    if (keys.has('labels') && (keys.has('e mail 1 value') || keys.has('file as') || keys.has('organization name')))
      return 3;
    return 0;
  },
  createMapper(header): RowMapper {
    const keys = header.map(headerKey);
    const one = new Map<string, number>();
    const groups = new Map<string, Map<string, number>>();
    const used = new Set<number>();
    keys.forEach((k, i) => {
      const field = simple[k];
      if (field && !one.has(field)) {
        one.set(field, i);
        used.add(i);
        return;
      }
      const m = multi.exec(k);
      if (m) {
        const kind = m[1] === 'email' ? 'e mail' : (m[1] ?? '');
        const id = `${kind}|${m[2] ?? ''}`;
        const g = groups.get(id) ?? new Map<string, number>();
        g.set(m[3] === 'type' ? 'label' : (m[3] ?? ''), i);
        groups.set(id, g);
        used.add(i);
      }
    });
    return {
      used,
      map(cells, where) {
        const get = (field: string) => cell(cells, one.get(field));
        const d = newDraft();
        d.fullName = clean(get('name'));
        d.givenName = clean(get('given'));
        d.middleName = clean(get('middle'));
        d.familyName = clean(get('family'));
        if (!d.fullName && !d.givenName && !d.familyName) d.fullName = clean(get('fileAs'));
        d.company = clean(get('company'));
        d.role = clean(get('title')) ?? clean(get('occupation'));
        const dept = clean(get('department'));
        const notes = get('notes');
        if (notes) d.notes.push(notes.replace(/\r\n?/g, '\n'));
        const photo = get('photo');
        if (/^https?:\/\//i.test(photo)) d.photo = photo;
        const birthday = get('birthday');
        if (birthday) {
          d.birthday = parseBirthday(birthday);
          if (!d.birthday) {
            d.extras.push(`Birthday: ${birthday}`);
            warn(d, where, 'bad-date', 'birthdayNotDate', { value: birthday });
          }
        }
        addTags(d, split(get('labels')));
        const extra = (label: string, value: string) => {
          if (value) d.extras.push(`${label}: ${value}`);
        };
        extra('Nickname', get('nickname'));
        extra('Title', get('prefix'));
        extra('Suffix', get('suffix'));
        extra('Phonetic first name', get('phoneticFirst'));
        extra('Phonetic last name', get('phoneticLast'));
        if (dept) extra('Department', dept);
        const location = clean(get('location'));
        for (const [id, g] of groups) {
          const kind = id.split('|')[0];
          const part = (name: string) => cell(cells, g.get(name));
          const label = split(part('label'))
            .join(', ')
            .replace(/^\*\s*/, '');
          const labelled = (base: string) => (label ? `${base} (${label.toLowerCase()})` : base);
          if (kind === 'e mail') for (const v of split(part('value'))) addEmail(d, v, where, 'E-mail');
          else if (kind === 'phone') for (const v of split(part('value'))) addPhone(d, v, where, 'Phone');
          else if (kind === 'address') {
            const formatted = oneLine(part('formatted'));
            const address =
              formatted ??
              formatAddress({
                poBox: part('po box'),
                extended: part('extended address'),
                street: part('street'),
                locality: part('city'),
                region: part('region'),
                postalCode: part('postal code'),
                country: part('country'),
              });
            if (address && !d.addresses.includes(address)) d.addresses.push(address);
            d.location ??= cityCountry(part('city'), part('country')) ?? address;
          } else if (kind === 'organization') {
            d.company ??= clean(part('name'));
            d.role ??= clean(part('title'));
            if (part('department')) extra('Department', part('department'));
          } else if (kind === 'website') {
            for (const v of split(part('value'))) {
              const li = normalizeLinkedinUrl(v);
              if (li) d.linkedinUrl ??= li;
              else extra(labelled('Website'), v);
            }
          } else if (kind === 'relation') extra(label || 'Related', part('value'));
          else if (kind === 'event') extra(label || 'Date', part('value'));
          else if (kind === 'im') extra(labelled(part('service') || 'IM'), part('value'));
          else if (kind === 'custom field') extra(label || 'Custom', part('value'));
        }
        d.location ??= location;
        return { draft: d };
      },
    };
  },
};
