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

export interface Database {
  accounts: AccountsTable;
  accountSettings: AccountSettingsTable;
  contacts: ContactsTable;
  contactTags: ContactTagsTable;
  interactions: InteractionsTable;
  interactionContacts: InteractionContactsTable;
  knowsEdges: KnowsEdgesTable;
}
