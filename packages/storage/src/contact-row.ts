/**
 * Mapping between contact rows and core's ContactRecord, and the derived columns storage keeps on
 * each contact: the search key, the history summary, the stage and the due date.
 */
import type { Selectable } from 'kysely';
import {
  computeDueAt,
  deriveStage,
  effectiveCadenceDays,
  foldForSearch,
  type AccountSettings,
  type AgendaCandidate,
  type Circle,
  type Contact,
  type ContactContext,
  type ContactRecord,
  type HistorySummary,
  type Stage,
  type Tier,
} from '@nexo/core';
import { fromDbBool, toDbBool, type Dialect } from './database.js';
import type { ContactsTable, SummaryColumns } from './schema.js';

export type ContactRow = Selectable<ContactsTable>;

/**
 * The text search matches: the name (and a given or family name it does not already contain),
 * company, role, notes, tags and e-mails, folded. Search is by substring, so repeating a name part
 * the full name holds would only make the trigram index larger (imports fill both from the same
 * cells).
 *
 * Folding works character by character, so the parts are folded one by one and joined with a
 * space: the same text as folding them joined (a property test holds this), without folding the
 * name twice (`nameKey` is its folded form) or, in an import, each repeated company and role again.
 */
export function buildSearchText(
  c: Omit<Contact, 'id' | 'createdAt' | 'updatedAt' | 'archived'>,
  nameKey: string = foldForSearch(c.name),
): string {
  let text = nameKey;
  const add = (folded: string) => {
    if (folded) text = text ? `${text} ${folded}` : folded;
  };
  if (c.givenName && !c.name.includes(c.givenName)) add(foldForSearch(c.givenName));
  if (c.familyName && !c.name.includes(c.familyName)) add(foldForSearch(c.familyName));
  if (c.company) add(foldRepeated(c.company));
  if (c.role) add(foldRepeated(c.role));
  if (c.notes) add(foldForSearch(c.notes));
  for (const tag of c.tags) add(foldRepeated(tag));
  for (const email of c.emails) add(foldForSearch(email));
  return text;
}

/** Recent folds of short texts that repeat from contact to contact (companies, roles, tags). Bounded. */
const recentFolds = new Map<string, string>();
const RECENT_FOLDS_MAX = 4096;

function foldRepeated(text: string): string {
  let folded = recentFolds.get(text);
  if (folded === undefined) {
    folded = foldForSearch(text);
    if (recentFolds.size >= RECENT_FOLDS_MAX) recentFolds.clear();
    recentFolds.set(text, folded);
  }
  return folded;
}

/** `Date.toISOString` form: what core's clock and schemas produce. */
const CANONICAL = /^\d{4}-[01]\d-[0-3]\dT[0-2]\d:[0-5]\d:[0-5]\d\.\d{3}Z$/;

/**
 * Normalises a timestamp to `Date.toISOString` form, so that string order is time order. Core
 * hands over timestamps already in that form (its schemas and clock make them), which pass as
 * they are: a bulk write stores thousands.
 */
export function iso(value: string): string {
  return CANONICAL.test(value) ? value : new Date(value).toISOString();
}

/** The stored columns of a contact's own fields (not the summary). */
export function contactColumns(dialect: Dialect, c: Omit<Contact, 'id' | 'createdAt'>) {
  const nameKey = foldForSearch(c.name);
  return {
    name: c.name,
    nameKey,
    givenName: c.givenName,
    familyName: c.familyName,
    emails: JSON.stringify(c.emails),
    phones: JSON.stringify(c.phones),
    tags: JSON.stringify(c.tags),
    company: c.company,
    role: c.role,
    sector: c.sector,
    location: c.location,
    linkedinUrl: c.linkedinUrl,
    birthday: c.birthday,
    photo: c.photo,
    notes: c.notes,
    circle: c.circle,
    context: c.context,
    tier: c.tier,
    cadenceDays: c.cadenceDays,
    archived: toDbBool(dialect, c.archived),
    updatedAt: iso(c.updatedAt),
    searchText: buildSearchText(c, nameKey),
  };
}

/** The summary, stage and due date of a contact, as columns. */
export function derivedColumns(
  summary: HistorySummary,
  contact: Pick<Contact, 'tier' | 'cadenceDays' | 'createdAt'>,
  settings: AccountSettings,
): SummaryColumns & { stage: Stage; dueAt: string } {
  return {
    ...summary,
    stage: deriveStage(summary).stage,
    dueAt: computeDueAt(summary, contact.createdAt, effectiveCadenceDays(contact, settings)),
  };
}

/** Reads the summary columns of a row. */
export function summaryOf(row: SummaryColumns): HistorySummary {
  return {
    interactionCount: row.interactionCount,
    twoWayCount: row.twoWayCount,
    firstAt: row.firstAt,
    lastAt: row.lastAt,
    lastTwoWayAt: row.lastTwoWayAt,
    gives: row.gives,
    asks: row.asks,
    thanks: row.thanks,
    givesReceived: row.givesReceived,
    asksReceived: row.asksReceived,
    thanksReceived: row.thanksReceived,
    lastGiveAt: row.lastGiveAt,
    lastHelpReceivedAt: row.lastHelpReceivedAt,
    lastThanksSentAt: row.lastThanksSentAt,
    followUpAt: row.followUpAt,
  };
}

/** Turns a stored row into core's ContactRecord. */
export function toContactRecord(row: ContactRow): ContactRecord {
  return {
    id: row.id,
    name: row.name,
    givenName: row.givenName,
    familyName: row.familyName,
    emails: JSON.parse(row.emails) as string[],
    phones: JSON.parse(row.phones) as string[],
    company: row.company,
    role: row.role,
    sector: row.sector,
    location: row.location,
    linkedinUrl: row.linkedinUrl,
    birthday: row.birthday,
    photo: row.photo,
    notes: row.notes,
    tags: JSON.parse(row.tags) as string[],
    circle: row.circle as Circle,
    context: row.context as ContactContext | null,
    tier: row.tier as Tier,
    cadenceDays: row.cadenceDays,
    archived: fromDbBool(row.archived),
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
    summary: summaryOf(row),
    stage: row.stage as Stage,
    dueAt: row.dueAt,
    snoozedUntil: row.snoozedUntil,
  };
}

/** The columns the Today agenda reads of a candidate (core's `AgendaCandidate`). */
export const agendaColumns = [
  'id',
  'name',
  'company',
  'role',
  'sector',
  'tags',
  'context',
  'tier',
  'cadenceDays',
  'archived',
  'createdAt',
  'dueAt',
  'lastAt',
  'gives',
  'asks',
  'thanks',
  'givesReceived',
  'lastHelpReceivedAt',
  'followUpAt',
] as const satisfies readonly (keyof ContactRow)[];

export type AgendaRow = Pick<ContactRow, (typeof agendaColumns)[number]>;

/** Turns the agenda columns of a row into core's AgendaCandidate. */
export function toAgendaCandidate(row: AgendaRow): AgendaCandidate {
  return {
    id: row.id,
    name: row.name,
    company: row.company,
    role: row.role,
    sector: row.sector,
    tags: JSON.parse(row.tags) as string[],
    context: row.context as ContactContext | null,
    tier: row.tier as Tier,
    cadenceDays: row.cadenceDays,
    archived: fromDbBool(row.archived),
    createdAt: row.createdAt,
    dueAt: row.dueAt,
    summary: {
      lastAt: row.lastAt,
      gives: row.gives,
      asks: row.asks,
      thanks: row.thanks,
      givesReceived: row.givesReceived,
      lastHelpReceivedAt: row.lastHelpReceivedAt,
      followUpAt: row.followUpAt,
    },
  };
}
