/**
 * The outside world as the domain sees it. `storage` implements the stores, the adapters supply the
 * clock and id generator; every operation asks only for the ports it uses.
 */
import type { Contact, ContactFilter, ContactPatch, NewContactRecord } from './contacts/types.js';
import type { Interaction, NewInteractionRecord } from './interactions/types.js';
import type { KnowsEdge, KnowsStrength, NewKnowsEdgeRecord } from './network/types.js';
import type { HistorySummary } from './coach/summary.js';
import type { Stage } from './coach/stage.js';
import type { AccountSettings } from './settings/types.js';
import type { BackupTableName, BackupTables } from './backup/format.js';
import type { OwnQuestion } from './questions/types.js';
import type { GiveItem, GiveItemPatch, SentGive } from './gives/types.js';
import type {
  CampaignRecipient,
  CampaignRecord,
  CampaignSummary,
  RecipientPatch,
  SendVia,
  SmtpSettings,
  Template,
  TemplatePatch,
} from './campaigns/types.js';
import type { OutgoingMail } from './campaigns/mail.js';

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
  /** Kept off the Today agenda until this instant (`contacts.snooze`); null when not snoozed. */
  snoozedUntil: string | null;
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
  /** Sets (or, with null, clears) `snoozedUntil`; returns null when the contact does not exist. */
  snooze(accountId: string, id: string, until: string | null): Promise<ContactRecord | null>;
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

/** A knows-edge seen from one contact: the other person, how well and how they know each other. */
export interface KnownPerson {
  contactId: string;
  name: string;
  company: string | null;
  strength: KnowsStrength;
  how: string | null;
  createdAt: string;
}

export interface KnowsStore {
  /** Inserts or replaces the edge between the two contacts (an edge has no direction). */
  upsert(accountId: string, edge: NewKnowsEdgeRecord): Promise<KnowsEdge>;
  listForContact(accountId: string, contactId: string): Promise<KnowsEdge[]>;
  /**
   * The people `contactId` knows, in the order of `listForContact`: each edge from their side with
   * only the other person's name and company (one query, no whole contacts).
   */
  listPeopleKnown(accountId: string, contactId: string): Promise<KnownPerson[]>;
  delete(accountId: string, contactA: string, contactB: string): Promise<boolean>;
}

/**
 * What the Today agenda reads of a candidate: enough to rank and explain, without the contact
 * details and notes it never shows (a ContactRecord is one too).
 */
export interface AgendaCandidate
  extends
    Pick<
      ContactRecord,
      'id' | 'name' | 'company' | 'role' | 'sector' | 'tags' | 'context' | 'tier' | 'cadenceDays' | 'archived'
    >,
    Pick<ContactRecord, 'createdAt' | 'dueAt'> {
  summary: Pick<
    HistorySummary,
    'lastAt' | 'gives' | 'asks' | 'thanks' | 'givesReceived' | 'lastHelpReceivedAt' | 'followUpAt'
  >;
}

/**
 * The few candidate sets the Today agenda ranks; each is bounded by `limit` and leaves out
 * contacts snoozed at `now` (`snoozedUntil` after `now`).
 */
export interface AgendaQueries {
  /** Non-archived contacts whose due date is at or before `now`, most overdue first. */
  overdue(accountId: string, now: Date, limit: number): Promise<AgendaCandidate[]>;
  /** Non-archived contacts with a pending follow-up at or before `now`. */
  followUpsDue(accountId: string, now: Date, limit: number): Promise<AgendaCandidate[]>;
  /** Non-archived contacts who helped after the last thanks sent to them. */
  thanksOwed(accountId: string, limit: number, now: Date): Promise<AgendaCandidate[]>;
  /** Non-archived contacts created at or after `since` to whom nothing was given yet. */
  awaitingFirstGive(accountId: string, since: Date, limit: number, now: Date): Promise<AgendaCandidate[]>;
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
  /**
   * My gives, asks and thanks (direction `out` or `both`) per UTC month `YYYY-MM`, counted from the
   * interactions since `monthWindow(now).since` up to `now` (archived contacts' too: what was given
   * stays given); months without any may be left out.
   */
  exchangesByMonth: MonthExchanges[];
  /** Where contacts come from, by the free-text sector and company (context is in `byContext`). */
  sources: { sector: SourceCounts; company: SourceCounts };
  /** Contacts per tier by where they stand against their cadence at `now` (core's `assessCadence`). */
  cadenceByTier: Record<string, CadenceCounts>;
}

export interface MonthExchanges {
  /** `YYYY-MM`, UTC. */
  month: string;
  gives: number;
  asks: number;
  thanks: number;
}

/** Contacts per value of one field: the largest values and what the concentration needs. */
export interface SourceCounts {
  /** The most common values, largest first (ties by value); at most `sourceRules.top`. */
  top: { value: string; count: number }[];
  /** Contacts with a value. */
  known: number;
  /** Different values. */
  distinct: number;
  /** The sum of count² over every value: the Herfindahl index is sumSquares / known². */
  sumSquares: number;
}

/** Contacts by cadence state: the four states of `CadenceStatus['state']`. */
export interface CadenceCounts {
  onTrack: number;
  dueSoon: number;
  overdue: number;
  neverContacted: number;
}

export interface SettingsStore {
  get(accountId: string): Promise<AccountSettings>;
  /** Saves the settings and recomputes every stored due date that depends on them. */
  save(accountId: string, settings: AccountSettings): Promise<AccountSettings>;
}

/** The user's own first-meeting questions (the built-in bank lives in core). */
export interface QuestionStore {
  insert(accountId: string, question: OwnQuestion): Promise<OwnQuestion>;
  /** Oldest first. */
  list(accountId: string): Promise<OwnQuestion[]>;
  delete(accountId: string, id: string): Promise<boolean>;
}

/** The give library: things worth sharing, and which of them were sent to whom. */
export interface GiveStore {
  insert(accountId: string, item: GiveItem): Promise<GiveItem>;
  /** Applies a validated patch; returns null when the item does not exist. */
  update(accountId: string, id: string, patch: GiveItemPatch, updatedAt: string): Promise<GiveItem | null>;
  get(accountId: string, id: string): Promise<GiveItem | null>;
  /** Newest first. */
  list(accountId: string): Promise<GiveItem[]>;
  /** Deletes the item and unlinks it from the interactions that shared it (they are kept). */
  delete(accountId: string, id: string): Promise<boolean>;
  /** The library items already shared with these contacts, from their interactions. */
  sentTo(accountId: string, contactIds: readonly string[]): Promise<SentGive[]>;
}

/** Outreach templates (principle 11). */
export interface TemplateStore {
  insert(accountId: string, template: Template): Promise<Template>;
  /** Applies a validated patch; returns null when the template does not exist. */
  update(accountId: string, id: string, patch: TemplatePatch, updatedAt: string): Promise<Template | null>;
  get(accountId: string, id: string): Promise<Template | null>;
  /** By name. */
  list(accountId: string): Promise<Template[]>;
  /** Campaigns made from it keep their own copy. */
  delete(accountId: string, id: string): Promise<boolean>;
}

/**
 * Campaigns and the per-recipient state of their messages. The send-state changes are conditional
 * updates, so two senders can never both claim the same message.
 */
export interface CampaignStore {
  insert(accountId: string, campaign: CampaignRecord): Promise<CampaignRecord>;
  get(accountId: string, id: string): Promise<CampaignRecord | null>;
  /** Newest first, with the counts of each send state. */
  list(accountId: string): Promise<CampaignSummary[]>;
  delete(accountId: string, id: string): Promise<boolean>;
  /** Changes one draft; returns null when the campaign has no such recipient. */
  updateRecipient(
    accountId: string,
    campaignId: string,
    contactId: string,
    patch: RecipientPatch,
    updatedAt: string,
  ): Promise<CampaignRecipient | null>;
  removeRecipient(accountId: string, campaignId: string, contactId: string): Promise<boolean>;
  /**
   * Adds drafts to a campaign; people already in it are skipped (their draft is kept as it is).
   * Returns the contact ids actually added.
   */
  addRecipients(
    accountId: string,
    campaignId: string,
    recipients: readonly CampaignRecipient[],
    updatedAt: string,
  ): Promise<string[]>;
  /** Stores `messageId` on the recipients that have none yet (a Message-ID never changes once set). */
  assignMessageIds(accountId: string, campaignId: string, ids: ReadonlyMap<string, string>): Promise<void>;
  /**
   * Marks one message `sending` (one more attempt) if its state is one of `from`; false when it is
   * not (already sent, or claimed by another sender), and then nothing changes.
   */
  claimSend(
    accountId: string,
    campaignId: string,
    contactId: string,
    from: readonly CampaignRecipient['sendState'][],
    at: string,
  ): Promise<boolean>;
  recordSent(
    accountId: string,
    campaignId: string,
    contactId: string,
    outcome: { sentAt: string; via: SendVia; interactionId: string },
  ): Promise<void>;
  recordFailure(accountId: string, campaignId: string, contactId: string, error: string, at: string): Promise<void>;
}

/**
 * The account's SMTP server settings, password included as stored (sealed by the SecretBox, or
 * plain text saved before passwords were encrypted): only the send operation opens it.
 */
export interface SmtpSettingsStore {
  get(accountId: string): Promise<SmtpSettings | null>;
  save(accountId: string, settings: SmtpSettings): Promise<SmtpSettings>;
  delete(accountId: string): Promise<boolean>;
}

/**
 * Keeps secrets encrypted at rest (the SMTP password) with a key the database never holds: the
 * adapters implement it (AES-256-GCM in storage); core only decides what is sealed and when.
 * `purpose` binds a sealed value to its use and account, so it cannot be moved to another.
 */
export interface SecretBox {
  /**
   * `plain` encrypted for storage, tagged with the id of the key that sealed it.
   * @throws AppError `conflict` when no key is set up, saying how to set one up.
   */
  seal(plain: string, purpose: string): Promise<string>;
  /**
   * The secret from its stored form. Text stored before secrets were encrypted comes back as it is.
   * @throws AppError `conflict` when the key that sealed it is not available or the text was altered,
   *   saying what to do (put the key back, or enter the secret again).
   */
  open(stored: string, purpose: string): Promise<string>;
  /** True when `stored` is sealed with the current key; false for plain text or an older key. */
  isCurrent(stored: string): boolean;
}

/** How the SMTP server is reached: the stored settings without their bookkeeping. */
export type SmtpConfig = Omit<SmtpSettings, 'updatedAt' | 'fromName' | 'fromAddress'>;

/** What the mail server said about one message it accepted. */
export interface MailDelivery {
  messageId: string;
  /** The server's final reply, e.g. `250 OK: queued`. */
  response: string;
}

/** One connection to the mail server, for the messages of one send. */
export interface MailSession {
  /** Sends one message. Rejects with an Error whose message says what the server answered. */
  send(mail: OutgoingMail): Promise<MailDelivery>;
  close(): Promise<void>;
}

/** Outgoing mail: adapters implement it (the server with nodemailer); core only decides what to send. */
export interface Mailer {
  open(config: SmtpConfig): Promise<MailSession>;
  /** The message as an RFC 5322 (.eml) file, exactly as it would be sent. */
  compose(mail: OutgoingMail): Promise<string>;
}

/** Every backed-up table of an account at once: the backup and the restore of `backup.*`. */
export interface BackupStore {
  /** Every row of every backed-up table of the account, each table in key order. */
  dump(accountId: string): Promise<BackupTables>;
  /**
   * Writes a validated backup into the account in one transaction, replacing its settings and
   * recomputing every derived column; returns the rows written per table.
   * @throws AppError `conflict` when the account already holds contacts, interactions or edges,
   *   `not_found` when the account does not exist. Nothing is written then.
   */
  load(accountId: string, tables: BackupTables): Promise<Record<BackupTableName, number>>;
}

/** Random secrets for capability URLs (the calendar feed): at least 256 bits, URL-safe. */
export interface SecretGenerator {
  token(): string;
}

/** The account's calendar feed: only a hash of its secret token is kept. */
export interface CalendarFeedStore {
  /** Revokes the active feed, if any, and makes `token` the active one, in one transaction. */
  replace(accountId: string, feed: { id: string; token: string; createdAt: string }): Promise<void>;
  /** Revokes the active feed; false when there was none. */
  revoke(accountId: string, revokedAt: string): Promise<boolean>;
  /** When the active feed was created, or null when there is none. */
  active(accountId: string): Promise<{ createdAt: string } | null>;
  /** True when `token` is the account's active feed token (compared in constant time). */
  verify(accountId: string, token: string): Promise<boolean>;
}

/** The contacts a calendar feed shows; both leave archived contacts out and are bounded by `limit`. */
export interface CalendarQueries {
  /** Contacts due for a check-in at or before `until`, earliest first. */
  checkInsDue(accountId: string, until: Date, limit: number): Promise<ContactRecord[]>;
  /** Contacts with a pending follow-up at or before `until`, earliest first. */
  followUpsDue(accountId: string, until: Date, limit: number): Promise<ContactRecord[]>;
}
