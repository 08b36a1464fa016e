/**
 * Writes recomputed derived columns (summary, stage, due date) for many contacts at once, in a
 * few chunked UPDATE ... FROM statements: a VALUES list on SQLite, unnest() of arrays on PostgreSQL.
 */
import { sql } from 'kysely';
import type { StorageContext } from './database.js';
import type { SummaryColumns } from './schema.js';

export type DerivedColumns = SummaryColumns & { stage: string; dueAt: string };
type Column = keyof DerivedColumns;

/** snake_case name and PostgreSQL type of every derived column. */
const columns: Record<Column, [string, string]> = {
  interactionCount: ['interaction_count', 'integer'],
  twoWayCount: ['two_way_count', 'integer'],
  firstAt: ['first_at', 'timestamptz'],
  lastAt: ['last_at', 'timestamptz'],
  lastTwoWayAt: ['last_two_way_at', 'timestamptz'],
  gives: ['gives', 'integer'],
  asks: ['asks', 'integer'],
  thanks: ['thanks', 'integer'],
  givesReceived: ['gives_received', 'integer'],
  asksReceived: ['asks_received', 'integer'],
  thanksReceived: ['thanks_received', 'integer'],
  lastGiveAt: ['last_give_at', 'timestamptz'],
  lastHelpReceivedAt: ['last_help_received_at', 'timestamptz'],
  lastThanksSentAt: ['last_thanks_sent_at', 'timestamptz'],
  followUpAt: ['follow_up_at', 'timestamptz'],
  stage: ['stage', 'text'],
  dueAt: ['due_at', 'timestamptz'],
};

const PG_CHUNK = 2000;
/** Keeps a statement under SQLite's 32,766 bound parameters. */
const SQLITE_CHUNK = 1000;

/**
 * Sets the given derived columns of each listed contact of the account. Every row must carry the
 * same columns. Call it inside a transaction when it must be atomic with other writes.
 */
export async function updateDerivedColumns(
  ctx: StorageContext,
  accountId: string,
  rows: readonly ({ id: string } & Partial<DerivedColumns>)[],
): Promise<void> {
  const first = rows[0];
  if (!first) return;
  const keys = Object.keys(first).filter((k): k is Column => k in columns);
  const names = sql.raw(['id', ...keys.map((k) => columns[k][0])].join(', '));
  const sets = sql.join(keys.map((k) => sql.raw(`${columns[k][0]} = v.${columns[k][0]}`)));
  const chunkSize = ctx.dialect === 'sqlite' ? SQLITE_CHUNK : PG_CHUNK;
  for (let start = 0; start < rows.length; start += chunkSize) {
    const chunk = rows.slice(start, start + chunkSize);
    if (ctx.dialect === 'sqlite') {
      // Dialect branch (SQLite): a VALUES list named by a CTE; values keep their stored types.
      const tuples = chunk.map((r) => sql`(${sql.join([r.id, ...keys.map((k) => r[k] ?? null)])})`);
      await sql`with v(${names}) as (values ${sql.join(tuples)})
        update contacts set ${sets} from v where contacts.account_id = ${accountId} and contacts.id = v.id`.execute(
        ctx.db,
      );
    } else {
      // Dialect branch (PostgreSQL): one typed array per column, unnested into rows.
      const arrays = sql.join([
        sql`${chunk.map((r) => r.id)}::text[]`,
        ...keys.map((k) => sql`${chunk.map((r) => r[k] ?? null)}::${sql.raw(columns[k][1])}[]`),
      ]);
      await sql`update contacts as c set ${sets} from unnest(${arrays}) as v(${names})
        where c.account_id = ${accountId} and c.id = v.id`.execute(ctx.db);
    }
  }
}
