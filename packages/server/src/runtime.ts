/**
 * The composition root shared by the HTTP server and the CLI: real clock, random ids and the opened
 * storage, bundled so each adapter can hand every operation just the ports it asks for.
 */
import { randomBytes } from 'node:crypto';
import type { Clock, IdGenerator, Mailer, PhoneNormalizer, SecretBox, SecretGenerator } from '@nexo/core';
import type { Storage } from '@nexo/storage';
import { normalizePhone } from '@nexo/io';
import { createNodemailerMailer } from './mailer.js';

const ALPHABET = '0123456789abcdefghjkmnpqrstvwxyz'; // Crockford base32, lower case

/** The real clock. */
export const systemClock: Clock = { now: () => new Date() };

/**
 * 20 characters of Crockford base32: the creation time in milliseconds (9 characters, so ids sort
 * by creation until the year 3084) and 55 random bits (11 characters). Ids made close together land
 * next to each other in every primary-key B-tree, so a 30,000-row import appends to the index
 * instead of splitting pages all over it; short enough to type, safe in URLs.
 */
export const randomIds: IdGenerator = { next: () => timeOrderedId(Date.now()) };

const POOL_SIZE = 4096;
let pool = Buffer.alloc(0);
let poolAt = POOL_SIZE;
const CODES = Buffer.from(ALPHABET, 'latin1');
/** The id being written, as character codes: one string is made per id, not one per character. */
const out = Buffer.alloc(20);

/** The millisecond whose 9 characters `out` starts with (an import makes dozens of ids per ms). */
let outMs = -1;

/** An id for time `ms` (exported for tests). Random bytes come from a pool: one syscall per 372 ids. */
export function timeOrderedId(ms: number): string {
  if (ms !== outMs) {
    for (let i = 0, shift = 40; i < 9; i++, shift -= 5) out[i] = CODES[Math.floor(ms / 2 ** shift) % 32] ?? 0;
    outMs = ms;
  }
  if (poolAt + 11 > POOL_SIZE) {
    pool = randomBytes(POOL_SIZE);
    poolAt = 0;
  }
  for (let i = 9; i < 20; i++) out[i] = CODES[(pool[poolAt++] ?? 0) & 31] ?? 0;
  return out.toString('latin1');
}

/** 32 random bytes, base64url: the secret part of a calendar feed URL. */
export const randomSecrets: SecretGenerator = {
  token: () => randomBytes(32).toString('base64url'),
};

/** Everything operations may ask for, from one opened storage. */
export type Services = Pick<
  Storage,
  'contacts' | 'interactions' | 'knows' | 'agenda' | 'metrics' | 'settings' | 'questions' | 'gives'
> &
  Pick<Storage, 'backup' | 'calendarFeeds' | 'calendarQueries'> &
  Pick<Storage, 'templates' | 'campaigns' | 'smtp'> &
  Pick<Storage, 'imports' | 'merges' | 'dismissals'> & {
    /** Phone numbers to E.164 (libphonenumber-js through @nexo/io), for matching and duplicates. */
    normalizePhone: PhoneNormalizer;
    /** Outgoing mail (nodemailer over the account's SMTP settings). */
    mailer: Mailer;
    clock: Clock;
    ids: IdGenerator;
    secrets: SecretGenerator;
    /** Seals the SMTP password at rest (storage's AES-256-GCM box unless overridden). */
    secretBox: SecretBox;
  };

/**
 * Bundles the stores of an opened storage with a clock and an id generator (real ones unless
 * overridden, e.g. a fixed clock in tests).
 * @example const services = createServices(storage, { clock: { now: () => new Date('2026-06-01') } });
 */
export function createServices(
  storage: Storage,
  overrides: Partial<Pick<Services, 'clock' | 'ids' | 'secrets' | 'mailer' | 'secretBox'>> = {},
): Services {
  return {
    contacts: storage.contacts,
    interactions: storage.interactions,
    knows: storage.knows,
    agenda: storage.agenda,
    metrics: storage.metrics,
    settings: storage.settings,
    questions: storage.questions,
    gives: storage.gives,
    backup: storage.backup,
    calendarFeeds: storage.calendarFeeds,
    calendarQueries: storage.calendarQueries,
    templates: storage.templates,
    campaigns: storage.campaigns,
    smtp: storage.smtp,
    imports: storage.imports,
    merges: storage.merges,
    dismissals: storage.dismissals,
    normalizePhone: (raw) => normalizePhone(raw),
    mailer: overrides.mailer ?? createNodemailerMailer(),
    clock: overrides.clock ?? systemClock,
    ids: overrides.ids ?? randomIds,
    secrets: overrides.secrets ?? randomSecrets,
    secretBox: overrides.secretBox ?? storage.secretBox,
  };
}
