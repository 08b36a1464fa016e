/**
 * The contact list query: filters, the four sorts (plus relevance when searching, and health from
 * contact-health-sort.ts) and keyset pagination with an opaque cursor holding the last row's sort
 * key and id.
 */
import { sql, type Expression, type ExpressionBuilder, type RawBuilder, type SqlBool } from 'kysely';
import { type ContactFilter, type ContactRecord, type Page } from '@nexo/core';
import { toDbBool, type StorageContext } from './database.js';
import { toContactRecord, type ContactRow } from './contact-row.js';
import type { Database } from './schema.js';
import { namePrefix, parseSearch, searchCondition, type SearchTerms } from './search.js';
import { decodeCursor, encodeCursor, invalidCursor, type Key } from './cursor.js';
import { healthColumns, pageByHealth, type HealthDbRow } from './contact-health-sort.js';
import { loadSettings } from './settings-store.js';
import { prepared, type Prepared } from './prepared.js';

interface SortKey {
  expr: RawBuilder<unknown>;
  desc: boolean;
  /** Never-set values sort last (only `last_at`). */
  nullable: boolean;
  read: (row: ContactRow) => Key;
}

const col = (name: keyof ContactRow) => sql.ref(`contacts.${name}`);
const key = (name: keyof ContactRow, desc = false, nullable = false): SortKey => ({
  expr: col(name),
  desc,
  nullable,
  read: (row) => row[name] as Key,
});

const sorts = {
  name: [key('nameKey'), key('id')],
  recent: [key('lastAt', true, true), key('id', true)],
  created: [key('createdAt', true), key('id', true)],
  due: [key('dueAt'), key('id')],
} satisfies Record<string, SortKey[]>;

/**
 * One page of the account's contacts. A search without an explicit sort ranks name-prefix matches
 * first, then the other matches, each by name.
 * @throws AppError `validation_failed` naming `cursor` when the cursor is not one of ours.
 */
export async function listContacts(
  ctx: StorageContext,
  accountId: string,
  filter: ContactFilter,
  now: Date,
): Promise<Page<ContactRecord>> {
  const terms = parseSearch(filter.search);
  const scope: Scope = { ctx, accountId, filter, now, terms };
  if (terms && !filter.sort) return listByRelevance(scope, terms);
  const sortName = filter.sort ?? 'name';
  if (sortName === 'health') return listByHealth(scope);
  const keys = sorts[sortName];
  const after = filter.cursor ? decodeCursor(filter.cursor, sortName, keys.length) : null;
  const rows = await fetchRows(scope, keys, after, null, filter.limit + 1);
  const page = rows.slice(0, filter.limit);
  const last = page.at(-1);
  const nextCursor =
    rows.length > filter.limit && last
      ? encodeCursor(
          sortName,
          keys.map((k) => k.read(last)),
        )
      : null;
  return { items: page.map(toContactRecord), nextCursor };
}

interface Scope {
  ctx: StorageContext;
  accountId: string;
  filter: ContactFilter;
  now: Date;
  terms: SearchTerms | null;
}

/** Two queries in name order, each able to stop early: name-prefix matches (rank 0), then the rest (rank 1). */
async function listByRelevance(scope: Scope, terms: SearchTerms): Promise<Page<ContactRecord>> {
  const { filter } = scope;
  const [rank = 0, ...after] = filter.cursor ? decodeCursor(filter.cursor, 'relevance', 3) : [];
  if (rank !== 0 && rank !== 1) throw invalidCursor();
  const want = filter.limit + 1;
  const ranked: { rank: 0 | 1; id: string }[] = [];
  if (rank === 0) {
    // A name starting with the whole query matches every word of it: no text search needed.
    const byName = { ...scope, terms: null };
    const ids = await fetchIds(byName, sorts.name, after.length ? after : null, namePrefix(terms, true), want);
    ranked.push(...ids.map((id) => ({ rank: 0 as const, id })));
  }
  if (ranked.length < want) {
    const ids = await fetchIds(
      scope,
      sorts.name,
      rank === 1 ? after : null,
      namePrefix(terms, false),
      want - ranked.length,
    );
    ranked.push(...ids.map((id) => ({ rank: 1 as const, id })));
  }
  // The rows of both ranks in one read: only the page, not the look-ahead row.
  const page = ranked.slice(0, filter.limit);
  const rows = await readRows(
    scope,
    page.map((r) => r.id),
  );
  const last = page.at(-1);
  const lastRow = rows.at(-1);
  const nextCursor =
    ranked.length > filter.limit && last && lastRow?.id === last.id
      ? encodeCursor('relevance', [last.rank, lastRow.nameKey, lastRow.id])
      : null;
  return { items: rows.map(toContactRecord), nextCursor };
}

async function fetchRows(
  scope: Scope,
  keys: SortKey[],
  after: Key[] | null,
  extra: RawBuilder<SqlBool> | null,
  limit: number,
): Promise<ContactRow[]> {
  return readRows(scope, await fetchIds(scope, keys, after, extra, limit));
}

/** The ids of one page in sort order: sorting and cutting on ids only, as wide rows cost to sort. */
async function fetchIds(
  scope: Scope,
  keys: SortKey[],
  after: Key[] | null,
  extra: RawBuilder<SqlBool> | null,
  limit: number,
): Promise<string[]> {
  const { ctx, accountId, filter, now, terms } = scope;
  // Dialect branch (SQLite): with an FTS match, the unary + keeps the planner from walking every
  // contact of the account through an index, so it starts from the few FTS matches instead.
  const fts = ctx.dialect === 'sqlite' && terms !== null && terms.long.length > 0;
  let query = ctx.db
    .selectFrom('contacts')
    .select('contacts.id')
    .where(fts ? sql<SqlBool>`+contacts.account_id = ${accountId}` : sql<SqlBool>`contacts.account_id = ${accountId}`)
    .where((eb) => eb.and(filterConditions(ctx, eb, accountId, filter, now)));
  if (terms) query = query.where(searchCondition(ctx.dialect, terms));
  if (extra) query = query.where(extra);
  if (after) query = query.where(afterCursor(keys, after));
  for (const k of keys) {
    // Dialect branch: PostgreSQL puts NULLs first when descending; SQLite already puts them last.
    query = query.orderBy(k.expr, (ob) => {
      const ordered = k.desc ? ob.desc() : ob.asc();
      return k.nullable && ctx.dialect === 'postgres' ? ordered.nullsLast() : ordered;
    });
  }
  return (await query.limit(limit).execute()).map((r) => r.id);
}

/** The health sort (decision 0008): every candidate scored at `now` by core, the page cut in memory. */
async function listByHealth(scope: Scope): Promise<Page<ContactRecord>> {
  const { ctx, accountId, filter, now, terms } = scope;
  const fts = ctx.dialect === 'sqlite' && terms !== null && terms.long.length > 0;
  let query = ctx.db
    .selectFrom('contacts')
    .select(healthColumns)
    .where(fts ? sql<SqlBool>`+contacts.account_id = ${accountId}` : sql<SqlBool>`contacts.account_id = ${accountId}`)
    .where((eb) => eb.and(filterConditions(ctx, eb, accountId, filter, now)));
  if (terms) query = query.where(searchCondition(ctx.dialect, terms));
  const after = filter.cursor ? decodeCursor(filter.cursor, 'health', 3) : null;
  // Compiled with the CamelCase plugin (snake_case SQL), run without it: rows stay as they come.
  const [candidates, settings] = await Promise.all([
    ctx.db.withoutPlugins().executeQuery<HealthDbRow>(query.compile()),
    loadSettings(ctx, accountId),
  ]);
  const { ids, next } = pageByHealth(candidates.rows, settings, now, after, filter.limit);
  const rows = await readRows(scope, ids);
  return { items: rows.map(toContactRecord), nextCursor: next ? encodeCursor('health', next) : null };
}

const rowReads = new WeakMap<StorageContext['db'], Map<number, Prepared<Record<string, string>, ContactRow>>>();

/** The whole rows of `ids`, in that order. */
async function readRows({ ctx, accountId }: Scope, ids: string[]): Promise<ContactRow[]> {
  if (ids.length === 0) return [];
  // Built and compiled once per number of ids (prepared.ts): the page size rarely changes.
  let byCount = rowReads.get(ctx.db);
  if (!byCount) {
    byCount = new Map();
    rowReads.set(ctx.db, byCount);
  }
  let read = byCount.get(ids.length);
  if (!read) {
    const shape: Record<string, string> = { accountId: '' };
    ids.forEach((_, i) => (shape[`id${i}`] = ''));
    read = prepared(shape, (a) =>
      ctx.db
        .selectFrom('contacts')
        .selectAll()
        .where('accountId', '=', a.accountId as string)
        .where(
          'id',
          'in',
          ids.map((_, i) => a[`id${i}`] as string),
        ),
    );
    if (byCount.size < 256) byCount.set(ids.length, read);
  }
  const args: Record<string, string> = { accountId };
  ids.forEach((id, i) => (args[`id${i}`] = id));
  const rows = await read.execute(ctx.db, args);
  const byId = new Map(rows.map((r) => [r.id, r]));
  return ids.flatMap((id) => byId.get(id) ?? []);
}

function filterConditions(
  ctx: StorageContext,
  eb: ExpressionBuilder<Database, 'contacts'>,
  accountId: string,
  filter: ContactFilter,
  now: Date,
): Expression<SqlBool>[] {
  const where: Expression<SqlBool>[] = [];
  if (filter.circle) where.push(eb('contacts.circle', '=', filter.circle));
  if (filter.tier) where.push(eb('contacts.tier', '=', filter.tier));
  if (filter.context) where.push(eb('contacts.context', '=', filter.context));
  if (filter.stage) where.push(eb('contacts.stage', '=', filter.stage));
  if (filter.due) where.push(eb('contacts.dueAt', '<=', now.toISOString()));
  if (filter.tag) {
    const tagged = eb
      .selectFrom('contactTags')
      .select('contactTags.contactId')
      .where('contactTags.accountId', '=', accountId)
      .where('contactTags.tag', '=', filter.tag.toLowerCase());
    where.push(eb('contacts.id', 'in', tagged));
  }
  if (filter.archived === 'only') where.push(eb('contacts.archived', '=', toDbBool(ctx.dialect, true)));
  else if (filter.archived !== true) where.push(eb('contacts.archived', '=', toDbBool(ctx.dialect, false)));
  return where;
}

/** Rows strictly after the cursor in the sort order: (k1 after v1) or (k1 = v1 and k2 after v2)... */
function afterCursor(keys: SortKey[], values: Key[]): RawBuilder<SqlBool> {
  const alternatives = keys.map((k, i) => {
    const equalBefore = keys.slice(0, i).map((p, j) => equal(p, values[j] ?? null));
    return sql.join([...equalBefore, after(k, values[i] ?? null)], sql` and `);
  });
  return sql<SqlBool>`(${sql.join(
    alternatives.map((a) => sql`(${a})`),
    sql` or `,
  )})`;
}

function equal(k: SortKey, v: Key): RawBuilder<unknown> {
  return v === null ? sql`${k.expr} is null` : sql`${k.expr} = ${v}`;
}

function after(k: SortKey, v: Key): RawBuilder<unknown> {
  // NULLs sort last, so nothing comes after a NULL and every NULL comes after a value.
  if (v === null) return sql`1 = 0`;
  const beyond = k.desc ? sql`${k.expr} < ${v}` : sql`${k.expr} > ${v}`;
  return k.nullable ? sql`(${beyond} or ${k.expr} is null)` : beyond;
}
