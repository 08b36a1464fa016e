/**
 * Combining what is known about one person from two sources: an imported record into a stored
 * contact (an import update), and two stored contacts into one (a merge the user asked for).
 * Nothing is lost: lists are united, notes concatenated, empty fields filled.
 */
import { tiers, type Contact, type Tier } from '../contacts/types.js';
import { phoneKey } from './identity.js';
import type { PhoneNormalizer } from './types.js';

/** The contact fields an import or a merge may set. */
export type ContactFields = Omit<Contact, 'id' | 'archived' | 'createdAt' | 'updatedAt'>;

/** Fields a newer file may replace when they changed (people change jobs and cities). */
const replaceable = ['company', 'role', 'location'] as const;
/** Fields a file only fills when nexo has nothing. */
const fillable = ['givenName', 'familyName', 'sector', 'linkedinUrl', 'birthday', 'photo'] as const;

/** The scalar fields a person may choose between when merging two contacts. */
export const mergeChoiceFields = [
  'name',
  'givenName',
  'familyName',
  'company',
  'role',
  'sector',
  'location',
  'linkedinUrl',
  'birthday',
  'photo',
  'circle',
  'context',
  'tier',
  'cadenceDays',
] as const;
export type MergeChoiceField = (typeof mergeChoiceFields)[number];

/** `a` then the items of `b` not already in it (compared by `key`). */
export function unite<T>(a: readonly T[], b: readonly T[], key: (v: T) => string = String): T[] {
  const seen = new Set(a.map(key));
  const out = [...a];
  for (const v of b) {
    const k = key(v);
    if (!seen.has(k)) {
      seen.add(k);
      out.push(v);
    }
  }
  return out;
}

/** Notes of both, without repeating a text the first already holds. */
export function joinNotes(a: string | null, b: string | null): string | null {
  if (!b || !b.trim()) return a;
  if (!a || !a.trim()) return b;
  if (a.includes(b.trim())) return a;
  if (b.includes(a.trim())) return b;
  return `${a.trimEnd()}\n\n${b.trim()}`;
}

const phoneIdentity = (normalize: PhoneNormalizer) => (p: string) => phoneKey(p, normalize) ?? p;

/**
 * What an imported record changes on a stored contact: lists united, company/role/location
 * replaced when the file says otherwise, empty fields filled, new notes appended. The name stays as
 * the user keeps it. Returns only the changed fields (empty when the record brings nothing new).
 */
export function planImportUpdate(
  existing: Contact,
  incoming: ContactFields,
  normalize: PhoneNormalizer,
): Partial<ContactFields> {
  const patch: Partial<ContactFields> = {};
  const set = <K extends keyof ContactFields>(key: K, value: ContactFields[K]) => {
    if (JSON.stringify(value) !== JSON.stringify(existing[key])) patch[key] = value;
  };
  set(
    'emails',
    unite(existing.emails, incoming.emails, (e) => e.toLowerCase()),
  );
  set('phones', unite(existing.phones, incoming.phones, phoneIdentity(normalize)));
  set('tags', unite(existing.tags, incoming.tags));
  for (const key of replaceable) if (incoming[key] !== null) set(key, incoming[key]);
  for (const key of fillable) if (existing[key] === null && incoming[key] !== null) set(key, incoming[key]);
  set('notes', joinNotes(existing.notes, incoming.notes));
  return patch;
}

/**
 * The fields of the contact two contacts become: `keep`'s values unless empty (then `other`'s), or
 * the side the user chose per field; e-mails, phones and tags united; notes concatenated.
 */
export function mergeContactFields(
  keep: Contact,
  other: Contact,
  normalize: PhoneNormalizer,
  choices: Partial<Record<MergeChoiceField, 'keep' | 'other'>> = {},
): ContactFields {
  const pick = <K extends MergeChoiceField>(key: K): Contact[K] => {
    if (choices[key] === 'other') return other[key];
    if (choices[key] === 'keep') return keep[key];
    const mine = keep[key];
    return mine === null || mine === '' ? other[key] : mine;
  };
  return {
    name: pick('name'),
    givenName: pick('givenName'),
    familyName: pick('familyName'),
    emails: unite(keep.emails, other.emails, (e) => e.toLowerCase()),
    phones: unite(keep.phones, other.phones, phoneIdentity(normalize)),
    company: pick('company'),
    role: pick('role'),
    sector: pick('sector'),
    location: pick('location'),
    linkedinUrl: pick('linkedinUrl'),
    birthday: pick('birthday'),
    photo: pick('photo'),
    notes: joinNotes(keep.notes, other.notes),
    tags: unite(keep.tags, other.tags),
    circle: choices.circle
      ? (choices.circle === 'other' ? other : keep).circle
      : keep.circle === other.circle
        ? keep.circle
        : 'both',
    context: pick('context'),
    // Without a choice the closer tier wins: someone key on either side stays key.
    tier: choices.tier ? (choices.tier === 'other' ? other : keep).tier : closer(keep.tier, other.tier),
    cadenceDays: pick('cadenceDays'),
  };
}

function closer(a: Tier, b: Tier): Tier {
  return tiers.indexOf(a) <= tiers.indexOf(b) ? a : b;
}
