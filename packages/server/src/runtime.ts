/**
 * The composition root shared by the HTTP server and the CLI: real clock, random ids and the opened
 * storage, bundled so each adapter can hand every operation just the ports it asks for.
 */
import { randomBytes } from 'node:crypto';
import type { Clock, IdGenerator } from '@nexo/core';
import type { Storage } from '@nexo/storage';

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

/** Everything operations may ask for, from one opened storage. */
export type Services = Pick<Storage, 'contacts' | 'interactions' | 'knows' | 'agenda' | 'metrics' | 'settings'> & {
  clock: Clock;
  ids: IdGenerator;
};

/**
 * Bundles the stores of an opened storage with a clock and an id generator (real ones unless
 * overridden, e.g. a fixed clock in tests).
 * @example const services = createServices(storage, { clock: { now: () => new Date('2026-06-01') } });
 */
export function createServices(storage: Storage, overrides: Partial<Pick<Services, 'clock' | 'ids'>> = {}): Services {
  return {
    contacts: storage.contacts,
    interactions: storage.interactions,
    knows: storage.knows,
    agenda: storage.agenda,
    metrics: storage.metrics,
    settings: storage.settings,
    clock: overrides.clock ?? systemClock,
    ids: overrides.ids ?? randomIds,
  };
}
