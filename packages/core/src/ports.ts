/**
 * The outside world as the domain sees it. `storage` implements the stores, the adapters supply the
 * clock and id generator; every operation asks only for the ports it uses.
 */
import type { Contact, ContactFilter, ContactPatch, NewContactRecord } from './contacts/types.js';
import type { Interaction, NewInteractionRecord } from './interactions/types.js';
import type { KnowsEdge, NewKnowsEdgeRecord } from './network/types.js';
import type { HistorySummary } from './coach/summary.js';
import type { Stage } from './coach/stage.js';
import type { AccountSettings } from './settings/types.js';

export interface Clock {
  now(): Date;
}

export interface IdGenerator {
  /** A new unique, URL-safe id. */
  next(): string;
}

/** A contact as stored, with the summary of its history that storage keeps in step with it. */
export interface ContactRecord extends Contact {
  summary: HistorySummary;
  /** `deriveStage(summary).stage`, kept by storage so lists can filter on it. */
  stage: Stage;
  /** `computeDueAt(summary, createdAt, effective cadence)`, kept by storage for the agenda. */
  dueAt: string;
}

export interface Page<T> {
  items: T[];
  /** Opaque cursor for the next page, or null at the end. */
  nextCursor: string | null;
}

export interface ContactStore {
  insert(accountId: string, contact: NewContactRecord): Promise<ContactRecord>;
  /** Applies a validated patch; returns null when the contact does not exist. */
  update(accountId: string, id: string, patch: ContactPatch, updatedAt: string): Promise<ContactRecord | null>;
  get(accountId: string, id: string): Promise<ContactRecord | null>;
  getMany(accountId: string, ids: readonly string[]): Promise<ContactRecord[]>;
  list(accountId: string, filter: ContactFilter, now: Date): Promise<Page<ContactRecord>>;
  /** Contacts whose display name equals `name` ignoring case and accents (archived ones too). */
  findByName(accountId: string, name: string): Promise<ContactRecord[]>;
}

export interface InteractionStore {
  /**
   * Inserts the interaction and, in the same transaction, recomputes the history summary of every
   * contact it involves. Throws `not_found` when one of the contacts does not exist.
   */
  insert(accountId: string, interaction: NewInteractionRecord): Promise<Interaction>;
  get(accountId: string, id: string): Promise<Interaction | null>;
  /** Newest first. `before` is an opaque cursor from a previous page. */
  listForContact(
    accountId: string,
    contactId: string,
    limit: number,
    before?: string | null,
  ): Promise<Page<Interaction>>;
  delete(accountId: string, id: string): Promise<boolean>;
}

export interface KnowsStore {
  /** Inserts or replaces the edge between the two contacts (an edge has no direction). */
  upsert(accountId: string, edge: NewKnowsEdgeRecord): Promise<KnowsEdge>;
  listForContact(accountId: string, contactId: string): Promise<KnowsEdge[]>;
  delete(accountId: string, contactA: string, contactB: string): Promise<boolean>;
}

/** The few candidate sets the Today agenda ranks; each is bounded by `limit`. */
export interface AgendaQueries {
  /** Non-archived contacts whose due date is at or before `now`, most overdue first. */
  overdue(accountId: string, now: Date, limit: number): Promise<ContactRecord[]>;
  /** Non-archived contacts with a pending follow-up at or before `now`. */
  followUpsDue(accountId: string, now: Date, limit: number): Promise<ContactRecord[]>;
  /** Non-archived contacts who helped after the last thanks sent to them. */
  thanksOwed(accountId: string, limit: number): Promise<ContactRecord[]>;
  /** Non-archived contacts created at or after `since` to whom nothing was given yet. */
  awaitingFirstGive(accountId: string, since: Date, limit: number): Promise<ContactRecord[]>;
}

/** Aggregates for the network metrics, computed by the database over the whole account. */
export interface MetricsQueries {
  counts(accountId: string, now: Date): Promise<NetworkCounts>;
}

export interface NetworkCounts {
  totalContacts: number;
  /** Contacts with a two-way interaction in the 90 days before `now`. */
  activeRelationships: number;
  /** Never in touch, or not in the last 365 days, and never two-way. */
  ghosts: number;
  gives: number;
  asks: number;
  thanks: number;
  byCircle: Record<string, number>;
  byTier: Record<string, number>;
  byContext: Record<string, number>;
  byStage: Record<string, number>;
  overdue: number;
}

export interface SettingsStore {
  get(accountId: string): Promise<AccountSettings>;
  /** Saves the settings and recomputes every stored due date that depends on them. */
  save(accountId: string, settings: AccountSettings): Promise<AccountSettings>;
}
