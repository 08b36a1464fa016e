/**
 * Imports and merges, recorded so they can be undone: each import batch with its counts, what it
 * did per contact (with the contact's previous values for an update), and each merge with the
 * snapshots needed to bring both contacts back.
 */
import type { ColumnDefinitionBuilder, Kysely } from 'kysely';
import type { Dialect } from '../database.js';

export const name = '0004-imports-and-merges';

export async function up(db: Kysely<unknown>, dialect: Dialect): Promise<void> {
  // Dialect branch: timestamps are ISO text in SQLite and timestamptz in PostgreSQL (see 0001).
  const ts = dialect === 'postgres' ? 'timestamptz' : 'text';
  const count = (c: ColumnDefinitionBuilder) => c.notNull().defaultTo(0);

  await db.schema
    .createTable('import_batches')
    .addColumn('account_id', 'text', (c) => c.notNull().references('accounts.account_id').onDelete('cascade'))
    .addColumn('id', 'text', (c) => c.notNull())
    .addColumn('format', 'text', (c) => c.notNull())
    .addColumn('file_name', 'text')
    .addColumn('records', 'integer', count)
    .addColumn('created', 'integer', count)
    .addColumn('updated', 'integer', count)
    .addColumn('duplicates', 'integer', count)
    .addColumn('failed', 'integer', count)
    .addColumn('skipped', 'integer', count)
    .addColumn('problem_count', 'integer', count)
    .addColumn('created_at', ts, (c) => c.notNull())
    .addColumn('undone_at', ts)
    .addPrimaryKeyConstraint('import_batches_pk', ['account_id', 'id'])
    .execute();
  await db.schema
    .createIndex('import_batches_created_idx')
    .on('import_batches')
    .columns(['account_id', 'created_at'])
    .execute();

  // No foreign key to contacts: a created contact may be merged or deleted later, and undo copes.
  await db.schema
    .createTable('import_batch_contacts')
    .addColumn('account_id', 'text', (c) => c.notNull())
    .addColumn('batch_id', 'text', (c) => c.notNull())
    .addColumn('contact_id', 'text', (c) => c.notNull())
    .addColumn('action', 'text', (c) => c.notNull())
    // The contact's fields before an update, as JSON; null for a contact the import created.
    .addColumn('previous', 'text')
    .addColumn('interaction_id', 'text')
    .addPrimaryKeyConstraint('import_batch_contacts_pk', ['account_id', 'batch_id', 'contact_id'])
    .addForeignKeyConstraint(
      'import_batch_contacts_batch_fk',
      ['account_id', 'batch_id'],
      'import_batches',
      ['account_id', 'id'],
      (f) => f.onDelete('cascade'),
    )
    .execute();

  await db.schema
    .createTable('merges')
    .addColumn('account_id', 'text', (c) => c.notNull().references('accounts.account_id').onDelete('cascade'))
    .addColumn('id', 'text', (c) => c.notNull())
    .addColumn('keep_id', 'text', (c) => c.notNull())
    .addColumn('other_id', 'text', (c) => c.notNull())
    .addColumn('other_name', 'text', (c) => c.notNull())
    // JSON snapshots: the kept contact's fields before, the other contact's row, the interaction
    // links and knows-edges that moved (and whether an edge already existed on the kept side).
    .addColumn('keep_before', 'text', (c) => c.notNull())
    .addColumn('other_snapshot', 'text', (c) => c.notNull())
    .addColumn('links', 'text', (c) => c.notNull())
    .addColumn('edges', 'text', (c) => c.notNull())
    .addColumn('created_at', ts, (c) => c.notNull())
    .addColumn('undone_at', ts)
    .addPrimaryKeyConstraint('merges_pk', ['account_id', 'id'])
    .execute();
  await db.schema.createIndex('merges_created_idx').on('merges').columns(['account_id', 'created_at']).execute();
}
