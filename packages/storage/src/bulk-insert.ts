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
 * connection: measured on the contacts table, 30,000 rows took about 0.55 s so, against 0.75 to
 * 1 s as 500-row multi-row statements (SQLite's code for a long VALUES list is no cheaper per row
 * and binding 20,000 parameters at once is slower). Elsewhere (PostgreSQL, where each statement is
 * a round trip), multi-row statements of up to `maxRows` rows within the parameter limit.
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

/** Inserts new contacts (empty history) and their tag rows. */
export async function insertContactsBulk(
  ctx: StorageContext,
  accountId: string,
  contacts: readonly NewContactRecord[],
  settings: AccountSettings,
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
  if (ctx.dialect === 'postgres') {
    await insertRows(ctx, 'contacts', rows, { maxRows: 500 });
  } else {
    // Dialect branch (SQLite): the FTS5 trigram index is fed by a trigger per inserted row (0001),
    // ~0.25 ms a row; one `insert ... select` afterwards costs a few µs a row. The trigger is set
    // aside for the load (unless the caller already did, for a whole import) and the index fed with
    // the new rows: the rowids above the largest before the insert (rowids grow by one; nothing
    // else writes inside the transaction), in rowid order: FTS5 starts a new segment whenever a
    // rowid goes backwards, which cost 30 ms per 1,000 rows when they came in id order.
    const trigger = await suspendSearchTrigger(ctx);
    const before = await sql<{ last: number | null }>`select max(rowid) as last from contacts`.execute(ctx.db);
    await insertRows(ctx, 'contacts', rows, { maxRows: 500 });
    await sql`insert into contact_search (rowid, search_text)
      select rowid, search_text from contacts where rowid > ${before.rows[0]?.last ?? 0} order by rowid`.execute(
      ctx.db,
    );
    await restoreSearchTrigger(ctx, trigger);
  }
  await insertTags(
    ctx,
    accountId,
    contacts.map((c) => ({ id: c.id, tags: c.tags })),
  );
}

/**
 * Drops SQLite's search insert trigger inside the caller's transaction, so other connections never
 * see the table without it; returns its definition ('' when it is already set aside, or on
 * PostgreSQL). Every schema change makes SQLite prepare each cached statement again, so a long
 * import sets it aside once (see import-store) rather than once per chunk.
 */
export async function suspendSearchTrigger(ctx: StorageContext): Promise<string> {
  if (ctx.dialect !== 'sqlite') return '';
  const found = await sql<{ sql: string }>`select sql from sqlite_master
    where type = 'trigger' and name = 'contacts_search_insert'`.execute(ctx.db);
  const definition = found.rows[0]?.sql ?? '';
  if (definition) await sql`drop trigger contacts_search_insert`.execute(ctx.db);
  return definition;
}

/** Re-creates the trigger `suspendSearchTrigger` set aside (nothing for ''). */
export async function restoreSearchTrigger(ctx: StorageContext, definition: string): Promise<void> {
  if (definition) await sql.raw(definition).execute(ctx.db);
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
