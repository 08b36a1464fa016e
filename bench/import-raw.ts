/**
 * The raw baseline of the import benchmark, run as its own process like the CLI: open (and migrate)
 * the same database, the same streaming parse (@nexo/io), then one transaction of plain prepared
 * INSERTs (contacts, and for LinkedIn the connection interaction with its link), with no matching,
 * validation, folding, merging, undo records or report. The rows are the size of nexo's: ids of the
 * same length that grow the same way, and a search text of the same fields (lower-cased, not
 * folded), since the cost of SQLite's indexes grows with what they hold.
 * Usage: node import-raw.bundle.mjs FILE DATA_DIR
 */
import { createReadStream } from 'node:fs';
import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { parseContactsBatches } from '@nexo/io';
import { openStorage } from '@nexo/storage';

const [file, dataDir] = process.argv.slice(2);
if (!file || !dataDir) throw new Error('usage: import-raw FILE DATA_DIR');
const storage = await openStorage({ dataDir });
const accountId = await storage.accounts.ensureLocal();
await storage.close();

const db = new BetterSqlite3(join(dataDir, 'nexo.db'));
db.pragma('journal_mode = WAL');
db.pragma('synchronous = NORMAL');
const insertContact = db.prepare(`insert into contacts (account_id, id, name, name_key, given_name, family_name,
  emails, phones, tags, company, role, location, linkedin_url, birthday, photo, notes, circle, tier, archived,
  created_at, updated_at, search_text, due_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'professional', 'network', 0, ?, ?, ?, ?)`);
const insertInteraction =
  db.prepare(`insert into interactions (account_id, id, occurred_at, kind, channel, direction, value, created_at)
  values (?, ?, ?, 'connection', ?, 'out', 'neutral', ?)`);
const insertLink =
  db.prepare(`insert into interaction_contacts (account_id, interaction_id, contact_id, position, occurred_at)
  values (?, ?, ?, 0, ?)`);

// The FTS5 trigram index is fed once at the end (a trigger per row would cost ~0.25 ms a row):
// the fastest way to load this schema, the floor the product is compared with.
const trigger = (
  db.prepare("select sql from sqlite_master where type = 'trigger' and name = 'contacts_search_insert'").get() as
    { sql: string } | undefined
)?.sql;
const now = new Date().toISOString();
let n = 0;
/** 20 characters, growing: the shape of nexo's time-ordered ids. */
const idPrefix = Date.now().toString(32).padStart(9, '0');
const nextId = () => `${idPrefix}${String(++n).padStart(11, '0')}`;
const due = new Date(Date.now() + 90 * 86_400_000).toISOString();
let created = 0;
db.exec('begin');
if (trigger) db.exec('drop trigger contacts_search_insert');
for await (const batch of parseContactsBatches(createReadStream(file, { highWaterMark: 262_144 }))) {
  for (const item of batch) {
    const c = item.contact;
    if (!c) continue;
    created += 1;
    const id = nextId();
    const folded = c.name.toLowerCase();
    insertContact.run(
      accountId,
      id,
      c.name,
      folded,
      c.givenName,
      c.familyName,
      JSON.stringify(c.emails),
      JSON.stringify(c.phones),
      JSON.stringify(c.tags),
      c.company,
      c.role,
      c.location,
      c.linkedinUrl,
      c.birthday,
      c.photo,
      c.notes,
      now,
      now,
      [c.name, c.company, c.role, c.notes, ...c.tags, ...c.emails].filter(Boolean).join(' ').toLowerCase(),
      due,
    );
    if (c.connectedOn) {
      const at = `${c.connectedOn}T00:00:00.000Z`;
      const interactionId = nextId();
      insertInteraction.run(accountId, interactionId, at, c.linkedinUrl ? 'linkedin' : null, now);
      insertLink.run(accountId, interactionId, id, at);
    }
  }
}
db.exec('insert into contact_search (rowid, search_text) select rowid, search_text from contacts');
if (trigger) db.exec(trigger);
db.exec('commit');
db.close();
process.stdout.write(`${JSON.stringify({ created })}\n`);
