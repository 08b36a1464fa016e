/** Small factories for storage tests: a fresh account, a contact, an interaction. */
import { randomUUID } from 'node:crypto';
import type { Interaction, NewContactRecord } from '@nexo/core';
import type { Storage } from '../index.js';

export const T0 = '2026-01-01T09:00:00.000Z';

/** A new id, unique across tests sharing a database. */
export function newId(prefix = 'id'): string {
  return `${prefix}_${randomUUID().slice(0, 8)}`;
}

/** Creates a fresh account so tests never see each other's data. */
export async function newAccount(storage: Storage): Promise<string> {
  const id = newId('acct');
  await storage.accounts.create(id, `Account ${id}`);
  return id;
}

/** A complete contact record with sensible defaults. */
export function makeContact(overrides: Partial<NewContactRecord> = {}): NewContactRecord {
  return {
    id: newId('c'),
    name: 'Ana Souza',
    givenName: null,
    familyName: null,
    emails: [],
    phones: [],
    company: null,
    role: null,
    sector: null,
    location: null,
    linkedinUrl: null,
    birthday: null,
    photo: null,
    notes: null,
    tags: [],
    circle: 'professional',
    context: null,
    tier: 'network',
    cadenceDays: null,
    archived: false,
    createdAt: T0,
    updatedAt: T0,
    ...overrides,
  };
}

/** An interaction with the given contacts; an outgoing neutral message by default. */
export function makeInteraction(contactIds: string[], overrides: Partial<Interaction> = {}): Interaction {
  return {
    id: newId('i'),
    contactIds,
    occurredAt: T0,
    kind: 'message',
    channel: null,
    direction: 'out',
    value: 'neutral',
    askKind: null,
    giveKind: null,
    note: null,
    followUpAt: null,
    createdAt: T0,
    giveItemId: null,
    ...overrides,
  };
}

/** Adds days to an ISO timestamp. */
export function addDays(at: string, days: number): string {
  return new Date(Date.parse(at) + days * 86_400_000).toISOString();
}
