/**
 * The MetricsQueries port: network counts over the whole account. One grouped query over the
 * contacts (by circle, tier, context and stage, with the cadence states), one per free-text source
 * (sector, company) and one for my exchanges per month, each answered from an index of migration
 * 0003 alone. Archived contacts are left out.
 */
import { sql, type RawBuilder } from 'kysely';
import {
  monthWindow,
  sourceRules,
  type CadenceCounts,
  type MetricsQueries,
  type MonthExchanges,
  type NetworkCounts,
  type SourceCounts,
} from '@nexo/core';
import { toDbBool, type StorageContext } from './database.js';
import { prepared, type Prepared } from './prepared.js';

const DAY_MS = 86_400_000;
export const ACTIVE_DAYS = 90;
export const GHOST_DAYS = 365;
/** The widest "due soon" window of core's `dueSoonWindowDays`. */
const DUE_SOON_MAX_DAYS = 7;

/** The MetricsQueries of one database. */
export function createMetricsQueries(ctx: StorageContext): MetricsQueries {
  // Built and compiled once (prepared.ts): the monthly counts alone are 36 sub-queries, whose
  // syntax tree cost more to build and compile on every call than the database spent on them.
  const grouped = prepared(groupedShape, (a) => groupedQuery(ctx, a));
  const sector = prepared({ accountId: '' }, (a) => sourceQuery(ctx, a.accountId, 'sector'));
  const company = prepared({ accountId: '' }, (a) => sourceQuery(ctx, a.accountId, 'company'));
  const monthly = new Map<number, Prepared<Record<string, string>, Record<string, unknown>>>();
  return {
    async counts(accountId, now) {
      const { months } = monthWindow(now);
      let byMonths = monthly.get(months.length);
      if (!byMonths) {
        byMonths = prepared(monthlyShape(months.length), (a) => monthlyQuery(ctx, a, months.length));
        monthly.set(months.length, byMonths);
      }
      const [groupedRows, sectorRows, companyRows, monthRow] = await Promise.all([
        grouped.execute(ctx.db, groupedArgs(accountId, now)),
        sector.execute(ctx.db, { accountId }),
        company.execute(ctx.db, { accountId }),
        byMonths.execute(ctx.db, monthlyArgs(accountId, now, months)),
      ]);
      return {
        ...groupedCounts(groupedRows),
        sources: { sector: sourceCounts(sectorRows), company: sourceCounts(companyRows) },
        exchangesByMonth: monthlyExchanges(monthRow[0] ?? {}, months),
      };
    },
  };
}

type Grouped = Omit<NetworkCounts, 'sources' | 'exchangesByMonth'>;

/** A timestamp parameter where the database cannot infer its type (inside CASE). */
function timestamp(ctx: StorageContext, iso: string): RawBuilder<string> {
  // Dialect branch: PostgreSQL types a CASE of bare parameters as text, which does not compare
  // with timestamptz; SQLite compares the ISO text as it is.
  return ctx.dialect === 'postgres' ? sql<string>`cast(${iso} as timestamptz)` : sql<string>`${iso}`;
}

/** The arguments of the grouped query: the account and the instants it compares with. */
const groupedShape = {
  accountId: '',
  now: '',
  activeSince: '',
  ghostBefore: '',
  ...Object.fromEntries(Array.from({ length: DUE_SOON_MAX_DAYS + 1 }, (_, d) => [`in${d}`, ''])),
} as Record<string, string>;

function groupedArgs(accountId: string, now: Date): Record<string, string> {
  const t = now.getTime();
  const args: Record<string, string> = {
    accountId,
    now: now.toISOString(),
    activeSince: new Date(t - ACTIVE_DAYS * DAY_MS).toISOString(),
    ghostBefore: new Date(t - GHOST_DAYS * DAY_MS).toISOString(),
  };
  for (let d = 0; d <= DUE_SOON_MAX_DAYS; d++) args[`in${d}`] = new Date(t + d * DAY_MS).toISOString();
  return args;
}

/**
 * True for a contacted person whose check-in is not due yet but falls within core's "due soon"
 * window: whole days until due ≤ min(7, 20% of the cadence), i.e. due_at ≤ now + that many days.
 * The cadence is due_at − last_at (storage derives due_at from last_at and the cadence). `a.inN`
 * is the instant N days after now.
 */
function dueSoon(ctx: StorageContext, a: Record<string, string>): RawBuilder<boolean> {
  const cutoff = (days: number) => timestamp(ctx, a[`in${days}`] ?? '');
  // Dialect branch: whole days between two timestamps (julianday on SQLite, epoch seconds on PostgreSQL).
  const cadenceDays =
    ctx.dialect === 'postgres'
      ? sql`round(extract(epoch from (due_at - last_at)) / 86400)`
      : sql`round(julianday(due_at) - julianday(last_at))`;
  const windowDays =
    ctx.dialect === 'postgres'
      ? sql`least(${sql.lit(DUE_SOON_MAX_DAYS)}, floor(0.2 * ${cadenceDays}))`
      : sql`min(${sql.lit(DUE_SOON_MAX_DAYS)}, cast(0.2 * ${cadenceDays} as integer))`;
  const cutoffs = Array.from(
    { length: DUE_SOON_MAX_DAYS },
    (_, days) => sql`when ${sql.lit(days)} then ${cutoff(days)}`,
  );
  return sql<boolean>`last_at is not null and due_at > ${timestamp(ctx, a.now ?? '')}
    and due_at <= ${cutoff(DUE_SOON_MAX_DAYS)}
    and due_at <= case ${windowDays} ${sql.join(cutoffs, sql` `)} else ${cutoff(DUE_SOON_MAX_DAYS)} end`;
}

/** Totals, the four breakdowns and the cadence states per tier, from `contacts_metrics_idx`. */
function groupedQuery(ctx: StorageContext, a: Record<string, string>) {
  const nowIso = a.now ?? '';
  return ctx.db
    .selectFrom('contacts')
    .select((eb) => [
      'circle',
      'tier',
      'context',
      'stage',
      eb.fn.countAll<number>().as('total'),
      eb.fn.sum<number>('gives').as('gives'),
      eb.fn.sum<number>('asks').as('asks'),
      eb.fn.sum<number>('thanks').as('thanks'),
      sql<number>`count(case when last_two_way_at >= ${a.activeSince} and last_two_way_at <= ${nowIso} then 1 end)`.as(
        'active',
      ),
      sql<number>`count(case when (last_at is null or last_at < ${a.ghostBefore}) and two_way_count = 0 then 1 end)`.as(
        'ghosts',
      ),
      sql<number>`count(case when due_at <= ${nowIso} then 1 end)`.as('due'),
      sql<number>`count(case when last_at is null then 1 end)`.as('never'),
      sql<number>`count(case when last_at is not null and due_at <= ${nowIso} then 1 end)`.as('late'),
      sql<number>`count(case when ${dueSoon(ctx, a)} then 1 end)`.as('soon'),
    ])
    .where('accountId', '=', a.accountId ?? '')
    .where('archived', '=', toDbBool(ctx.dialect, false))
    .groupBy(['circle', 'tier', 'context', 'stage']);
}

type GroupedRow = Awaited<ReturnType<ReturnType<typeof groupedQuery>['execute']>>[number];

function groupedCounts(rows: readonly GroupedRow[]): Grouped {
  const counts: Grouped = {
    totalContacts: 0,
    activeRelationships: 0,
    ghosts: 0,
    gives: 0,
    asks: 0,
    thanks: 0,
    byCircle: {},
    byTier: {},
    byContext: {},
    byStage: {},
    overdue: 0,
    cadenceByTier: {},
  };
  const add = (map: Record<string, number>, key: string, n: number) => (map[key] = (map[key] ?? 0) + n);
  for (const r of rows) {
    const total = Number(r.total);
    counts.totalContacts += total;
    counts.activeRelationships += Number(r.active);
    counts.ghosts += Number(r.ghosts);
    counts.gives += Number(r.gives ?? 0);
    counts.asks += Number(r.asks ?? 0);
    counts.thanks += Number(r.thanks ?? 0);
    counts.overdue += Number(r.due);
    add(counts.byCircle, r.circle, total);
    add(counts.byTier, r.tier, total);
    if (r.context !== null) add(counts.byContext, r.context, total);
    add(counts.byStage, r.stage, total);
    const cadence: CadenceCounts = (counts.cadenceByTier[r.tier] ??= {
      onTrack: 0,
      dueSoon: 0,
      overdue: 0,
      neverContacted: 0,
    });
    const [never, late, soon] = [Number(r.never), Number(r.late), Number(r.soon)];
    cadence.neverContacted += never;
    cadence.overdue += late;
    cadence.dueSoon += soon;
    cadence.onTrack += total - never - late - soon;
  }
  return counts;
}

/**
 * Contacts per value of `column` (blank values do not count): the largest `sourceRules.top`, with
 * the number of values, of contacts and the sum of squares over all of them (window functions over
 * the grouped rows, so only the top rows leave the database).
 */
function sourceQuery(ctx: StorageContext, accountId: string, column: 'sector' | 'company') {
  const grouped = ctx.db
    .selectFrom('contacts')
    .select((eb) => [eb.ref(column).as('value'), eb.fn.countAll<number>().as('n')])
    .where('accountId', '=', accountId)
    .where('archived', '=', toDbBool(ctx.dialect, false))
    .where(column, 'is not', null)
    .groupBy(column);
  return ctx.db
    .selectFrom(grouped.as('g'))
    .select([
      'g.value',
      'g.n',
      sql<number>`count(*) over ()`.as('distinctValues'),
      sql<number>`sum(g.n) over ()`.as('known'),
      sql<number>`sum(g.n * g.n) over ()`.as('sumSquares'),
    ])
    .orderBy('g.n', 'desc')
    .orderBy('g.value')
    .limit(sourceRules.top);
}

type SourceRow = Awaited<ReturnType<ReturnType<typeof sourceQuery>['execute']>>[number];

function sourceCounts(rows: readonly SourceRow[]): SourceCounts {
  const first = rows[0];
  return {
    top: rows.map((r) => ({ value: r.value ?? '', count: Number(r.n) })),
    known: first ? Number(first.known) : 0,
    distinct: first ? Number(first.distinctValues) : 0,
    sumSquares: first ? Number(first.sumSquares) : 0,
  };
}

const exchangeValues = ['give', 'ask', 'thanks'] as const;
const field = { give: 'gives', ask: 'asks', thanks: 'thanks' } as const;

/** The arguments of the monthly counts: the account and the month bounds b0..bN (bN: just after now). */
function monthlyShape(months: number): Record<string, string> {
  const shape: Record<string, string> = { accountId: '' };
  for (let i = 0; i <= months; i++) shape[`b${i}`] = '';
  return shape;
}

function monthlyArgs(accountId: string, now: Date, months: readonly string[]): Record<string, string> {
  const args: Record<string, string> = { accountId };
  months.forEach((m, i) => (args[`b${i}`] = `${m}-01T00:00:00.000Z`));
  args[`b${months.length}`] = new Date(now.getTime() + 1).toISOString();
  return args;
}

/**
 * My gives, asks and thanks per UTC month of core's `monthWindow`, as one row of range counts over
 * the partial index `interactions_exchanges_idx`. Counting each month's range of index entries
 * works alike on both engines and needs no per-row date function nor a sort: several times faster
 * than grouping by strftime/date_trunc (measured: ~3 ms against ~20 ms on SQLite for 60,000 rows).
 */
function monthlyQuery(ctx: StorageContext, a: Record<string, string>, months: number) {
  return ctx.db.selectNoFrom((eb) =>
    Array.from({ length: months }, (_, i) =>
      exchangeValues.map((value) =>
        eb
          .selectFrom('interactions')
          .select(eb.fn.countAll<number>().as('n'))
          .where('accountId', '=', a.accountId ?? '')
          // Literals, exactly as in the partial index's condition, so both planners use it.
          .where(sql<boolean>`direction <> 'in' and value <> 'neutral'`)
          .where('value', '=', sql.lit(value))
          .where('occurredAt', '>=', a[`b${i}`] ?? '')
          .where('occurredAt', '<', a[`b${i + 1}`] ?? '')
          .as(`${value}${i}`),
      ),
    ).flat(),
  );
}

function monthlyExchanges(counts: Record<string, unknown>, months: readonly string[]): MonthExchanges[] {
  return months.map((month, i) => {
    const entry: MonthExchanges = { month, gives: 0, asks: 0, thanks: 0 };
    for (const value of exchangeValues) entry[field[value]] = Number(counts[`${value}${i}`] ?? 0);
    return entry;
  });
}
