/**
 * LinkedIn Connections.csv: the current export (a "Notes:" preamble, then First Name, Last Name,
 * URL, Email Address, Company, Position, Connected On) and the older one without URL.
 */
import { parseConnectedOn } from '../dates.js';
import { addEmail, clean, newDraft, warn } from '../draft.js';
import { importProblemText } from '@nexo/core';
import { normalizeLinkedinUrl } from '../linkedin-url.js';
import { headerKey } from './dialect.js';
import { cell, type CsvFormat, type RowMapper } from './table.js';

const columns = {
  first: 'first name',
  last: 'last name',
  url: 'url',
  email: 'email address',
  company: 'company',
  position: 'position',
  connectedOn: 'connected on',
} as const;

/** The LinkedIn connections format. */
export const linkedinCsv: CsvFormat = {
  format: 'linkedin',
  scoreHeader(cells) {
    const keys = new Set(cells.map(headerKey));
    if (!keys.has('first name') || !keys.has('last name')) return 0;
    if (keys.has('connected on')) return 3;
    return keys.has('position') && keys.has('company') ? 2 : 0;
  },
  createMapper(header): RowMapper {
    const keys = header.map(headerKey);
    const idx = Object.fromEntries(Object.entries(columns).map(([k, v]) => [k, keys.indexOf(v)])) as Record<
      keyof typeof columns,
      number
    >;
    const used = new Set(Object.values(idx).filter((i) => i >= 0));
    /** Dates read so far: thousands of connections share a few hundred days. */
    const days = new Map<string, string | null>();
    const day = (text: string) => {
      let parsed = days.get(text);
      if (parsed === undefined) {
        parsed = parseConnectedOn(text);
        if (days.size >= 10_000) days.clear();
        days.set(text, parsed);
      }
      return parsed;
    };
    return {
      used,
      map(cells, where) {
        const get = (i: number) => cell(cells, i);
        const first = get(idx.first);
        const last = get(idx.last);
        const url = get(idx.url);
        const email = get(idx.email);
        const company = get(idx.company);
        const position = get(idx.position);
        const connected = get(idx.connectedOn);
        if (!first && !last && !url && !email && !company && !position) {
          return {
            skip: {
              ...where,
              severity: 'warning',
              code: 'no-name',
              ...(connected
                ? importProblemText('dateOnlyRow', { date: connected })
                : importProblemText('emptyRow', {})),
            },
          };
        }
        const d = newDraft();
        d.givenName = clean(first);
        d.familyName = clean(last);
        d.company = clean(company);
        d.role = clean(position);
        if (email) addEmail(d, email, where, 'Email Address');
        if (url) {
          d.linkedinUrl = normalizeLinkedinUrl(url);
          if (!d.linkedinUrl) {
            d.extras.push(`Website: ${url}`);
            warn(d, where, 'bad-url', 'badLinkedinUrlRow', { value: url });
          }
        }
        if (connected) {
          d.connectedOn = day(connected);
          if (!d.connectedOn) warn(d, where, 'bad-date', 'connectedOnNotDate', { value: connected });
        }
        return { draft: d };
      },
    };
  },
};
