/**
 * Raw baselines on PostgreSQL: the same reads as the operations, as hand-written SQL on a pg Pool
 * of the same size as storage's (named, i.e. prepared, statements), issued concurrently where the
 * operation issues them concurrently.
 */
import pg from 'pg';
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

const ACTIVE = 'account_id = $1 and not archived';
// Agenda candidates: active and not snoozed at $2.
const CANDIDATES = `from contacts where ${ACTIVE} and (snoozed_until is null or snoozed_until <= $2)`;
const AGENDA = `select ${AGENDA_COLUMNS} ${CANDIDATES}`;
const TIMELINE = `select i.*, (select json_agg(p.contact_id order by p.position) from interaction_contacts p
    where p.account_id = i.account_id and p.interaction_id = i.id) as contact_ids
  from (select interaction_id, occurred_at from interaction_contacts where account_id = $1 and contact_id = $2
        order by occurred_at desc, interaction_id desc limit 21) ic
  join interactions i on i.account_id = $1 and i.id = ic.interaction_id
  order by ic.occurred_at desc, ic.interaction_id desc`;

const PEOPLE_KNOWN = `select c.id, c.name, c.company, e.strength, e.how, e.created_at
  from knows_edges e join contacts c
    on c.account_id = e.account_id and c.id = case when e.contact_a = $2 then e.contact_b else e.contact_a end
  where e.account_id = $1 and (e.contact_a = $2 or e.contact_b = $2) order by e.created_at, e.contact_a, e.contact_b`;

const TIMESTAMPS = new Set([1114, 1184]);
const NUMBERS = new Set([20, 21, 23, 700, 701, 1700]);

/** Opens the raw PostgreSQL baselines on `url` for `accountId`. */
export function openRawPostgres(url: string, accountId: string): RawBaselines {
  const pool = new pg.Pool({
    connectionString: url,
    max: 10,
    options: '-c TimeZone=UTC',
    // Text as it comes (no Date objects), numbers as numbers: the least work a client can do.
    types: {
      getTypeParser: ((oid: number, format?: 'text' | 'binary') =>
        TIMESTAMPS.has(oid)
          ? (v: string) => v
          : NUMBERS.has(oid)
            ? Number
            : pg.types.getTypeParser(oid, format)) as never,
    },
  });
  pool.on('error', () => undefined);
  const names = new Map<string, string>();
  const rows = async (text: string, values: unknown[]): Promise<Record<string, unknown>[]> => {
    let name = names.get(text);
    if (!name) {
      name = `bench_${names.size + 1}`;
      names.set(text, name);
    }
    return (await pool.query({ name, text, values })).rows as Record<string, unknown>[];
  };
  const settings = () => rows('select settings from account_settings where account_id = $1', [accountId]);
  const contact = (id: string) => rows('select * from contacts where account_id = $1 and id = $2', [accountId, id]);
  const timeline = (id: string) => rows(TIMELINE, [accountId, id]);

  return {
    async agenda(now, pool) {
      const at = now.toISOString();
      const since = new Date(now.getTime() - windows.firstGiveDays * DAY_MS).toISOString();
      return Promise.all([
        settings(),
        rows('select * from give_items where account_id = $1 order by created_at desc, id desc', [accountId]),
        rows(`${AGENDA} and due_at <= $2 order by due_at, id limit $3`, [accountId, at, pool]),
        rows(
          `${AGENDA} and follow_up_at is not null and follow_up_at <= $2
           order by follow_up_at, id limit $3`,
          [accountId, at, pool],
        ),
        // Storage reads the campaign replies once the help-based candidates are in.
        rows(
          `${AGENDA} and last_help_received_at is not null
           and (last_thanks_sent_at is null or last_thanks_sent_at < last_help_received_at)
           order by last_help_received_at desc, id limit $3`,
          [accountId, at, pool],
        ).then(() =>
          rows(
            `select ${AGENDA_COLUMNS}, last_two_way_at ${CANDIDATES} and last_two_way_at is not null
             and (last_thanks_sent_at is null or last_thanks_sent_at < last_two_way_at)
             and id in (select contact_id from campaign_recipients where account_id = $1 and send_state = 'sent')
             and exists (select 1 from campaign_recipients r where r.account_id = $1 and r.contact_id = contacts.id
               and r.send_state = 'sent' and r.sent_at < contacts.last_two_way_at)
             order by last_two_way_at desc, id limit $3`,
            [accountId, at, pool],
          ),
        ),
        rows(`${AGENDA} and created_at >= $3 and gives = 0 order by created_at, id limit $4`, [
          accountId,
          at,
          since,
          pool,
        ]),
      ]);
    },

    async search(text, limit) {
      const shape = searchShape(text);
      if (!shape)
        return rows(`select * from contacts where ${ACTIVE} order by name_key, id limit $2`, [accountId, limit]);
      const want = limit + 1;
      const upper = prefixUpperBound(shape.folded);
      const first = await rows(
        `select id from contacts where ${ACTIVE} and name_key >= $2 and name_key < $3 order by name_key, id limit $4`,
        [accountId, shape.folded, upper, want],
      );
      const ids = first.map((r) => r.id);
      if (ids.length < want) {
        const values: unknown[] = [accountId, shape.folded, upper];
        const where = shape.long.map((w) => {
          values.push(`%${escapeLike(w)}%`);
          return `search_text like $${values.length} escape '\\'`;
        });
        for (const w of shape.short) {
          values.push(`${escapeLike(w)}%`, `% ${escapeLike(w)}%`);
          where.push(
            `(name_key like $${values.length - 1} escape '\\' or name_key like $${values.length} escape '\\')`,
          );
        }
        values.push(want - ids.length);
        const rest = await rows(
          `select id from contacts where ${ACTIVE} and ${where.join(' and ')} and (name_key < $2 or name_key >= $3)
           order by name_key, id limit $${values.length}`,
          values,
        );
        ids.push(...rest.map((r) => r.id));
      }
      // Rows for the page only; the extra id just says whether there is a next page.
      const page = ids.slice(0, limit);
      if (page.length === 0) return [];
      return rows('select * from contacts where account_id = $1 and id = any($2)', [accountId, page]);
    },

    async contactPage(id) {
      return Promise.all([contact(id), timeline(id)]);
    },

    async contactPageFull(id) {
      // All four at once, as the operation issues them.
      return Promise.all([contact(id), settings(), timeline(id), rows(PEOPLE_KNOWN, [accountId, id])]);
    },

    async metrics(now) {
      // Issued together, as storage issues them (Promise.all over the pool).
      const [, ...results] = await Promise.all([
        settings(),
        ...metricsQueries('postgres', accountId, now).map((q) => rows(q.text, q.params)),
      ]);
      return results;
    },

    async close() {
      await pool.end();
    },
  };
}
