/**
 * Duplicate dismissals: pairs of contacts the user said are not the same person, so duplicate
 * detection never suggests them again (until the dismissal is undone). Merges record the
 * dismissals they re-pointed, so an undone merge puts them back.
 */
import { sql } from 'kysely';
import type { Kysely } from 'kysely';
import type { Dialect } from '../database.js';

export const name = '0008-duplicate-dismissals';

export async function up(db: Kysely<unknown>, dialect: Dialect): Promise<void> {
  // Dialect branch: timestamps are ISO text in SQLite and timestamptz in PostgreSQL (see 0001).
  const ts = dialect === 'postgres' ? 'timestamptz' : 'text';
  // An unordered pair, stored one way round (contact_a < contact_b) like knows_edges. The pair goes
  // with either contact (a deleted contact takes its dismissals along); a merge re-points them first.
  await db.schema
    .createTable('duplicate_dismissals')
    .addColumn('account_id', 'text', (c) => c.notNull())
    .addColumn('contact_a', 'text', (c) => c.notNull())
    .addColumn('contact_b', 'text', (c) => c.notNull())
    .addColumn('created_at', ts, (c) => c.notNull())
    .addPrimaryKeyConstraint('duplicate_dismissals_pk', ['account_id', 'contact_a', 'contact_b'])
    .addCheckConstraint('duplicate_dismissals_unordered', sql`contact_a < contact_b`)
    .addForeignKeyConstraint(
      'duplicate_dismissals_a_fk',
      ['account_id', 'contact_a'],
      'contacts',
      ['account_id', 'id'],
      (f) => f.onDelete('cascade'),
    )
    .addForeignKeyConstraint(
      'duplicate_dismissals_b_fk',
      ['account_id', 'contact_b'],
      'contacts',
      ['account_id', 'id'],
      (f) => f.onDelete('cascade'),
    )
    .execute();
  await db.schema
    .createIndex('duplicate_dismissals_b_idx')
    .on('duplicate_dismissals')
    .columns(['account_id', 'contact_b'])
    .execute();
  await db.schema
    .createIndex('duplicate_dismissals_created_idx')
    .on('duplicate_dismissals')
    .columns(['account_id', 'created_at'])
    .execute();

  // The dismissals a merge re-pointed or dropped, as JSON, so its undo can put them back. Null for
  // merges made before this migration (they moved none).
  await db.schema.alterTable('merges').addColumn('dismissals', 'text').execute();
}
