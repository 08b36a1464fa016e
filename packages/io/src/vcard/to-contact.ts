/**
 * Maps the properties of one vCard to a Draft: names, organisation, title, e-mails, phones,
 * addresses, notes, categories, birthday, photo, LinkedIn URL; useful extras (nickname, relations,
 * anniversaries, IM, websites) go to the notes; everything else is listed as dropped.
 */
import { parseBirthday } from '../dates.js';
import {
  addEmail,
  addPhone,
  addTags,
  cityCountry,
  clean,
  formatAddress,
  newDraft,
  oneLine,
  warn,
  type Draft,
  type Where,
} from '../draft.js';
import { normalizeLinkedinUrl } from '../linkedin-url.js';
import { dataUriBytes, mediaTypeFromLabel, sniffImageType, toDataUri } from '../photo.js';
import {
  decodeBase64,
  encodingOf,
  hasType,
  param,
  splitValue,
  unescapeText,
  valueText,
  type Property,
} from './properties.js';

/** One card: its properties in file order, with where it starts. */
export interface Card {
  record: number;
  line: number;
  props: Property[];
}

const ignored = new Set(['BEGIN', 'END', 'VERSION', 'X-ABLABEL']);
const latin1 = new TextDecoder('latin1');

const relationLabels: Record<string, string> = {
  'X-SPOUSE': 'Spouse',
  'X-MS-SPOUSE': 'Spouse',
  'X-EVOLUTION-SPOUSE': 'Spouse',
  'X-MS-MANAGER': 'Manager',
  'X-EVOLUTION-MANAGER': 'Manager',
  'X-MS-ASSISTANT': 'Assistant',
  'X-EVOLUTION-ASSISTANT': 'Assistant',
  'X-ASSISTANT': 'Assistant',
  'X-MANAGER': 'Manager',
};
const anniversaries = new Set(['ANNIVERSARY', 'X-ANNIVERSARY', 'X-MS-ANNIVERSARY', 'X-EVOLUTION-ANNIVERSARY']);
const imProperties: Record<string, string> = {
  'X-AIM': 'AIM',
  'X-GTALK': 'Google Talk',
  'X-GOOGLE-TALK': 'Google Talk',
  'X-JABBER': 'Jabber',
  'X-MSN': 'MSN',
  'X-YAHOO': 'Yahoo',
  'X-ICQ': 'ICQ',
  'X-QQ': 'QQ',
  'X-SKYPE': 'Skype',
  'X-SKYPE-USERNAME': 'Skype',
  'X-MS-IMADDRESS': 'IM',
  'X-TWITTER': 'Twitter',
};
const phonetic: Record<string, string> = {
  'X-PHONETIC-FIRST-NAME': 'Phonetic first name',
  'X-PHONETIC-MIDDLE-NAME': 'Phonetic middle name',
  'X-PHONETIC-LAST-NAME': 'Phonetic last name',
};

/** Apple's built-in labels look like `_$!<HomePage>!$_`; this returns `HomePage`. */
function cleanLabel(label: string): string {
  return label.replace(/^_\$!<(.*)>!\$_$/, '$1').trim();
}

/** Keeps one property of each ALTID set: the first, unless a later one is in Latin script. */
function pickAlternatives(props: Property[], fileCharset: string): Property[] {
  const chosen = new Map<string, Property>();
  const isLatin = (p: Property) =>
    !/[^\p{Script=Latin}\p{Script=Common}\p{Script=Inherited}]/u.test(valueText(p, fileCharset).text);
  for (const p of props) {
    const altid = param(p, 'ALTID');
    if (!altid) continue;
    const key = `${p.name}\u0000${altid}`;
    const current = chosen.get(key);
    if (!current || (!isLatin(current) && isLatin(p))) chosen.set(key, p);
  }
  return props.filter((p) => {
    const altid = param(p, 'ALTID');
    return !altid || chosen.get(`${p.name}\u0000${altid}`) === p;
  });
}

/**
 * Reads one card into a Draft. `fileCharset` decodes values without a CHARSET parameter.
 * Returns the draft and the names of the properties that were not mapped.
 */
export function cardToDraft(card: Card, fileCharset: string): { draft: Draft; dropped: Set<string> } {
  const d = newDraft();
  const dropped = new Set<string>();
  const versionProp = card.props.find((p) => p.name === 'VERSION');
  const version = versionProp ? latin1.decode(versionProp.value).trim() : '3.0';
  const props = pickAlternatives(card.props, fileCharset);
  const labels = new Map<string, string>();
  for (const p of props) {
    if (p.name === 'X-ABLABEL' && p.group) labels.set(p.group.toLowerCase(), cleanLabel(raw(p)));
  }
  const hasTitle = props.some((p) => p.name === 'TITLE' && text(p).trim() !== '');
  const labelledAddress: string[] = [];
  let location = null as { pref: boolean; value: string } | null;
  let photoUrl = null as string | null;
  let orgSeen = false;
  let titleSeen = false;

  function raw(p: Property): string {
    const v = valueText(p, fileCharset);
    if (v.badEncoding) {
      const where = at(p);
      warn(d, where, 'bad-encoding', 'badUtf8', { property: p.name });
    }
    return v.text.replace(/\r\n/g, '\n');
  }
  function text(p: Property): string {
    return version === '2.1' ? raw(p) : unescapeText(raw(p));
  }
  function at(p: Property): Where {
    return { record: card.record, line: p.line };
  }
  function labelOf(p: Property): string | null {
    return p.group ? (labels.get(p.group.toLowerCase()) ?? null) : null;
  }

  for (const p of props) {
    const extra = (label: string, value: string) => {
      const v = clean(value);
      if (v) d.extras.push(`${label}: ${v}`);
    };
    switch (p.name) {
      case 'FN':
        d.fullName ??= clean(text(p));
        break;
      case 'N': {
        const [family, given, middle] = splitValue(raw(p), ';', version);
        d.familyName ??= clean(family);
        d.givenName ??= clean(given);
        d.middleName ??= clean(middle);
        break;
      }
      case 'EMAIL':
        addEmail(d, text(p), at(p), 'EMAIL');
        break;
      case 'TEL': {
        const v = text(p).trim();
        if (/^sip:/i.test(v)) extra('SIP', v.replace(/^sip:/i, ''));
        else addPhone(d, v, at(p), 'TEL', labelOf(p) ?? 'Phone');
        break;
      }
      case 'ORG': {
        const [company, ...units] = splitValue(raw(p), ';', version).map((x) => clean(x));
        if (!orgSeen && (company || units.some(Boolean))) {
          orgSeen = true;
          d.company = company ?? null;
          const dept = units.filter(Boolean).join(', ');
          if (dept) extra('Department', dept);
        } else if (company) extra('Organization', [company, ...units].filter(Boolean).join(', '));
        break;
      }
      case 'TITLE': {
        const v = clean(text(p));
        if (v && !titleSeen) {
          titleSeen = true;
          d.role = v;
        } else if (v) extra('Title', v);
        break;
      }
      case 'ROLE': {
        const v = clean(text(p));
        if (v && !hasTitle && !d.role) d.role = v;
        else if (v) extra('Role', v);
        break;
      }
      case 'NOTE': {
        const v = text(p).replace(/\r\n?/g, '\n').trim();
        if (v) d.notes.push(v);
        break;
      }
      case 'CATEGORIES': {
        const value = raw(p);
        const parts = version === '2.1' ? value.split(',') : splitValue(value, ',', version);
        // Thunderbird's MoreFunctionsForAddressBook escapes the separators: "a\, b\, c" is three categories.
        addTags(d, parts.length === 1 && value.includes('\\, ') ? (parts[0] ?? '').split(', ') : parts);
        break;
      }
      case 'BDAY': {
        const v = text(p).trim();
        if (!v || d.birthday) break;
        const b = parseBirthday(v);
        if (b) d.birthday = b;
        else {
          extra('Birthday', v);
          warn(d, at(p), 'bad-date', 'bdayNotDate', { value: v });
        }
        break;
      }
      case 'ADR':
        readAddress(p);
        break;
      case 'LABEL': {
        const v = oneLine(text(p));
        if (v) labelledAddress.push(v);
        break;
      }
      case 'URL':
      case 'X-SOCIALPROFILE': {
        const v = text(p).trim();
        const li = normalizeLinkedinUrl(v);
        if (li) d.linkedinUrl ??= li;
        else if (v) {
          const label = labelOf(p) ?? (p.params.get('TYPE') ?? []).filter((t) => t.toUpperCase() !== 'PREF').join(', ');
          extra(label ? `Website (${label.toLowerCase()})` : 'Website', v);
        }
        break;
      }
      case 'PHOTO':
        readPhoto(p);
        break;
      case 'NICKNAME':
        extra('Nickname', text(p));
        break;
      case 'RELATED':
      case 'X-ABRELATEDNAMES': {
        const label = labelOf(p) ?? param(p, 'TYPE') ?? 'Related';
        extra(label.charAt(0).toUpperCase() + label.slice(1), text(p));
        break;
      }
      case 'X-ABDATE':
        extra(labelOf(p) ?? 'Date', text(p));
        break;
      case 'IMPP':
        extra(param(p, 'X-SERVICE-TYPE') ?? 'IM', text(p));
        break;
      case 'SOUND':
        if (hasType(p, 'X-IRMC-N')) extra('Phonetic name', splitValue(raw(p), ';', version).filter(Boolean).join(' '));
        else dropped.add(p.name);
        break;
      default:
        if (relationLabels[p.name]) extra(relationLabels[p.name] ?? '', text(p));
        else if (anniversaries.has(p.name)) extra('Anniversary', parseBirthday(text(p)) ?? text(p));
        else if (imProperties[p.name]) extra(imProperties[p.name] ?? '', text(p));
        else if (phonetic[p.name]) extra(phonetic[p.name] ?? '', text(p));
        else if (/^X-CUSTOM\d$/.test(p.name)) extra(`Custom ${p.name.slice(-1)}`, text(p));
        else if (!ignored.has(p.name)) dropped.add(p.name.startsWith('X-FCENCODED-') ? 'X-FCENCODED-*' : p.name);
    }
  }
  if (d.addresses.length === 0 && labelledAddress.length > 0) d.addresses.push(...labelledAddress);
  else if (labelledAddress.length > 0) dropped.add('LABEL');
  d.location = location?.value ?? d.addresses[0] ?? null;
  d.photo ??= photoUrl;
  return { draft: d, dropped };

  function readAddress(p: Property): void {
    const parts = splitValue(raw(p), ';', version);
    let poBox = parts[0] ?? '';
    if (poBox.includes(':')) {
      // A broken writer left an unquoted LABEL parameter with ':' in it; its tail spilled here.
      poBox = poBox.slice(poBox.lastIndexOf(':') + 1);
      warn(d, at(p), 'bad-parameter', 'unquotedParameter', {});
    }
    const [, extended, street, locality, region, postalCode, country] = parts;
    let formatted = formatAddress({ poBox, extended, street, locality, region, postalCode, country });
    if (!formatted) formatted = oneLine(param(p, 'LABEL'));
    if (!formatted) return;
    if (!d.addresses.includes(formatted)) d.addresses.push(formatted);
    const pref = hasType(p, 'PREF') || param(p, 'PREF') === '1';
    const loc = cityCountry(locality, country) ?? formatted;
    if (!location || (pref && !location.pref)) location = { pref, value: loc };
  }

  function readPhoto(p: Property): void {
    const declared = mediaTypeFromLabel(
      param(p, 'MEDIATYPE') ?? p.params.get('TYPE')?.find((t) => mediaTypeFromLabel(t)),
    );
    const value = latin1.decode(p.value).trim();
    if (encodingOf(p) === 'base64') {
      const bytes = decodeBase64(value);
      if (bytes && bytes.length > 0) d.photo ??= toDataUri(bytes, declared);
      else if (value) warn(d, at(p), 'bad-photo', 'photoBase64', {});
      return;
    }
    if (!value) return;
    if (/^data:/i.test(value)) {
      const parsed = dataUriBytes(value);
      if (parsed && parsed.bytes.length > 0) d.photo ??= toDataUri(parsed.bytes, parsed.type || declared);
      else warn(d, at(p), 'bad-photo', 'photoDataUri', {});
      return;
    }
    if (/^https?:\/\//i.test(value)) {
      photoUrl ??= value.replace(/\s+/g, '');
      return;
    }
    const bytes = decodeBase64(value);
    const sniffed = bytes ? sniffImageType(bytes) : null;
    if (bytes && sniffed) {
      d.photo ??= toDataUri(bytes, sniffed);
      warn(d, at(p), 'photo-no-encoding', 'photoNoEncoding', { type: sniffed });
      return;
    }
    warn(d, at(p), 'bad-photo', 'photoUnknown', {});
  }
}
