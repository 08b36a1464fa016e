/**
 * Calendar feeds: the secret, revocable subscription URLs of an account. Only a SHA-256 hash of
 * each token is stored; at most one feed per account is active (not revoked).
 */
import { sql } from 'kysely';
import type { Kysely } from 'kysely';
import type { Dialect } from '../database.js';

export const name = '0005-calendar-feeds';

export async function up(db: Kysely<unknown>, dialect: Dialect): Promise<void> {
  // Dialect branch: timestamps are ISO text in SQLite and timestamptz in PostgreSQL (see 0001).
  const ts = dialect === 'postgres' ? 'timestamptz' : 'text';
  await db.schema
    .createTable('calendar_feeds')
    .addColumn('account_id', 'text', (c) => c.notNull().references('accounts.account_id').onDelete('cascade'))
    .addColumn('id', 'text', (c) => c.notNull())
    .addColumn('token_hash', 'text', (c) => c.notNull())
    .addColumn('created_at', ts, (c) => c.notNull())
    .addColumn('revoked_at', ts)
    .addPrimaryKeyConstraint('calendar_feeds_pk', ['account_id', 'id'])
    .execute();
  // Both engines support partial indexes: one active feed per account, found by one index probe.
  await db.schema
    .createIndex('calendar_feeds_active_idx')
    .on('calendar_feeds')
    .column('account_id')
    .unique()
    .where(sql.ref('revoked_at'), 'is', null)
    .execute();
}
