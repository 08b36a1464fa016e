/**
 * Synthetic contacts: a person per record with a language, a name with accents, a company, a role,
 * tags and notes, placed in a tier that matches how active the relationship is.
 */
import { foldForSearch, type ContactContext, type NewContactRecord, type Tier } from '@nexo/core';
import { chance, pick, pickSkewed, randomInt, weighted, type Rng } from './random.js';
import { companies, languages, tags, words, type Language } from './vocabulary.js';

export const DAY_MS = 86_400_000;
export const YEAR_MS = 365 * DAY_MS;

/** How active a relationship is: a few heavy ones, a middle, and a long tail of near-strangers. */
export type Segment = 'head' | 'middle' | 'tail';

const contexts: readonly (readonly [ContactContext, number])[] = [
  ['work', 30],
  ['former-colleague', 18],
  ['university', 8],
  ['alumni', 6],
  ['event', 12],
  ['online', 10],
  ['friend', 6],
  ['family', 2],
  ['volunteering', 2],
  ['sport', 3],
  ['other', 3],
];

function tierFor(rng: Rng, segment: Segment): Tier {
  if (segment === 'head') return chance(rng, 0.25) ? 'inner' : 'key';
  if (segment === 'middle')
    return weighted(rng, [
      ['key', 3],
      ['network', 80],
      ['wide', 17],
    ] as const);
  return weighted(rng, [
    ['network', 15],
    ['wide', 85],
  ] as const);
}

/** When the user added the person: active relationships are older; a few tail contacts are new. */
function createdAtFor(rng: Rng, segment: Segment, now: number): number {
  if (segment === 'head') return now - (3 + 2 * rng()) * YEAR_MS;
  if (segment === 'middle') return now - (0.3 + 4.7 * rng()) * YEAR_MS;
  if (chance(rng, 0.04)) return now - rng() * 30 * DAY_MS;
  return now - rng() * 5 * YEAR_MS;
}

const fill = (template: string, values: Record<string, string>): string =>
  template.replace(/\{(\w+)\}/g, (_, key: string) => values[key] ?? '');

const slug = (text: string): string => foldForSearch(text).replace(/[^a-z0-9]+/g, '');

function birthdayFor(rng: Rng): string | null {
  if (!chance(rng, 0.25)) return null;
  const month = String(randomInt(rng, 1, 12)).padStart(2, '0');
  const day = String(randomInt(rng, 1, 28)).padStart(2, '0');
  return chance(rng, 0.2) ? `--${month}-${day}` : `${randomInt(rng, 1955, 2003)}-${month}-${day}`;
}

/** One contact; `index` only makes e-mails and LinkedIn handles unique. */
export function generateContact(rng: Rng, id: string, index: number, segment: Segment, now: number): NewContactRecord {
  const language: Language = weighted(rng, [
    ['es', 35],
    ['pt', 25],
    ['it', 20],
    ['en', 20],
  ] as const);
  const w = words[language];
  const givenName = pick(rng, w.given);
  const secondFamily = language === 'es' && chance(rng, 0.4) ? ` ${pick(rng, w.family)}` : '';
  const familyName = pick(rng, w.family) + secondFamily;
  const name = `${givenName} ${familyName}`;
  const circle = weighted(rng, [
    ['professional', 70],
    ['personal', 12],
    ['both', 18],
  ] as const);
  const company = circle !== 'personal' && chance(rng, 0.85) ? pickSkewed(rng, companies, 0.9) : null;
  const contactTags = [
    ...new Set(
      Array.from(
        {
          length: weighted(rng, [
            [0, 25],
            [1, 30],
            [2, 25],
            [3, 12],
            [4, 8],
          ] as const),
        },
        () => pickSkewed(rng, tags),
      ),
    ),
  ];
  const values = { given: givenName, company: company?.name ?? 'ACME', tag: contactTags[0] ?? pick(rng, tags) };
  const handle = `${slug(givenName)}.${slug(familyName)}${index}`;
  const emails = chance(rng, 0.7) ? [`${handle}@${company?.domain ?? 'mail.example'}`] : [];
  if (emails.length > 0 && chance(rng, 0.12)) emails.push(`${handle}@personal.example`);
  const createdAt = createdAtFor(rng, segment, now);
  const archived = segment === 'tail' ? chance(rng, 0.045) : segment === 'middle' ? chance(rng, 0.015) : false;
  return {
    id,
    name,
    givenName,
    familyName,
    emails,
    phones: chance(rng, 0.5)
      ? [`${w.phonePrefix}${randomInt(rng, 10, 99)} ${randomInt(rng, 100, 999)} ${randomInt(rng, 100, 999)}`]
      : [],
    company: company?.name ?? null,
    role: company || chance(rng, 0.3) ? pick(rng, w.roles) : null,
    sector: company?.sector ?? null,
    location: chance(rng, 0.8) ? pick(rng, w.cities) : null,
    linkedinUrl: chance(rng, 0.55) ? `https://www.linkedin.com/in/${handle.replace('.', '-')}` : null,
    birthday: birthdayFor(rng),
    photo: null,
    notes: chance(rng, segment === 'tail' ? 0.2 : 0.6) ? fill(pick(rng, w.contactNotes), values) : null,
    tags: contactTags,
    circle,
    context: chance(rng, 0.9) ? weighted(rng, contexts) : null,
    tier: tierFor(rng, segment),
    cadenceDays: chance(rng, 0.05) ? pick(rng, [7, 21, 45, 60, 120, 365]) : null,
    archived,
    createdAt: new Date(createdAt).toISOString(),
    updatedAt: new Date(createdAt + rng() * (now - createdAt)).toISOString(),
  };
}

/** The language a contact's notes are written in, guessed back from the name lists. */
export function languageOf(contact: Pick<NewContactRecord, 'givenName'>): Language {
  return languages.find((l) => words[l].given.includes(contact.givenName ?? '')) ?? 'en';
}
