/**
 * The question bank's own questions, the give library, and the link from a give to the library item
 * it shared. Every table carries account_id first in its keys.
 */
import type { Kysely } from 'kysely';
import type { Dialect } from '../database.js';

export const name = '0006-questions-and-gives';

export async function up(db: Kysely<unknown>, dialect: Dialect): Promise<void> {
  // Dialect branch: timestamps are ISO 8601 text in SQLite and timestamptz in PostgreSQL (see 0001).
  const ts = dialect === 'postgres' ? 'timestamptz' : 'text';

  await db.schema
    .createTable('questions')
    .addColumn('account_id', 'text', (c) => c.notNull().references('accounts.account_id').onDelete('cascade'))
    .addColumn('id', 'text', (c) => c.notNull())
    .addColumn('text', 'text', (c) => c.notNull())
    .addColumn('created_at', ts, (c) => c.notNull())
    .addPrimaryKeyConstraint('questions_pk', ['account_id', 'id'])
    .execute();
  await db.schema
    .createIndex('questions_created_idx')
    .on('questions')
    .columns(['account_id', 'created_at', 'id'])
    .execute();

  await db.schema
    .createTable('give_items')
    .addColumn('account_id', 'text', (c) => c.notNull().references('accounts.account_id').onDelete('cascade'))
    .addColumn('id', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('url', 'text')
    // A JSON array of lower-case strings; the library is small enough to match topics in memory.
    .addColumn('topics', 'text', (c) => c.notNull().defaultTo('[]'))
    .addColumn('note', 'text')
    .addColumn('created_at', ts, (c) => c.notNull())
    .addColumn('updated_at', ts, (c) => c.notNull())
    .addPrimaryKeyConstraint('give_items_pk', ['account_id', 'id'])
    .execute();
  await db.schema
    .createIndex('give_items_created_idx')
    .on('give_items')
    .columns(['account_id', 'created_at', 'id'])
    .execute();

  // No foreign key: SQLite cannot add a composite (account_id, give_item_id) constraint to an existing
  // table. The give store checks the item exists and clears the link when an item is deleted, in one
  // transaction.
  await db.schema.alterTable('interactions').addColumn('give_item_id', 'text').execute();
  await db.schema
    .createIndex('interactions_give_item_idx')
    .on('interactions')
    .columns(['account_id', 'give_item_id'])
    .execute();
}
