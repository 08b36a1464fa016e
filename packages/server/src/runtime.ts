/**
 * The composition root shared by the HTTP server and the CLI: real clock, random ids and the opened
 * storage, bundled so each adapter can hand every operation just the ports it asks for.
 */
import { randomBytes } from 'node:crypto';
import type { Clock, IdGenerator, Mailer, PhoneNormalizer, SecretGenerator } from '@nexo/core';
import type { Storage } from '@nexo/storage';
import { normalizePhone } from '@nexo/io';
import { createNodemailerMailer } from './mailer.js';

const ALPHABET = '0123456789abcdefghjkmnpqrstvwxyz'; // Crockford base32, lower case

/** The real clock. */
export const systemClock: Clock = { now: () => new Date() };

/** 16 characters of Crockford base32: 80 random bits, short enough to type, safe in URLs. */
export const randomIds: IdGenerator = {
  next() {
    const bytes = randomBytes(16);
    let id = '';
    for (let i = 0; i < 16; i++) id += ALPHABET[(bytes[i] ?? 0) & 31];
    return id;
  },
};

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
  Pick<Storage, 'imports' | 'merges'> & {
    /** Phone numbers to E.164 (libphonenumber-js through @nexo/io), for matching and duplicates. */
    normalizePhone: PhoneNormalizer;
    /** Outgoing mail (nodemailer over the account's SMTP settings). */
    mailer: Mailer;
    clock: Clock;
    ids: IdGenerator;
    secrets: SecretGenerator;
  };

/**
 * Bundles the stores of an opened storage with a clock and an id generator (real ones unless
 * overridden, e.g. a fixed clock in tests).
 * @example const services = createServices(storage, { clock: { now: () => new Date('2026-06-01') } });
 */
export function createServices(
  storage: Storage,
  overrides: Partial<Pick<Services, 'clock' | 'ids' | 'secrets' | 'mailer'>> = {},
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
    normalizePhone: (raw) => normalizePhone(raw),
    mailer: overrides.mailer ?? createNodemailerMailer(),
    clock: overrides.clock ?? systemClock,
    ids: overrides.ids ?? randomIds,
    secrets: overrides.secrets ?? randomSecrets,
  };
}
