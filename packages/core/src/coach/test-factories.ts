/** Small factories for the coach, agenda and metrics tests: histories and contact records at a fixed clock. */
import type { Contact } from '../contacts/types.js';
import type { Direction, InteractionValue } from '../interactions/types.js';
import type { ContactRecord } from '../ports.js';
import { defaultSettings } from '../settings/types.js';
import { computeDueAt, effectiveCadenceDays } from './cadence.js';
import { deriveStage } from './stage.js';
import { summarizeHistory, type InteractionFact } from './summary.js';
import { DAY_MS } from './time.js';

/** The fixed "now" of every test. */
export const now = new Date('2025-06-01T12:00:00.000Z');

/** The ISO timestamp `days` days before `now` (after it when negative). */
export function daysAgo(days: number): string {
  return new Date(now.getTime() - days * DAY_MS).toISOString();
}

export function fact(
  days: number,
  direction: Direction,
  value: InteractionValue = 'neutral',
  followUpAt: string | null = null,
): InteractionFact {
  return { occurredAt: daysAgo(days), direction, value, followUpAt };
}

/** A contact record as storage would keep it, with its summary, stage and due date derived from `facts`. */
export function contactRecord(overrides: Partial<Contact> = {}, facts: InteractionFact[] = []): ContactRecord {
  const contact: Contact = {
    id: overrides.name ? `c-${overrides.name.toLowerCase()}` : 'c-1',
    name: 'Ana',
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
    createdAt: daysAgo(400),
    updatedAt: daysAgo(400),
    ...overrides,
  };
  const summary = summarizeHistory(facts);
  const dueAt = computeDueAt(summary, contact.createdAt, effectiveCadenceDays(contact, defaultSettings));
  return { ...contact, summary, stage: deriveStage(summary).stage, dueAt, snoozedUntil: null };
}
