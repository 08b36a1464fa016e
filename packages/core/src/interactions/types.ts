/**
 * The interaction: one moment of contact with one or more people, and what it meant for the
 * relationship (a give, an ask, thanks, or neutral).
 */

export const interactionKinds = [
  'message',
  'email',
  'call',
  'meeting',
  'coffee',
  'event',
  'comment',
  'introduction',
  // Accepting or sending a connection request (e.g. LinkedIn "Connected On"). Principle 1: clicking
  // "connect" is not networking, so the history summary ignores it (no stage, no cadence reset).
  'connection',
] as const;
export type InteractionKind = (typeof interactionKinds)[number];

/** Who reached out: `out` from me, `in` from them, `both` a real two-way exchange. */
export const directions = ['out', 'in', 'both'] as const;
export type Direction = (typeof directions)[number];

/**
 * What the interaction meant. With direction `out` or `both` it is what I did (I gave, asked,
 * thanked); with direction `in` it is what they did (they helped me, asked me, thanked me).
 */
export const interactionValues = ['give', 'ask', 'thanks', 'neutral'] as const;
export type InteractionValue = (typeof interactionValues)[number];

export const askKinds = ['job', 'referral', 'cv', 'introduction', 'advice', 'favour'] as const;
export type AskKind = (typeof askKinds)[number];

export const giveKinds = ['article', 'job-ad', 'news', 'ebook', 'book', 'introduction', 'help', 'other'] as const;
export type GiveKind = (typeof giveKinds)[number];

export interface Interaction {
  id: string;
  /** The people involved; at least one. */
  contactIds: string[];
  occurredAt: string;
  kind: InteractionKind;
  /** Free text: linkedin, whatsapp, phone, in person... */
  channel: string | null;
  direction: Direction;
  value: InteractionValue;
  askKind: AskKind | null;
  giveKind: GiveKind | null;
  note: string | null;
  /** When to follow up; pending until a later interaction with the same person. */
  followUpAt: string | null;
  createdAt: string;
  /** The give-library item this give shared, if it came from the library (stores always set it). */
  giveItemId?: string | null;
}

export type NewInteraction = Omit<Interaction, 'id' | 'createdAt'>;
export type NewInteractionRecord = Interaction;
