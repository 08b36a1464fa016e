/**
 * The database as Kysely sees it, in camelCase (the CamelCasePlugin maps to the snake_case tables).
 * These row types never leave storage: the stores map them to core's domain types.
 */
/** A timestamp: ISO text in SQLite, timestamptz in PostgreSQL, read back as an ISO string on both. */
export type Timestamp = string;

/** A boolean: 0/1 in SQLite, boolean in PostgreSQL (see `toDbBool`). */
export type DbBool = boolean | number;

export interface AccountsTable {
  accountId: string;
  name: string;
  createdAt: Timestamp;
}

export interface AccountSettingsTable {
  accountId: string;
  /** The stored part of the settings as JSON; `defaultSettings` fill in the rest. */
  settings: string;
  updatedAt: Timestamp;
}

/** The history summary kept on each contact row (core's `HistorySummary`, flattened). */
export interface SummaryColumns {
  interactionCount: number;
  twoWayCount: number;
  firstAt: Timestamp | null;
  lastAt: Timestamp | null;
  lastTwoWayAt: Timestamp | null;
  gives: number;
  asks: number;
  thanks: number;
  givesReceived: number;
  asksReceived: number;
  thanksReceived: number;
  lastGiveAt: Timestamp | null;
  lastHelpReceivedAt: Timestamp | null;
  lastThanksSentAt: Timestamp | null;
  followUpAt: Timestamp | null;
}

export interface ContactsTable extends SummaryColumns {
  accountId: string;
  id: string;
  name: string;
  /** `foldForSearch(name)`: the sort key of the name sort and the key of `findByName`. */
  nameKey: string;
  givenName: string | null;
  familyName: string | null;
  /** JSON arrays of strings. */
  emails: string;
  phones: string;
  tags: string;
  company: string | null;
  role: string | null;
  sector: string | null;
  location: string | null;
  linkedinUrl: string | null;
  birthday: string | null;
  photo: string | null;
  notes: string | null;
  circle: string;
  context: string | null;
  tier: string;
  cadenceDays: number | null;
  archived: DbBool;
  createdAt: Timestamp;
  updatedAt: Timestamp;
  /** Folded name, company, role, notes, tags and e-mails: what search matches. */
  searchText: string;
  stage: string;
  dueAt: Timestamp;
  /** Off the Today agenda until then (migration 0003); null when not snoozed. */
  snoozedUntil: Timestamp | null;
}

export interface ContactTagsTable {
  accountId: string;
  contactId: string;
  tag: string;
}

export interface InteractionsTable {
  accountId: string;
  id: string;
  occurredAt: Timestamp;
  kind: string;
  channel: string | null;
  direction: string;
  value: string;
  askKind: string | null;
  giveKind: string | null;
  note: string | null;
  followUpAt: Timestamp | null;
  createdAt: Timestamp;
  /** The give-library item a give shared (migration 0006). */
  giveItemId: string | null;
}

export interface InteractionContactsTable {
  accountId: string;
  interactionId: string;
  contactId: string;
  /** Order of the contact in the interaction's `contactIds`. */
  position: number;
  /** Copied from the interaction, for "latest interactions of a contact" from one index. */
  occurredAt: Timestamp;
}

export interface KnowsEdgesTable {
  accountId: string;
  /** Always `contactA < contactB`: an edge has no direction. */
  contactA: string;
  contactB: string;
  strength: string;
  how: string | null;
  createdAt: Timestamp;
}

/** A calendar feed: the SHA-256 of its secret token, never the token itself. */
export interface CalendarFeedsTable {
  accountId: string;
  id: string;
  tokenHash: string;
  createdAt: Timestamp;
  /** Null while the feed is active. */
  revokedAt: Timestamp | null;
}

/** The user's own first-meeting questions (the bank lives in core). */
export interface QuestionsTable {
  accountId: string;
  id: string;
  text: string;
  createdAt: Timestamp;
}

/** The give library. */
export interface GiveItemsTable {
  accountId: string;
  id: string;
  kind: string;
  title: string;
  url: string | null;
  /** JSON array of strings. */
  topics: string;
  note: string | null;
  createdAt: Timestamp;
  updatedAt: Timestamp;
}

export interface Database {
  accounts: AccountsTable;
  accountSettings: AccountSettingsTable;
  contacts: ContactsTable;
  contactTags: ContactTagsTable;
  interactions: InteractionsTable;
  interactionContacts: InteractionContactsTable;
  knowsEdges: KnowsEdgesTable;
  questions: QuestionsTable;
  giveItems: GiveItemsTable;
  calendarFeeds: CalendarFeedsTable;
  templates: TemplatesTable;
  campaigns: CampaignsTable;
  campaignRecipients: CampaignRecipientsTable;
  smtpSettings: SmtpSettingsTable;
  importBatches: ImportBatchesTable;
  importBatchContacts: ImportBatchContactsTable;
  merges: MergesTable;
  duplicateDismissals: DuplicateDismissalsTable;
}

export interface TemplatesTable {
  accountId: string;
  id: string;
  name: string;
  kind: string;
  lang: string;
  subject: string;
  body: string;
  askKind: string | null;
  giveKind: string | null;
  createdAt: Timestamp;
  updatedAt: Timestamp;
}

/** A campaign with its own copy of the template it was made from. */
export interface CampaignsTable extends Omit<TemplatesTable, 'name'> {
  name: string;
  templateId: string | null;
}

export interface CampaignRecipientsTable {
  accountId: string;
  campaignId: string;
  contactId: string;
  position: number;
  toName: string;
  toAddress: string;
  personal: string | null;
  subject: string;
  body: string;
  edited: DbBool;
  ready: DbBool;
  /** pending | sending | sent | failed */
  sendState: string;
  messageId: string | null;
  attempts: number;
  lastError: string | null;
  sentAt: Timestamp | null;
  sentVia: string | null;
  interactionId: string | null;
  updatedAt: Timestamp;
}

export interface SmtpSettingsTable {
  accountId: string;
  host: string;
  port: number;
  secure: DbBool;
  username: string | null;
  /** A secret, sealed (`nexo1:<key id>:...`, see secret-box.ts): opened only by the send path. */
  password: string | null;
  fromName: string | null;
  fromAddress: string;
  updatedAt: Timestamp;
}

/** A recorded import (migration 0004). */
export interface ImportBatchesTable {
  accountId: string;
  id: string;
  format: string;
  fileName: string | null;
  records: number;
  created: number;
  updated: number;
  duplicates: number;
  failed: number;
  skipped: number;
  problemCount: number;
  createdAt: Timestamp;
  undoneAt: Timestamp | null;
}

/** What an import did to one contact: `created`, or `updated` with the previous fields as JSON. */
export interface ImportBatchContactsTable {
  accountId: string;
  batchId: string;
  contactId: string;
  action: string;
  previous: string | null;
  interactionId: string | null;
}

/** A merge of `other` into `keep`, with the JSON snapshots its undo needs (migration 0004). */
export interface MergesTable {
  accountId: string;
  id: string;
  keepId: string;
  otherId: string;
  otherName: string;
  keepBefore: string;
  otherSnapshot: string;
  links: string;
  edges: string;
  /** JSON: the dismissals the merge re-pointed or dropped (migration 0008); null before it. */
  dismissals: string | null;
  createdAt: Timestamp;
  undoneAt: Timestamp | null;
}

/** Two contacts the user said are different people (migration 0008). */
export interface DuplicateDismissalsTable {
  accountId: string;
  /** Always `contactA < contactB`: a pair has no direction. */
  contactA: string;
  contactB: string;
  createdAt: Timestamp;
}
