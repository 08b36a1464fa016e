/**
 * The initial schema. Every table carries account_id, and every key and foreign key includes it:
 * the account is the isolation boundary and the future shard key.
 */
import { sql } from 'kysely';
import type { CreateTableBuilder, Kysely } from 'kysely';
import type { Dialect } from '../database.js';

export const name = '0001-initial';

type Table = CreateTableBuilder<string, never>;

export async function up(db: Kysely<unknown>, dialect: Dialect): Promise<void> {
  const pg = dialect === 'postgres';
  // Dialect branch: timestamps are ISO 8601 text in SQLite (string order is time order) and
  // timestamptz in PostgreSQL; booleans are 0/1 integers in SQLite and booleans in PostgreSQL.
  const ts = pg ? 'timestamptz' : 'text';
  const bool = pg ? 'boolean' : 'integer';
  const zero = (t: Table, column: string) => t.addColumn(column, 'integer', (c) => c.notNull().defaultTo(0));

  await db.schema
    .createTable('accounts')
    .addColumn('account_id', 'text', (c) => c.primaryKey())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('created_at', ts, (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('account_settings')
    .addColumn('account_id', 'text', (c) => c.primaryKey().references('accounts.account_id').onDelete('cascade'))
    .addColumn('settings', 'text', (c) => c.notNull())
    .addColumn('updated_at', ts, (c) => c.notNull())
    .execute();

  let contacts = db.schema
    .createTable('contacts')
    .addColumn('account_id', 'text', (c) => c.notNull().references('accounts.account_id').onDelete('cascade'))
    .addColumn('id', 'text', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    // Dialect branch: byte-order collation in PostgreSQL, so name order and prefix LIKE match SQLite.
    .addColumn('name_key', 'text', (c) => (pg ? c.modifyFront(sql`collate "C"`).notNull() : c.notNull()))
    .addColumn('given_name', 'text')
    .addColumn('family_name', 'text')
    .addColumn('emails', 'text', (c) => c.notNull().defaultTo('[]'))
    .addColumn('phones', 'text', (c) => c.notNull().defaultTo('[]'))
    .addColumn('tags', 'text', (c) => c.notNull().defaultTo('[]'))
    .addColumn('company', 'text')
    .addColumn('role', 'text')
    .addColumn('sector', 'text')
    .addColumn('location', 'text')
    .addColumn('linkedin_url', 'text')
    .addColumn('birthday', 'text')
    .addColumn('photo', 'text')
    .addColumn('notes', 'text')
    .addColumn('circle', 'text', (c) => c.notNull())
    .addColumn('context', 'text')
    .addColumn('tier', 'text', (c) => c.notNull())
    .addColumn('cadence_days', 'integer')
    .addColumn('archived', bool, (c) => c.notNull().defaultTo(pg ? false : 0))
    .addColumn('created_at', ts, (c) => c.notNull())
    .addColumn('updated_at', ts, (c) => c.notNull())
    .addColumn('search_text', 'text', (c) => c.notNull());
  for (const column of ['interaction_count', 'two_way_count', 'gives', 'asks', 'thanks'])
    contacts = zero(contacts, column);
  for (const column of ['gives_received', 'asks_received', 'thanks_received']) contacts = zero(contacts, column);
  for (const column of ['first_at', 'last_at', 'last_two_way_at', 'last_give_at'])
    contacts = contacts.addColumn(column, ts);
  for (const column of ['last_help_received_at', 'last_thanks_sent_at', 'follow_up_at']) {
    contacts = contacts.addColumn(column, ts);
  }
  await contacts
    .addColumn('stage', 'text', (c) => c.notNull().defaultTo('none'))
    .addColumn('due_at', ts, (c) => c.notNull())
    .addPrimaryKeyConstraint('contacts_pk', ['account_id', 'id'])
    .execute();

  await db.schema
    .createTable('contact_tags')
    .addColumn('account_id', 'text', (c) => c.notNull())
    .addColumn('contact_id', 'text', (c) => c.notNull())
    .addColumn('tag', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('contact_tags_pk', ['account_id', 'contact_id', 'tag'])
    .addForeignKeyConstraint(
      'contact_tags_contact_fk',
      ['account_id', 'contact_id'],
      'contacts',
      ['account_id', 'id'],
      (f) => f.onDelete('cascade'),
    )
    .execute();

  await db.schema
    .createTable('interactions')
    .addColumn('account_id', 'text', (c) => c.notNull().references('accounts.account_id').onDelete('cascade'))
    .addColumn('id', 'text', (c) => c.notNull())
    .addColumn('occurred_at', ts, (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('channel', 'text')
    .addColumn('direction', 'text', (c) => c.notNull())
    .addColumn('value', 'text', (c) => c.notNull())
    .addColumn('ask_kind', 'text')
    .addColumn('give_kind', 'text')
    .addColumn('note', 'text')
    .addColumn('follow_up_at', ts)
    .addColumn('created_at', ts, (c) => c.notNull())
    .addPrimaryKeyConstraint('interactions_pk', ['account_id', 'id'])
    .execute();

  await db.schema
    .createTable('interaction_contacts')
    .addColumn('account_id', 'text', (c) => c.notNull())
    .addColumn('interaction_id', 'text', (c) => c.notNull())
    .addColumn('contact_id', 'text', (c) => c.notNull())
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('occurred_at', ts, (c) => c.notNull())
    .addPrimaryKeyConstraint('interaction_contacts_pk', ['account_id', 'interaction_id', 'contact_id'])
    .addForeignKeyConstraint(
      'interaction_contacts_interaction_fk',
      ['account_id', 'interaction_id'],
      'interactions',
      ['account_id', 'id'],
      (f) => f.onDelete('cascade'),
    )
    .addForeignKeyConstraint(
      'interaction_contacts_contact_fk',
      ['account_id', 'contact_id'],
      'contacts',
      ['account_id', 'id'],
      (f) => f.onDelete('cascade'),
    )
    .execute();

  await db.schema
    .createTable('knows_edges')
    .addColumn('account_id', 'text', (c) => c.notNull())
    .addColumn('contact_a', 'text', (c) => c.notNull())
    .addColumn('contact_b', 'text', (c) => c.notNull())
    .addColumn('strength', 'text', (c) => c.notNull())
    .addColumn('how', 'text')
    .addColumn('created_at', ts, (c) => c.notNull())
    .addPrimaryKeyConstraint('knows_edges_pk', ['account_id', 'contact_a', 'contact_b'])
    .addCheckConstraint('knows_edges_undirected', sql`contact_a < contact_b`)
    .addForeignKeyConstraint('knows_edges_a_fk', ['account_id', 'contact_a'], 'contacts', ['account_id', 'id'], (f) =>
      f.onDelete('cascade'),
    )
    .addForeignKeyConstraint('knows_edges_b_fk', ['account_id', 'contact_b'], 'contacts', ['account_id', 'id'], (f) =>
      f.onDelete('cascade'),
    )
    .execute();

  await createIndexes(db, pg);
  await (pg ? createPostgresSearch(db) : createSqliteSearch(db));
}

/** One index per query shape: list sorts and filters, agenda candidates, the per-contact timeline. */
async function createIndexes(db: Kysely<unknown>, pg: boolean): Promise<void> {
  const index = (indexName: string, table: string, columns: string[]) =>
    db.schema.createIndex(indexName).on(table).columns(columns).execute();
  await index('contacts_name_idx', 'contacts', ['account_id', 'name_key', 'id']);
  await index('contacts_created_idx', 'contacts', ['account_id', 'created_at', 'id']);
  await index('contacts_due_idx', 'contacts', ['account_id', 'due_at', 'id']);
  await index('contacts_follow_up_idx', 'contacts', ['account_id', 'follow_up_at']);
  await index('contacts_help_idx', 'contacts', ['account_id', 'last_help_received_at']);
  await index('contacts_stage_idx', 'contacts', ['account_id', 'stage', 'name_key']);
  // Dialect branch: "recent" sorts last_at descending with never-contacted people last. SQLite
  // already puts NULLs last when descending; PostgreSQL needs the NULLS LAST index to match.
  if (pg) {
    await sql`create index contacts_recent_idx on contacts (account_id, last_at desc nulls last, id desc)`.execute(db);
  } else {
    await index('contacts_recent_idx', 'contacts', ['account_id', 'last_at', 'id']);
  }
  await index('contact_tags_tag_idx', 'contact_tags', ['account_id', 'tag', 'contact_id']);
  await index('interaction_contacts_timeline_idx', 'interaction_contacts', [
    'account_id',
    'contact_id',
    'occurred_at',
    'interaction_id',
  ]);
  await index('knows_edges_b_idx', 'knows_edges', ['account_id', 'contact_b']);
}

/**
 * Dialect branch (SQLite): a contentless FTS5 trigram index over contacts.search_text, keyed by the
 * contact's rowid and kept in step by triggers. VACUUM keeps the rowids of these tables.
 */
async function createSqliteSearch(db: Kysely<unknown>): Promise<void> {
  await sql`create virtual table contact_search using fts5(search_text, tokenize = 'trigram', content = '', contentless_delete = 1)`.execute(
    db,
  );
  await sql`create trigger contacts_search_insert after insert on contacts begin
    insert into contact_search (rowid, search_text) values (new.rowid, new.search_text);
  end`.execute(db);
  await sql`create trigger contacts_search_update after update of search_text on contacts begin
    delete from contact_search where rowid = old.rowid;
    insert into contact_search (rowid, search_text) values (new.rowid, new.search_text);
  end`.execute(db);
  await sql`create trigger contacts_search_delete after delete on contacts begin
    delete from contact_search where rowid = old.rowid;
  end`.execute(db);
}

/** Dialect branch (PostgreSQL): a pg_trgm GIN index, so LIKE '%term%' on search_text is indexed. */
async function createPostgresSearch(db: Kysely<unknown>): Promise<void> {
  await sql`create extension if not exists pg_trgm`.execute(db);
  await sql`create index contacts_search_idx on contacts using gin (search_text gin_trgm_ops)`.execute(db);
}
