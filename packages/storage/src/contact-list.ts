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
import {
  namePrefix,
  nameRange,
  parseSearch,
  searchCondition,
  searchValues,
  type NameRange,
  type SearchTerms,
  type SearchValues,
} from './search.js';
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
  const rows = await readRows(scope, await fetchIds(scope, sortName, after, null, filter.limit + 1));
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
  const range = nameRange(terms);
  const ranked: { rank: 0 | 1; id: string }[] = [];
  if (rank === 0) {
    // A name starting with the whole query matches every word of it: no text search needed.
    const byName = { ...scope, terms: null };
    const ids = await fetchIds(byName, 'name', after.length ? after : null, { range, inside: true }, want);
    ranked.push(...ids.map((id) => ({ rank: 0 as const, id })));
  }
  if (ranked.length < want) {
    const ids = await fetchIds(
      scope,
      'name',
      rank === 1 ? after : null,
      { range, inside: false },
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

type SortName = keyof typeof sorts;
type IdArgs = Record<string, string | number>;

const idQueries = new WeakMap<StorageContext['db'], Map<string, Prepared<IdArgs, { id: string }>>>();

/**
 * The ids of one page in sort order: sorting and cutting on ids only, as wide rows cost to sort.
 * The query is built and compiled once per shape (which filters, how many words, which side of the
 * name range, which cursor values are null) and then runs with new values (prepared.ts): building
 * it cost as much as running it while someone types.
 */
async function fetchIds(
  scope: Scope,
  sortName: SortName,
  after: Key[] | null,
  names: { range: NameRange; inside: boolean } | null,
  limit: number,
): Promise<string[]> {
  const { ctx, accountId, filter, now, terms } = scope;
  const search = terms ? searchValues(ctx.dialect, terms) : null;
  const args: IdArgs = { accountId, limit };
  const filters = filterValues(filter, now);
  for (const [name, value] of Object.entries(filters.values)) args[`f_${name}`] = value;
  if (search) {
    if (search.match !== null) args.match = search.match;
    search.likes.forEach((like, i) => (args[`like${i}`] = like));
    search.prefixes.forEach((p, i) => {
      args[`start${i}`] = p.start;
      args[`word${i}`] = p.word;
    });
  }
  if (names) {
    args.lower = names.range.lower;
    args.upper = names.range.upper;
  }
  after?.forEach((value, i) => {
    if (value !== null) args[`after${i}`] = value;
  });
  const shape = [
    sortName,
    filters.archived,
    names ? (names.inside ? 'inside' : 'outside') : '',
    after ? after.map((v) => (v === null ? 'null' : typeof v)).join(',') : 'first',
    Object.entries(args)
      .map(([k, v]) => `${k}:${typeof v}`)
      .join(','),
  ].join('|');
  let byShape = idQueries.get(ctx.db);
  if (!byShape) {
    byShape = new Map();
    idQueries.set(ctx.db, byShape);
  }
  let query = byShape.get(shape);
  if (!query) {
    query = prepared(args, (a) => idsQuery(ctx, a, sortName, filters.archived, names?.inside ?? null, after));
    if (byShape.size >= 256) byShape.clear();
    byShape.set(shape, query);
  }
  return (await query.execute(ctx.db, args)).map((r) => r.id);
}

/** The ids query of `fetchIds`, every value taken from `a` (placeholders when it is compiled). */
function idsQuery(
  ctx: StorageContext,
  a: IdArgs,
  sortName: SortName,
  archived: ArchivedMode,
  inside: boolean | null,
  after: Key[] | null,
) {
  const keys = sorts[sortName];
  const text = (name: string) => a[name] as string;
  const search: SearchValues = {
    match: 'match' in a ? text('match') : null,
    likes: Object.keys(a)
      .filter((k) => k.startsWith('like'))
      .map(text),
    prefixes: Object.keys(a)
      .filter((k) => k.startsWith('start'))
      .map((k) => ({ start: text(k), word: text(`word${k.slice(5)}`) })),
  };
  const searching = search.match !== null || search.likes.length > 0 || search.prefixes.length > 0;
  // Dialect branch (SQLite): with an FTS match, the unary + keeps the planner from walking every
  // contact of the account through an index, so it starts from the few FTS matches instead.
  const fts = search.match !== null;
  let query = ctx.db
    .selectFrom('contacts')
    .select('contacts.id')
    .where(
      fts ? sql<SqlBool>`+contacts.account_id = ${a.accountId}` : sql<SqlBool>`contacts.account_id = ${a.accountId}`,
    )
    .where((eb) => eb.and(filterConditions(ctx, eb, text('accountId'), filterArgs(a), archived)));
  if (searching) query = query.where(searchCondition(search));
  if (inside !== null) query = query.where(namePrefix({ lower: text('lower'), upper: text('upper') }, inside));
  if (after) {
    const values = after.map((v, i) => (v === null ? null : (a[`after${i}`] as Key)));
    query = query.where(afterCursor(keys, values));
  }
  for (const k of keys) {
    // Dialect branch: PostgreSQL puts NULLs first when descending; SQLite already puts them last.
    query = query.orderBy(k.expr, (ob) => {
      const ordered = k.desc ? ob.desc() : ob.asc();
      return k.nullable && ctx.dialect === 'postgres' ? ordered.nullsLast() : ordered;
    });
  }
  return query.limit(a.limit as number);
}

/** The health sort (decision 0008): every candidate scored at `now` by core, the page cut in memory. */
async function listByHealth(scope: Scope): Promise<Page<ContactRecord>> {
  const { ctx, accountId, filter, now, terms } = scope;
  const fts = ctx.dialect === 'sqlite' && terms !== null && terms.long.length > 0;
  let query = ctx.db
    .selectFrom('contacts')
    .select(healthColumns)
    .where(fts ? sql<SqlBool>`+contacts.account_id = ${accountId}` : sql<SqlBool>`contacts.account_id = ${accountId}`)
    .where((eb) => {
      const filters = filterValues(filter, now);
      return eb.and(filterConditions(ctx, eb, accountId, filters.values, filters.archived));
    });
  if (terms) query = query.where(searchCondition(searchValues(ctx.dialect, terms)));
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

type ArchivedMode = 'exclude' | 'include' | 'only';

interface FilterArgs {
  circle?: string;
  tier?: string;
  context?: string;
  stage?: string;
  /** `due`: due at or before this instant (now). */
  dueBy?: string;
  /** Lower case. */
  tag?: string;
}

/** The values the filters bind, apart from the archived mode, which changes the query's shape. */
function filterValues(filter: ContactFilter, now: Date): { values: FilterArgs; archived: ArchivedMode } {
  const values: FilterArgs = {};
  if (filter.circle) values.circle = filter.circle;
  if (filter.tier) values.tier = filter.tier;
  if (filter.context) values.context = filter.context;
  if (filter.stage) values.stage = filter.stage;
  if (filter.due) values.dueBy = now.toISOString();
  if (filter.tag) values.tag = filter.tag.toLowerCase();
  const archived = filter.archived === 'only' ? 'only' : filter.archived === true ? 'include' : 'exclude';
  return { values, archived };
}

/** The filter values among a prepared query's arguments (`f_circle`...). */
function filterArgs(a: IdArgs): FilterArgs {
  const values: Record<string, string> = {};
  for (const [k, v] of Object.entries(a)) if (k.startsWith('f_')) values[k.slice(2)] = v as string;
  return values;
}

function filterConditions(
  ctx: StorageContext,
  eb: ExpressionBuilder<Database, 'contacts'>,
  accountId: string,
  filter: FilterArgs,
  archived: ArchivedMode,
): Expression<SqlBool>[] {
  const where: Expression<SqlBool>[] = [];
  if (filter.circle !== undefined) where.push(eb('contacts.circle', '=', filter.circle));
  if (filter.tier !== undefined) where.push(eb('contacts.tier', '=', filter.tier));
  if (filter.context !== undefined) where.push(eb('contacts.context', '=', filter.context));
  if (filter.stage !== undefined) where.push(eb('contacts.stage', '=', filter.stage));
  if (filter.dueBy !== undefined) where.push(eb('contacts.dueAt', '<=', filter.dueBy));
  if (filter.tag !== undefined) {
    const tagged = eb
      .selectFrom('contactTags')
      .select('contactTags.contactId')
      .where('contactTags.accountId', '=', accountId)
      .where('contactTags.tag', '=', filter.tag);
    where.push(eb('contacts.id', 'in', tagged));
  }
  if (archived === 'only') where.push(eb('contacts.archived', '=', toDbBool(ctx.dialect, true)));
  else if (archived === 'exclude') where.push(eb('contacts.archived', '=', toDbBool(ctx.dialect, false)));
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
