/**
 * Insights and snooze: the snooze date on each contact (kept off the Today agenda until then), and
 * the indexes that let the network metrics read narrow index entries instead of whole rows.
 */
import { sql } from 'kysely';
import type { Kysely } from 'kysely';
import type { Dialect } from '../database.js';

export const name = '0003-insights-and-snooze';

export async function up(db: Kysely<unknown>, dialect: Dialect): Promise<void> {
  // Dialect branch: timestamps are ISO text in SQLite and timestamptz in PostgreSQL (see 0001).
  const ts = dialect === 'postgres' ? 'timestamptz' : 'text';
  await db.schema.alterTable('contacts').addColumn('snoozed_until', ts).execute();

  const index = (indexName: string, table: string, columns: string[]) =>
    db.schema.createIndex(indexName).on(table).columns(columns).execute();
  // Covering index of the grouped metrics query: its columns in group order, then every column it
  // sums or tests, so the query walks this index in order, with no table read and no sort. The
  // columns after `due_at` make it cover the health sort's read too (decision 0008): the summary
  // columns sit after the long text ones in the table, where reading them costs page reads.
  await index('contacts_metrics_idx', 'contacts', [
    'account_id',
    'archived',
    'circle',
    'tier',
    'context',
    'stage',
    'gives',
    'asks',
    'thanks',
    'last_two_way_at',
    'last_at',
    'two_way_count',
    'due_at',
    'interaction_count',
    'first_at',
    'gives_received',
    'asks_received',
    'thanks_received',
    'created_at',
    'cadence_days',
    'name_key',
    'id',
  ]);
  // Where contacts come from: counted per sector and per company from the index alone.
  await index('contacts_sector_idx', 'contacts', ['account_id', 'archived', 'sector']);
  await index('contacts_company_idx', 'contacts', ['account_id', 'archived', 'company']);
  // My gives, asks and thanks over time: only those interactions (about a third of them), in time
  // order per value, so each month's count is one range of index entries. The metrics query
  // repeats this condition with literals, as both planners require to use a partial index.
  await db.schema
    .createIndex('interactions_exchanges_idx')
    .on('interactions')
    .columns(['account_id', 'value', 'occurred_at', 'direction'])
    .where(sql<boolean>`direction <> 'in' and value <> 'neutral'`)
    .execute();
}
