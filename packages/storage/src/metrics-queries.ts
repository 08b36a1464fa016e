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

const DAY_MS = 86_400_000;
export const ACTIVE_DAYS = 90;
export const GHOST_DAYS = 365;
/** The widest "due soon" window of core's `dueSoonWindowDays`. */
const DUE_SOON_MAX_DAYS = 7;

/** The MetricsQueries of one database. */
export function createMetricsQueries(ctx: StorageContext): MetricsQueries {
  return {
    async counts(accountId, now) {
      const [grouped, sector, company, exchangesByMonth] = await Promise.all([
        groupedCounts(ctx, accountId, now),
        sourceCounts(ctx, accountId, 'sector'),
        sourceCounts(ctx, accountId, 'company'),
        monthlyExchanges(ctx, accountId, now),
      ]);
      return { ...grouped, sources: { sector, company }, exchangesByMonth };
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

/**
 * True for a contacted person whose check-in is not due yet but falls within core's "due soon"
 * window: whole days until due ≤ min(7, 20% of the cadence), i.e. due_at ≤ now + that many days.
 * The cadence is due_at − last_at (storage derives due_at from last_at and the cadence).
 */
function dueSoon(ctx: StorageContext, now: Date): RawBuilder<boolean> {
  const cutoff = (days: number) => timestamp(ctx, new Date(now.getTime() + days * DAY_MS).toISOString());
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
  return sql<boolean>`last_at is not null and due_at > ${timestamp(ctx, now.toISOString())}
    and due_at <= ${cutoff(DUE_SOON_MAX_DAYS)}
    and due_at <= case ${windowDays} ${sql.join(cutoffs, sql` `)} else ${cutoff(DUE_SOON_MAX_DAYS)} end`;
}

/** Totals, the four breakdowns and the cadence states per tier, from `contacts_metrics_idx`. */
async function groupedCounts(ctx: StorageContext, accountId: string, now: Date): Promise<Grouped> {
  const nowIso = now.toISOString();
  const activeSince = new Date(now.getTime() - ACTIVE_DAYS * DAY_MS).toISOString();
  const ghostBefore = new Date(now.getTime() - GHOST_DAYS * DAY_MS).toISOString();
  const rows = await ctx.db
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
      sql<number>`count(case when last_two_way_at >= ${activeSince} and last_two_way_at <= ${nowIso} then 1 end)`.as(
        'active',
      ),
      sql<number>`count(case when (last_at is null or last_at < ${ghostBefore}) and two_way_count = 0 then 1 end)`.as(
        'ghosts',
      ),
      sql<number>`count(case when due_at <= ${nowIso} then 1 end)`.as('due'),
      sql<number>`count(case when last_at is null then 1 end)`.as('never'),
      sql<number>`count(case when last_at is not null and due_at <= ${nowIso} then 1 end)`.as('late'),
      sql<number>`count(case when ${dueSoon(ctx, now)} then 1 end)`.as('soon'),
    ])
    .where('accountId', '=', accountId)
    .where('archived', '=', toDbBool(ctx.dialect, false))
    .groupBy(['circle', 'tier', 'context', 'stage'])
    .execute();

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
async function sourceCounts(
  ctx: StorageContext,
  accountId: string,
  column: 'sector' | 'company',
): Promise<SourceCounts> {
  const grouped = ctx.db
    .selectFrom('contacts')
    .select((eb) => [eb.ref(column).as('value'), eb.fn.countAll<number>().as('n')])
    .where('accountId', '=', accountId)
    .where('archived', '=', toDbBool(ctx.dialect, false))
    .where(column, 'is not', null)
    .groupBy(column);
  const rows = await ctx.db
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
    .limit(sourceRules.top)
    .execute();
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

/**
 * My gives, asks and thanks per UTC month of core's `monthWindow`, as one row of range counts over
 * the partial index `interactions_exchanges_idx`. Counting each month's range of index entries
 * works alike on both engines and needs no per-row date function nor a sort: several times faster
 * than grouping by strftime/date_trunc (measured: ~3 ms against ~20 ms on SQLite for 60,000 rows).
 */
async function monthlyExchanges(ctx: StorageContext, accountId: string, now: Date): Promise<MonthExchanges[]> {
  const { months } = monthWindow(now);
  const bounds = months.map((m) => `${m}-01T00:00:00.000Z`);
  const end = new Date(now.getTime() + 1).toISOString();
  const row = await ctx.db
    .selectNoFrom((eb) =>
      months.flatMap((_, i) =>
        exchangeValues.map((value) =>
          eb
            .selectFrom('interactions')
            .select(eb.fn.countAll<number>().as('n'))
            .where('accountId', '=', accountId)
            // Literals, exactly as in the partial index's condition, so both planners use it.
            .where(sql<boolean>`direction <> 'in' and value <> 'neutral'`)
            .where('value', '=', sql.lit(value))
            .where('occurredAt', '>=', bounds[i] ?? '')
            .where('occurredAt', '<', i + 1 < bounds.length ? (bounds[i + 1] ?? end) : end)
            .as(`${value}${i}`),
        ),
      ),
    )
    .executeTakeFirstOrThrow();
  const counts = row as Record<string, unknown>;
  return months.map((month, i) => {
    const entry: MonthExchanges = { month, gives: 0, asks: 0, thanks: 0 };
    for (const value of exchangeValues) entry[field[value]] = Number(counts[`${value}${i}`] ?? 0);
    return entry;
  });
}
