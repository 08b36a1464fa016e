/**
 * Raw baselines on PostgreSQL: the same reads as the operations, as hand-written SQL on a pg Pool
 * of the same size as storage's (named, i.e. prepared, statements), issued concurrently where the
 * operation issues them concurrently.
 */
import pg from 'pg';
import { DAY_MS, escapeLike, prefixUpperBound, searchShape, windows, type RawBaselines } from './raw-queries.js';

const ACTIVE = 'account_id = $1 and not archived';
const TIMELINE = `select i.*, array(select p.contact_id from interaction_contacts p
    where p.account_id = i.account_id and p.interaction_id = i.id order by p.position) as contact_ids
  from interaction_contacts ic join interactions i on i.account_id = ic.account_id and i.id = ic.interaction_id
  where ic.account_id = $1 and ic.contact_id = $2 order by ic.occurred_at desc, ic.interaction_id desc limit 20`;

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
        rows(`select * from contacts where ${ACTIVE} and due_at <= $2 order by due_at, id limit $3`, [
          accountId,
          at,
          pool,
        ]),
        rows(
          `select * from contacts where ${ACTIVE} and follow_up_at is not null and follow_up_at <= $2
           order by follow_up_at, id limit $3`,
          [accountId, at, pool],
        ),
        rows(
          `select * from contacts where ${ACTIVE} and last_help_received_at is not null
           and (last_thanks_sent_at is null or last_thanks_sent_at < last_help_received_at)
           order by last_help_received_at desc, id limit $2`,
          [accountId, pool],
        ),
        rows(
          `select * from contacts where ${ACTIVE} and created_at >= $2 and gives = 0 order by created_at, id limit $3`,
          [accountId, since, pool],
        ),
      ]);
    },

    async search(text, limit) {
      const shape = searchShape(text);
      if (!shape)
        return rows(`select * from contacts where ${ACTIVE} order by name_key, id limit $2`, [accountId, limit + 1]);
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
      if (ids.length === 0) return [];
      return rows('select * from contacts where account_id = $1 and id = any($2)', [accountId, ids]);
    },

    async contactPage(id) {
      return Promise.all([contact(id), timeline(id)]);
    },

    async contactPageFull(id) {
      const row = await contact(id); // the operation reads the contact first, then the rest together
      const [, , edges] = await Promise.all([
        settings(),
        timeline(id),
        rows(
          `select * from knows_edges where account_id = $1 and (contact_a = $2 or contact_b = $2)
           order by created_at, contact_a, contact_b`,
          [accountId, id],
        ),
      ]);
      const others = edges.map((e) => (e.contact_a === id ? e.contact_b : e.contact_a));
      return [row, await rows('select * from contacts where account_id = $1 and id = any($2)', [accountId, others])];
    },

    async metrics(now) {
      const at = now.toISOString();
      const activeSince = new Date(now.getTime() - windows.activeDays * DAY_MS).toISOString();
      const ghostBefore = new Date(now.getTime() - windows.ghostDays * DAY_MS).toISOString();
      const [, grouped] = await Promise.all([
        settings(),
        rows(
          `select circle, tier, context, stage, count(*) as total,
             coalesce(sum(gives), 0) as gives, coalesce(sum(asks), 0) as asks, coalesce(sum(thanks), 0) as thanks,
             sum(case when last_two_way_at >= $2 and last_two_way_at <= $3 then 1 else 0 end) as active,
             sum(case when (last_at is null or last_at < $4) and two_way_count = 0 then 1 else 0 end) as ghosts,
             sum(case when due_at <= $3 then 1 else 0 end) as overdue
           from contacts where ${ACTIVE} group by circle, tier, context, stage`,
          [accountId, activeSince, at, ghostBefore],
        ),
      ]);
      return grouped;
    },

    async close() {
      await pool.end();
    },
  };
}
