/**
 * Thunderbird address book CSV ("First Name, Last Name, Display Name, Nickname, Primary Email, ..."),
 * comma or semicolon separated, in UTF-8, UTF-16LE or Shift_JIS (decoding happens before).
 */
import { parseBirthday } from '../dates.js';
import { addEmail, addPhone, cityCountry, clean, formatAddress, newDraft } from '../draft.js';
import { normalizeLinkedinUrl } from '../linkedin-url.js';
import { headerKey } from './dialect.js';
import { indexColumns, type CsvFormat, type RowMapper } from './table.js';

const fields: Record<string, string> = {
  'first name': 'given',
  'last name': 'family',
  'display name': 'name',
  nickname: 'nickname',
  'primary email': 'email',
  'secondary email': 'email',
  'screen name': 'screenName',
  'work phone': 'phone',
  'home phone': 'phone',
  'fax number': 'fax',
  'pager number': 'phone',
  'mobile number': 'phone',
  'home address': 'homeStreet',
  'home address 2': 'homeStreet2',
  'home city': 'homeCity',
  'home state': 'homeState',
  'home zipcode': 'homePostal',
  'home country': 'homeCountry',
  'work address': 'workStreet',
  'work address 2': 'workStreet2',
  'work city': 'workCity',
  'work state': 'workState',
  'work zipcode': 'workPostal',
  'work country': 'workCountry',
  'job title': 'role',
  department: 'department',
  organization: 'company',
  'web page 1': 'web',
  'web page 2': 'web',
  'birth year': 'birthYear',
  'birth month': 'birthMonth',
  'birth day': 'birthDay',
  'custom 1': 'custom1',
  'custom 2': 'custom2',
  'custom 3': 'custom3',
  'custom 4': 'custom4',
  notes: 'notes',
};

/** The Thunderbird address book CSV format. */
export const thunderbirdCsv: CsvFormat = {
  format: 'thunderbird',
  scoreHeader(cells) {
    const keys = new Set(cells.map(headerKey));
    return keys.has('primary email') && (keys.has('display name') || keys.has('first name')) ? 3 : 0;
  },
  createMapper(header): RowMapper {
    const columns = indexColumns(header, (h) => fields[headerKey(h)]);
    return {
      used: columns.used,
      map(cells, where) {
        const get = (f: string) => columns.get(cells, f);
        const all = (f: string) => columns.all(cells, f);
        const d = newDraft();
        d.fullName = clean(get('name'));
        d.givenName = clean(get('given'));
        d.familyName = clean(get('family'));
        d.company = clean(get('company'));
        d.role = clean(get('role'));
        for (const e of all('email')) addEmail(d, e, where, 'E-mail');
        for (const p of all('phone')) addPhone(d, p, where, 'Phone');
        for (const p of all('fax')) addPhone(d, p, where, 'Fax Number', 'Fax');
        for (const kind of ['work', 'home'] as const) {
          const address = formatAddress({
            street: [get(`${kind}Street`), get(`${kind}Street2`)].filter(Boolean).join('\n'),
            locality: get(`${kind}City`),
            region: get(`${kind}State`),
            postalCode: get(`${kind}Postal`),
            country: get(`${kind}Country`),
          });
          if (address && !d.addresses.includes(address)) d.addresses.push(address);
          d.location ??= cityCountry(get(`${kind}City`), get(`${kind}Country`)) ?? address;
        }
        const [y, m, day] = [get('birthYear'), get('birthMonth'), get('birthDay')];
        if (m && day) {
          const mm = m.padStart(2, '0');
          const dd = day.padStart(2, '0');
          d.birthday = parseBirthday(/^\d{4}$/.test(y) ? `${y}-${mm}-${dd}` : `--${mm}-${dd}`);
        }
        const notes = get('notes');
        if (notes) d.notes.push(notes.replace(/\r\n?/g, '\n'));
        const extra = (label: string, v: string) => {
          if (v) d.extras.push(`${label}: ${v.replace(/\r\n?|\n/g, ' ')}`);
        };
        extra('Nickname', get('nickname'));
        extra('Screen name', get('screenName'));
        extra('Department', get('department'));
        for (const w of all('web')) {
          const li = normalizeLinkedinUrl(w);
          if (li) d.linkedinUrl ??= li;
          else extra('Website', w);
        }
        for (const n of [1, 2, 3, 4]) extra(`Custom ${n}`, get(`custom${n}`));
        return { draft: d };
      },
    };
  },
};
