/**
 * The contact: a person in the user's network, with how the user knows them and how closely they
 * mean to keep in touch.
 */
import type { Stage } from '../coach/stage.js';

export const circles = ['professional', 'personal', 'both'] as const;
export type Circle = (typeof circles)[number];

/** How the user knows the person (principle 7: start from who you already know). */
export const contactContexts = [
  'work',
  'former-colleague',
  'university',
  'alumni',
  'family',
  'friend',
  'volunteering',
  'sport',
  'event',
  'online',
  'other',
] as const;
export type ContactContext = (typeof contactContexts)[number];

/** Closeness layers, each with a default keep-in-touch cadence the user can change. */
export const tiers = ['inner', 'key', 'network', 'wide'] as const;
export type Tier = (typeof tiers)[number];

export interface Contact {
  id: string;
  /** Display name, as the user wants to see it. */
  name: string;
  givenName: string | null;
  familyName: string | null;
  emails: string[];
  phones: string[];
  company: string | null;
  role: string | null;
  sector: string | null;
  location: string | null;
  linkedinUrl: string | null;
  /** `YYYY-MM-DD`, or `--MM-DD` when the year is unknown. */
  birthday: string | null;
  /** A `data:` URI or an http(s) URL. */
  photo: string | null;
  notes: string | null;
  /** Interests and labels, lower-case free text. */
  tags: string[];
  circle: Circle;
  context: ContactContext | null;
  tier: Tier;
  /** Per-contact keep-in-touch cadence in days; null follows the tier's cadence. */
  cadenceDays: number | null;
  archived: boolean;
  createdAt: string;
  updatedAt: string;
}

/** Everything a caller may set when creating a contact (validated by `newContactSchema`). */
export type NewContact = Omit<Contact, 'id' | 'archived' | 'createdAt' | 'updatedAt'>;

/** What storage receives: a complete, validated contact. */
export type NewContactRecord = Omit<Contact, 'updatedAt'> & { updatedAt: string };

/** A partial update; `null` clears an optional field. */
export type ContactPatch = Partial<Omit<Contact, 'id' | 'createdAt' | 'updatedAt'>>;

/** List orders; `health` is weakest first (computed at the request's clock, see decision 0008). */
export const contactSorts = ['name', 'recent', 'created', 'due', 'health'] as const;
export type ContactSort = (typeof contactSorts)[number];

export interface ContactFilter {
  search?: string | undefined;
  circle?: Circle | undefined;
  tier?: Tier | undefined;
  context?: ContactContext | undefined;
  tag?: string | undefined;
  stage?: Stage | undefined;
  /** Only contacts whose next check-in is due at or before now. */
  due?: boolean | undefined;
  /** Include archived contacts (default false). `only` lists just archived ones. */
  archived?: boolean | 'only' | undefined;
  sort?: ContactSort | undefined;
  limit: number;
  cursor?: string | null | undefined;
}
