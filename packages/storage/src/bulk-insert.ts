/**
 * The fast path for many rows at once (imports): multi-row INSERTs of contacts with their tags and
 * derived columns, and of interactions with their contact links. Statements are built directly
 * (one text per chunk, bound parameters) rather than through Kysely's query builder, whose per-value
 * syntax tree costs more than SQLite's work at 100,000 rows. Summaries are the caller's business.
 */
import { CompiledQuery, sql } from 'kysely';
import { emptySummary, type AccountSettings, type Interaction, type NewContactRecord } from '@nexo/core';
import type { StorageContext } from './database.js';
import { contactColumns, derivedColumns, iso } from './contact-row.js';

/** Under SQLite's 32,766 and PostgreSQL's 65,535 bound parameters per statement. */
const MAX_PARAMS = { sqlite: 32_000, postgres: 65_000 } as const;

export function* chunks<T>(list: readonly T[], size: number): Generator<T[]> {
  for (let i = 0; i < list.length; i += size) yield list.slice(i, i + size);
}

const snake = (name: string) => name.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);

/** Statement texts by shape: an import repeats two shapes per table (full chunks and the rest). */
const statementTexts = new Map<string, string>();

function statementText(
  dialect: StorageContext['dialect'],
  table: string,
  keys: readonly string[],
  rows: number,
  suffix: string,
): string {
  const shape = `${dialect}|${table}|${keys.join(',')}|${rows}|${suffix}`;
  let text = statementTexts.get(shape);
  if (text === undefined) {
    const tuples: string[] = [];
    for (let r = 0, n = 0; r < rows; r++) {
      // Dialect branch: numbered placeholders on PostgreSQL, `?` on SQLite.
      const marks = keys.map(() => (dialect === 'postgres' ? `$${++n}` : '?'));
      tuples.push(`(${marks.join(', ')})`);
    }
    text = `insert into ${table} (${keys.map(snake).join(', ')}) values ${tuples.join(', ')}${suffix}`;
    if (statementTexts.size >= 64) statementTexts.clear();
    statementTexts.set(shape, text);
  }
  return text;
}

/**
 * Inserts rows given as objects with camelCase keys (those of the first row). `suffix` is
 * appended (ON CONFLICT ...). A column that is null in every row is left out: it gets NULL all the
 * same, because every column with a default is NOT NULL (a schema test holds that), and imports
 * leave many columns empty (a LinkedIn row has no notes, phone or birthday).
 *
 * Inside a transaction on SQLite, one prepared single-row statement runs once per row on the
 * connection: 30,000 contact rows took about 0.55 s this way, against 0.75 to 1 s as 500-row
 * statements (SQLite's program for a long VALUES list is no cheaper per row, and binding 20,000
 * parameters at once is slower). Elsewhere (PostgreSQL, where each statement is a round trip),
 * multi-row statements of up to `maxRows` rows within the parameter limit.
 */
export async function insertRows(
  ctx: StorageContext,
  table: string,
  rows: readonly Record<string, unknown>[],
  options: { maxRows?: number; suffix?: string } = {},
): Promise<void> {
  const first = rows[0];
  if (!first) return;
  const allKeys = Object.keys(first);
  const suffix = options.suffix ?? '';
  if (ctx.statements && ctx.db.isTransaction) {
    // Dialect branch (SQLite): see above.
    const keys = presentKeys(rows, allKeys, 0, rows.length);
    const statement = ctx.statements.prepare(statementText(ctx.dialect, table, keys, 1, suffix));
    const width = keys.length;
    const params = new Array<unknown>(width);
    for (const row of rows) {
      for (let k = 0; k < width; k++) params[k] = row[keys[k] as string] ?? null;
      statement.run(params);
    }
    return;
  }
  const perStatement = Math.min(
    options.maxRows ?? 1000,
    Math.max(1, Math.floor(MAX_PARAMS[ctx.dialect] / allKeys.length)),
  );
  for (let start = 0; start < rows.length; start += perStatement) {
    const count = Math.min(perStatement, rows.length - start);
    const keys = presentKeys(rows, allKeys, start, count);
    const width = keys.length;
    const params = new Array<unknown>(count * width);
    for (let r = 0; r < count; r++) {
      const row = rows[start + r] as Record<string, unknown>;
      for (let k = 0; k < width; k++) params[r * width + k] = row[keys[k] as string] ?? null;
    }
    const text = statementText(ctx.dialect, table, keys, count, suffix);
    await ctx.db.executeQuery(CompiledQuery.raw(text, params));
  }
}

/** The keys among `allKeys` that are not null in at least one of `count` rows from `start` (at least one key). */
function presentKeys(
  rows: readonly Record<string, unknown>[],
  allKeys: readonly string[],
  start: number,
  count: number,
): string[] {
  const keys = allKeys.filter((key) => {
    for (let r = start; r < start + count; r++) if ((rows[r] as Record<string, unknown>)[key] != null) return true;
    return false;
  });
  if (keys.length === 0) keys.push(allKeys[0] as string);
  return keys;
}

/**
 * Inserts new contacts (empty history) and their tag rows. On SQLite the search index is fed here,
 * unless `search` says the caller set it aside for a longer load (`suspendSearch`) and feeds it
 * when it resumes.
 */
export async function insertContactsBulk(
  ctx: StorageContext,
  accountId: string,
  contacts: readonly NewContactRecord[],
  settings: AccountSettings,
  search?: SuspendedSearch | null,
): Promise<void> {
  if (contacts.length === 0) return;
  // Every new contact has the empty summary, which is what the summary columns default to (0 and
  // null): only the stage and the due date are written, and the due date differs only by tier,
  // cadence and creation time.
  const derived = new Map<string, { stage: string; dueAt: string }>();
  const rows = contacts.map((c) => {
    const createdAt = iso(c.createdAt);
    const key = `${c.tier}|${c.cadenceDays ?? ''}|${createdAt}`;
    let d = derived.get(key);
    if (!d) {
      const { stage, dueAt } = derivedColumns(emptySummary, { ...c, createdAt }, settings);
      d = { stage, dueAt };
      derived.set(key, d);
    }
    // Properties added to the fresh object rather than spread into a new one (cheaper per row).
    return Object.assign(contactColumns(ctx.dialect, c), {
      accountId,
      id: c.id,
      createdAt,
      stage: d.stage,
      dueAt: d.dueAt,
    });
  });
  if (ctx.dialect === 'postgres' || search) {
    await insertRows(ctx, 'contacts', rows, { maxRows: 500 });
  } else {
    const own = await suspendSearch(ctx);
    await insertRows(ctx, 'contacts', rows, { maxRows: 500 });
    await resumeSearch(ctx, own);
  }
  await insertTags(
    ctx,
    accountId,
    contacts.map((c) => ({ id: c.id, tags: c.tags })),
  );
}

/**
 * SQLite's search index set aside for a bulk load: the triggers that keep it (0001) were dropped,
 * and the rows above `fromRowid` are the ones inserted since.
 */
export interface SuspendedSearch {
  triggers: string[];
  fromRowid: number;
}

const SEARCH_TRIGGERS = ['contacts_search_insert', 'contacts_search_update'];

/**
 * Dialect branch (SQLite): the FTS5 trigram index is fed by a trigger per written row, ~0.25 ms a
 * row, where one `insert ... select` afterwards costs a few µs a row. This drops the insert and
 * update triggers inside the caller's transaction (other connections never see the table without
 * them) and notes the largest rowid: rowids grow by one and nothing else writes inside the
 * transaction, so every row inserted until `resumeSearch` is above it. Every schema change makes
 * SQLite prepare each cached statement again: a long import suspends once, not once per chunk.
 * Null on PostgreSQL, whose index needs nothing.
 */
export async function suspendSearch(ctx: StorageContext): Promise<SuspendedSearch | null> {
  if (ctx.dialect !== 'sqlite') return null;
  const found = await sql<{ sql: string }>`select sql from sqlite_master
    where type = 'trigger' and name in (${sql.join(SEARCH_TRIGGERS)}) order by name`.execute(ctx.db);
  for (const name of SEARCH_TRIGGERS) await sql`drop trigger if exists ${sql.id(name)}`.execute(ctx.db);
  const last = await sql<{ last: number | null }>`select max(rowid) as last from contacts`.execute(ctx.db);
  return { triggers: found.rows.map((r) => r.sql), fromRowid: last.rows[0]?.last ?? 0 };
}

/**
 * Contacts that existed before `search` was suspended and were updated since: their entries in the
 * search index are replaced (rows inserted since are indexed when it resumes).
 */
export async function reindexSearch(
  ctx: StorageContext,
  search: SuspendedSearch | null,
  accountId: string,
  ids: readonly string[],
): Promise<void> {
  if (!search) return;
  for (const part of chunks([...new Set(ids)], 1000)) {
    const older = sql`select rowid from contacts
      where account_id = ${accountId} and id in (${sql.join(part)}) and rowid <= ${search.fromRowid}`;
    await sql`delete from contact_search where rowid in (${older})`.execute(ctx.db);
    await sql`insert into contact_search (rowid, search_text)
      select rowid, search_text from contacts where rowid in (${older}) order by rowid`.execute(ctx.db);
  }
}

/**
 * Feeds the search index with the rows inserted since `suspendSearch`, in rowid order (FTS5 starts
 * a new segment whenever a rowid goes backwards), and re-creates the triggers.
 */
export async function resumeSearch(ctx: StorageContext, search: SuspendedSearch | null): Promise<void> {
  if (!search) return;
  await sql`insert into contact_search (rowid, search_text)
    select rowid, search_text from contacts where rowid > ${search.fromRowid} order by rowid`.execute(ctx.db);
  for (const definition of search.triggers) await sql.raw(definition).execute(ctx.db);
}

/** Replaces the tag rows of the given contacts with their `tags`. */
export async function replaceTags(
  ctx: StorageContext,
  accountId: string,
  contacts: readonly { id: string; tags: readonly string[] }[],
): Promise<void> {
  for (const part of chunks(contacts, 1000)) {
    await ctx.db
      .deleteFrom('contactTags')
      .where('accountId', '=', accountId)
      .where(
        'contactId',
        'in',
        part.map((c) => c.id),
      )
      .execute();
  }
  await insertTags(ctx, accountId, contacts);
}

async function insertTags(
  ctx: StorageContext,
  accountId: string,
  contacts: readonly { id: string; tags: readonly string[] }[],
): Promise<void> {
  const rows: { accountId: string; contactId: string; tag: string }[] = [];
  for (const c of contacts) {
    if (c.tags.length === 0) continue;
    for (const tag of new Set(c.tags.map((t) => t.toLowerCase()))) rows.push({ accountId, contactId: c.id, tag });
  }
  await insertRows(ctx, 'contact_tags', rows, { maxRows: 5000 });
}

/** Inserts interactions and their links to contacts (which must exist). */
export async function insertInteractionsBulk(
  ctx: StorageContext,
  accountId: string,
  interactions: readonly Interaction[],
): Promise<void> {
  if (interactions.length === 0) return;
  const rows = interactions.map((i) => ({
    accountId,
    id: i.id,
    occurredAt: iso(i.occurredAt),
    kind: i.kind,
    channel: i.channel,
    direction: i.direction,
    value: i.value,
    askKind: i.askKind,
    giveKind: i.giveKind,
    note: i.note,
    followUpAt: i.followUpAt === null ? null : iso(i.followUpAt),
    createdAt: iso(i.createdAt),
  }));
  await insertRows(ctx, 'interactions', rows, { maxRows: 2000 });
  const links: { accountId: string; interactionId: string; contactId: string; position: number; occurredAt: string }[] =
    [];
  rows.forEach((row, n) => {
    const ids = interactions[n]?.contactIds ?? [];
    // Most interactions are with one person: no set needed to keep the ids distinct.
    const distinct = ids.length === 1 ? ids : new Set(ids);
    let position = 0;
    for (const contactId of distinct)
      links.push({ accountId, interactionId: row.id, contactId, position: position++, occurredAt: row.occurredAt });
  });
  await insertRows(ctx, 'interaction_contacts', links, { maxRows: 5000 });
}
