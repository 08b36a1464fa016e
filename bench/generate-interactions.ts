/**
 * Synthetic interaction history: each contact gets its planned number of interactions between the
 * day it was added and now, with plausible kinds, directions, values, notes and follow-ups.
 */
import type { Direction, Interaction, InteractionKind, InteractionValue, NewContactRecord } from '@nexo/core';
import { askKinds, giveKinds } from '@nexo/core';
import { DAY_MS, languageOf } from './generate-contacts.js';
import { chance, pick, pickSkewed, randomInt, weighted, type Rng } from './random.js';
import { channelsByKind, tags, words } from './vocabulary.js';

const kinds: readonly (readonly [InteractionKind, number])[] = [
  ['message', 30],
  ['email', 20],
  ['call', 11],
  ['meeting', 12],
  ['coffee', 8],
  ['event', 6],
  ['comment', 11],
  ['introduction', 2],
];
const directionWeights: readonly (readonly [Direction, number])[] = [
  ['out', 45],
  ['in', 25],
  ['both', 30],
];
const valueWeights: readonly (readonly [InteractionValue, number])[] = [
  ['neutral', 60],
  ['give', 16],
  ['ask', 9],
  ['thanks', 15],
];
const groupKinds = new Set<InteractionKind>(['meeting', 'event', 'coffee', 'introduction']);

export interface HistoryPlan {
  contacts: readonly NewContactRecord[];
  /** How many interactions each contact is the first participant of. */
  counts: readonly number[];
  /** Picks another participant for group interactions, favouring active contacts. */
  pickParticipant: (rng: Rng) => number;
  now: number;
}

/** Generates every interaction of the plan (sum of `counts`), oldest first. */
export function generateInteractions(rng: Rng, plan: HistoryPlan, nextId: () => string): Interaction[] {
  const out: Interaction[] = [];
  plan.contacts.forEach((contact, index) => {
    const count = plan.counts[index] ?? 0;
    if (count === 0) return;
    const notes = words[languageOf(contact)].interactionNotes;
    const from = Date.parse(contact.createdAt);
    for (let i = 0; i < count; i++) {
      // A slight bias toward recent dates: relationships that last tend to get busier.
      const at = from + Math.pow(rng(), 0.85) * (plan.now - from);
      out.push(generateInteraction(rng, plan, index, at, notes, nextId()));
    }
  });
  return out.sort((a, b) => (a.occurredAt < b.occurredAt ? -1 : a.occurredAt > b.occurredAt ? 1 : 0));
}

function generateInteraction(
  rng: Rng,
  plan: HistoryPlan,
  index: number,
  at: number,
  notes: readonly string[],
  id: string,
): Interaction {
  const kind = weighted(rng, kinds);
  const contactIds = [plan.contacts[index]?.id ?? ''];
  if (groupKinds.has(kind) && chance(rng, 0.3)) {
    const extra = randomInt(rng, 1, 3);
    for (let k = 0; k < extra; k++) {
      const other = plan.contacts[plan.pickParticipant(rng)]?.id;
      if (other !== undefined && !contactIds.includes(other)) contactIds.push(other);
    }
  }
  const direction = kind === 'comment' ? 'out' : weighted(rng, directionWeights);
  const value = weighted(rng, valueWeights);
  const followUpChance = kind === 'event' || kind === 'meeting' ? 0.12 : kind === 'coffee' ? 0.08 : 0.03;
  const occurredAt = new Date(at).toISOString();
  const followUpAt = chance(rng, followUpChance) ? new Date(at + randomInt(rng, 1, 21) * DAY_MS).toISOString() : null;
  return {
    id,
    contactIds,
    occurredAt,
    kind,
    channel: chance(rng, 0.85) ? pick(rng, channelsByKind[kind]) : null,
    direction,
    value,
    askKind: value === 'ask' ? pick(rng, askKinds) : null,
    giveKind: value === 'give' ? pick(rng, giveKinds) : null,
    note: chance(rng, 0.3) ? pick(rng, notes).replace('{tag}', pickSkewed(rng, tags)) : null,
    followUpAt,
    createdAt: new Date(Math.min(plan.now, at + rng() * 3_600_000)).toISOString(),
  };
}
