/**
 * Outreach templates, campaigns with a per-recipient draft and send state, and the account's SMTP
 * settings. Every table carries account_id first in its keys and foreign keys.
 */
import type { Kysely } from 'kysely';
import type { Dialect } from '../database.js';

export const name = '0007-templates-and-campaigns';

export async function up(db: Kysely<unknown>, dialect: Dialect): Promise<void> {
  const pg = dialect === 'postgres';
  // Dialect branch: timestamps are ISO 8601 text in SQLite and timestamptz in PostgreSQL; booleans
  // are 0/1 integers in SQLite and booleans in PostgreSQL (see 0001).
  const ts = pg ? 'timestamptz' : 'text';
  const bool = pg ? 'boolean' : 'integer';
  const no = pg ? false : 0;

  await db.schema
    .createTable('templates')
    .addColumn('account_id', 'text', (c) => c.notNull().references('accounts.account_id').onDelete('cascade'))
    .addColumn('id', 'text', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('lang', 'text', (c) => c.notNull())
    .addColumn('subject', 'text', (c) => c.notNull())
    .addColumn('body', 'text', (c) => c.notNull())
    .addColumn('ask_kind', 'text')
    .addColumn('give_kind', 'text')
    .addColumn('created_at', ts, (c) => c.notNull())
    .addColumn('updated_at', ts, (c) => c.notNull())
    .addPrimaryKeyConstraint('templates_pk', ['account_id', 'id'])
    .execute();
  await db.schema.createIndex('templates_name_idx').on('templates').columns(['account_id', 'name', 'id']).execute();

  // A campaign keeps a copy of its template (kind, language, subject, body), so template_id is a
  // plain reference without a foreign key: deleting a template leaves its campaigns intact.
  await db.schema
    .createTable('campaigns')
    .addColumn('account_id', 'text', (c) => c.notNull().references('accounts.account_id').onDelete('cascade'))
    .addColumn('id', 'text', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('template_id', 'text')
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('lang', 'text', (c) => c.notNull())
    .addColumn('subject', 'text', (c) => c.notNull())
    .addColumn('body', 'text', (c) => c.notNull())
    .addColumn('ask_kind', 'text')
    .addColumn('give_kind', 'text')
    .addColumn('created_at', ts, (c) => c.notNull())
    .addColumn('updated_at', ts, (c) => c.notNull())
    .addPrimaryKeyConstraint('campaigns_pk', ['account_id', 'id'])
    .execute();
  await db.schema
    .createIndex('campaigns_created_idx')
    .on('campaigns')
    .columns(['account_id', 'created_at', 'id'])
    .execute();

  await db.schema
    .createTable('campaign_recipients')
    .addColumn('account_id', 'text', (c) => c.notNull())
    .addColumn('campaign_id', 'text', (c) => c.notNull())
    .addColumn('contact_id', 'text', (c) => c.notNull())
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('to_name', 'text', (c) => c.notNull())
    .addColumn('to_address', 'text', (c) => c.notNull())
    .addColumn('personal', 'text')
    .addColumn('subject', 'text', (c) => c.notNull())
    .addColumn('body', 'text', (c) => c.notNull())
    .addColumn('edited', bool, (c) => c.notNull().defaultTo(no))
    .addColumn('ready', bool, (c) => c.notNull().defaultTo(no))
    .addColumn('send_state', 'text', (c) => c.notNull().defaultTo('pending'))
    .addColumn('message_id', 'text')
    .addColumn('attempts', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('last_error', 'text')
    .addColumn('sent_at', ts)
    .addColumn('sent_via', 'text')
    .addColumn('interaction_id', 'text')
    .addColumn('updated_at', ts, (c) => c.notNull())
    .addPrimaryKeyConstraint('campaign_recipients_pk', ['account_id', 'campaign_id', 'contact_id'])
    .addForeignKeyConstraint(
      'campaign_recipients_campaign_fk',
      ['account_id', 'campaign_id'],
      'campaigns',
      ['account_id', 'id'],
      (f) => f.onDelete('cascade'),
    )
    .addForeignKeyConstraint(
      'campaign_recipients_contact_fk',
      ['account_id', 'contact_id'],
      'contacts',
      ['account_id', 'id'],
      (f) => f.onDelete('cascade'),
    )
    .execute();
  // The agenda looks for replies to sent campaign messages by contact.
  await db.schema
    .createIndex('campaign_recipients_contact_idx')
    .on('campaign_recipients')
    .columns(['account_id', 'contact_id', 'sent_at'])
    .execute();

  // One outgoing mail server per account. The password is stored as given (the database is the
  // user's own file, or a hosted database the operator secures); no read path returns it.
  await db.schema
    .createTable('smtp_settings')
    .addColumn('account_id', 'text', (c) => c.primaryKey().references('accounts.account_id').onDelete('cascade'))
    .addColumn('host', 'text', (c) => c.notNull())
    .addColumn('port', 'integer', (c) => c.notNull())
    .addColumn('secure', bool, (c) => c.notNull())
    .addColumn('username', 'text')
    .addColumn('password', 'text')
    .addColumn('from_name', 'text')
    .addColumn('from_address', 'text', (c) => c.notNull())
    .addColumn('updated_at', ts, (c) => c.notNull())
    .execute();
}
