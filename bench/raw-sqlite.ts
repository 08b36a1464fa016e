/**
 * Raw baselines on SQLite: the same reads as the operations, as hand-written SQL on better-sqlite3
 * prepared statements over a second connection to the same WAL database file.
 */
import BetterSqlite3 from 'better-sqlite3';
import {
  AGENDA_COLUMNS,
  DAY_MS,
  escapeLike,
  metricsQueries,
  prefixUpperBound,
  searchShape,
  windows,
  type RawBaselines,
} from './raw-queries.js';

const ACTIVE = 'account_id = ? and archived = 0';
// Agenda candidates: active and not snoozed at the given time (the second parameter).
const CANDIDATES = `from contacts where ${ACTIVE} and (snoozed_until is null or snoozed_until <= ?)`;
const AGENDA = `select ${AGENDA_COLUMNS} ${CANDIDATES}`;
const TIMELINE = `select i.*, (select json_group_array(p.contact_id order by p.position) from interaction_contacts p
    where p.account_id = i.account_id and p.interaction_id = i.id) as contact_ids
  from (select interaction_id, occurred_at from interaction_contacts where account_id = ? and contact_id = ?
        order by occurred_at desc, interaction_id desc limit ?) ic
  join interactions i on i.account_id = ? and i.id = ic.interaction_id
  order by ic.occurred_at desc, ic.interaction_id desc`;
const PEOPLE_KNOWN = `select c.id, c.name, c.company, e.strength, e.how, e.created_at
  from knows_edges e join contacts c
    on c.account_id = e.account_id and c.id = case when e.contact_a = ? then e.contact_b else e.contact_a end
  where e.account_id = ? and (e.contact_a = ? or e.contact_b = ?) order by e.created_at, e.contact_a, e.contact_b`;

/** Opens the raw SQLite baselines on `file` for `accountId`. */
export function openRawSqlite(file: string, accountId: string): RawBaselines {
  const db = new BetterSqlite3(file);
  db.pragma('busy_timeout = 5000');
  // The same page cache as storage's connection (database.ts), so neither reads more from the OS.
  db.pragma('cache_size = -4096');
  const statements = new Map<string, BetterSqlite3.Statement>();
  const all = (text: string, ...params: unknown[]): unknown[] => {
    let statement = statements.get(text);
    if (!statement) {
      statement = db.prepare(text);
      statements.set(text, statement);
    }
    return statement.all(...params);
  };
  const rowsWithId = (text: string, ...params: unknown[]) => all(text, ...params) as Record<string, unknown>[];
  const settings = () => all('select settings from account_settings where account_id = ?', accountId);
  const contact = (id: string) => all('select * from contacts where account_id = ? and id = ?', accountId, id);

  return {
    async agenda(now, pool) {
      const at = now.toISOString();
      const since = new Date(now.getTime() - windows.firstGiveDays * DAY_MS).toISOString();
      settings();
      all('select * from give_items where account_id = ? order by created_at desc, id desc', accountId);
      all(`${AGENDA} and due_at <= ? order by due_at, id limit ?`, accountId, at, at, pool);
      all(
        `${AGENDA} and follow_up_at is not null and follow_up_at <= ?
         order by follow_up_at, id limit ?`,
        accountId,
        at,
        at,
        pool,
      );
      all(
        `${AGENDA} and last_help_received_at is not null
         and (last_thanks_sent_at is null or last_thanks_sent_at < last_help_received_at)
         order by last_help_received_at desc, id limit ?`,
        accountId,
        at,
        pool,
      );
      all(
        `select ${AGENDA_COLUMNS}, last_two_way_at ${CANDIDATES} and last_two_way_at is not null
         and (last_thanks_sent_at is null or last_thanks_sent_at < last_two_way_at)
         and id in (select contact_id from campaign_recipients where account_id = ? and send_state = 'sent')
         and exists (select 1 from campaign_recipients r where r.account_id = ? and r.contact_id = contacts.id
           and r.send_state = 'sent' and r.sent_at < contacts.last_two_way_at)
         order by last_two_way_at desc, id limit ?`,
        accountId,
        at,
        accountId,
        accountId,
        pool,
      );
      return all(
        `${AGENDA} and created_at >= ? and gives = 0 order by created_at, id limit ?`,
        accountId,
        at,
        since,
        pool,
      );
    },

    async search(text, limit) {
      const shape = searchShape(text);
      if (!shape)
        return rowsWithId(`select * from contacts where ${ACTIVE} order by name_key, id limit ?`, accountId, limit);
      const want = limit + 1;
      const upper = prefixUpperBound(shape.folded);
      const ids = (
        all(
          `select id from contacts where ${ACTIVE} and name_key >= ? and name_key < ? order by name_key, id limit ?`,
          accountId,
          shape.folded,
          upper,
          want,
        ) as { id: string }[]
      ).map((r) => r.id);
      if (ids.length < want) {
        // The unary + keeps the planner from walking the account's index when FTS narrows it down.
        const where = [shape.long.length > 0 ? '+account_id = ?' : 'account_id = ?', 'archived = 0'];
        const params: unknown[] = [accountId];
        if (shape.long.length > 0) {
          where.push('contacts.rowid in (select rowid from contact_search where contact_search match ?)');
          params.push(shape.long.map((w) => `"${w.replaceAll('"', '""')}"`).join(' AND '));
        }
        for (const w of shape.short) {
          where.push(`(name_key like ? escape '\\' or name_key like ? escape '\\')`);
          params.push(`${escapeLike(w)}%`, `% ${escapeLike(w)}%`);
        }
        const rest = all(
          `select id from contacts where ${where.join(' and ')} and (name_key < ? or name_key >= ?)
           order by name_key, id limit ?`,
          ...params,
          shape.folded,
          upper,
          want - ids.length,
        ) as { id: string }[];
        ids.push(...rest.map((r) => r.id));
      }
      // Rows for the page only; the extra id just says whether there is a next page.
      const page = ids.slice(0, limit);
      if (page.length === 0) return [];
      return rowsWithId(
        `select * from contacts where account_id = ? and id in (${page.map(() => '?').join(', ')})`,
        accountId,
        ...page,
      );
    },

    async contactPage(id) {
      return [contact(id), all(TIMELINE, accountId, id, 21, accountId)];
    },

    async contactPageFull(id) {
      return [
        contact(id),
        settings(),
        all(TIMELINE, accountId, id, 21, accountId),
        all(PEOPLE_KNOWN, id, accountId, id, id),
      ];
    },

    async metrics(now) {
      settings();
      return metricsQueries('sqlite', accountId, now).map((q) => all(q.text, ...q.params));
    },

    async close() {
      db.close();
    },
  };
}
