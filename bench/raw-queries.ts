/**
 * The raw baselines: what each measured operation reads, as hand-written SQL run directly on the
 * driver. Shared shape here; one implementation per engine (raw-sqlite.ts, raw-postgres.ts).
 */
import { foldForSearch, monthWindow } from '@nexo/core';

export interface RawBaselines {
  /** The agenda candidate queries, the settings and the give library, as `agenda.today` issues them. */
  agenda(now: Date, pool: number): Promise<unknown>;
  /**
   * The contact search, first page, in storage's shape: ids of names starting with the query (name
   * index range), then ids of the other matches if the page is not full, then those rows.
   */
  search(text: string, limit: number): Promise<Record<string, unknown>[]>;
  /** The contact row plus its last 20 interactions (with their participants, one query). */
  contactPage(id: string): Promise<unknown>;
  /** Everything `contacts.get` reads: also settings and the knows-edges joined to the people known. */
  contactPageFull(id: string): Promise<unknown>;
  /**
   * What `metrics.get` reads: the grouped counts with the cadence states, the top sectors and
   * companies, my exchanges per month, and the settings.
   */
  metrics(now: Date): Promise<unknown>;
  close(): Promise<void>;
}

export const DAY_MS = 86_400_000;

/** The columns storage's agenda queries read (storage's `agendaColumns`, in snake_case). */
export const AGENDA_COLUMNS = `id, name, company, role, sector, tags, context, tier, cadence_days, archived,
  created_at, due_at, last_at, gives, asks, thanks, gives_received, last_help_received_at, follow_up_at`;
/** The windows of the agenda (first give) and of the metrics (active, ghost), as core and storage use them. */
export const windows = { firstGiveDays: 30, activeDays: 90, ghostDays: 365 } as const;

export interface SearchShape {
  /** The whole query folded, for the "name starts with" rank. */
  folded: string;
  /** Words of 3+ characters: substring match on search_text (trigram index). */
  long: string[];
  /** Words of 1-2 characters: prefix match on a word of the name. */
  short: string[];
}

/** Splits a search the way storage does (search.ts): folded, deduplicated words by length. */
export function searchShape(text: string): SearchShape | null {
  const folded = foldForSearch(text);
  if (folded === '') return null;
  const words = [...new Set(folded.split(' '))];
  return { folded, long: words.filter((w) => w.length >= 3), short: words.filter((w) => w.length < 3) };
}

/**
 * The exclusive upper bound of names starting with `folded` on a byte-ordered key: the last
 * character bumped by one code point (as storage's `namePrefix`).
 */
export function prefixUpperBound(folded: string): string {
  const chars = [...folded];
  const last = chars.pop() ?? '';
  let next = (last.codePointAt(0) ?? 0) + 1;
  if (next >= 0xd800 && next <= 0xdfff) next = 0xe000;
  return chars.join('') + String.fromCodePoint(next);
}

/** Escapes LIKE wildcards, for `escape '\'`. */
export const escapeLike = (text: string): string => text.replace(/[\\%_]/g, (c) => `\\${c}`);

/** The widest "due soon" window (storage's DUE_SOON_MAX_DAYS). */
const DUE_SOON_MAX_DAYS = 7;

/**
 * The metrics queries as storage's metrics-queries.ts writes them, for `?` (SQLite) or `$n`
 * (PostgreSQL) placeholders, with their parameters. Hand-kept in step with storage.
 */
export function metricsQueries(dialect: 'sqlite' | 'postgres', accountId: string, now: Date) {
  const iso = (ms: number) => new Date(ms).toISOString();
  const at = now.toISOString();
  const t = now.getTime();
  const pg = dialect === 'postgres';
  let n = 0;
  const params: unknown[] = [];
  const p = (value: unknown) => {
    params.push(value);
    n += 1;
    return pg ? `$${n}` : '?';
  };
  const ts = (value: string) => (pg ? `cast(${p(value)} as timestamptz)` : p(value));
  const cadence = pg
    ? 'round(extract(epoch from (due_at - last_at)) / 86400)'
    : 'round(julianday(due_at) - julianday(last_at))';
  const window = pg
    ? `least(${DUE_SOON_MAX_DAYS}, floor(0.2 * ${cadence}))`
    : `min(${DUE_SOON_MAX_DAYS}, cast(0.2 * ${cadence} as integer))`;
  const active = `count(case when last_two_way_at >= ${p(iso(t - windows.activeDays * DAY_MS))} and last_two_way_at <= ${p(at)} then 1 end)`;
  const ghosts = `count(case when (last_at is null or last_at < ${p(iso(t - windows.ghostDays * DAY_MS))}) and two_way_count = 0 then 1 end)`;
  const due = `count(case when due_at <= ${p(at)} then 1 end)`;
  const late = `count(case when last_at is not null and due_at <= ${p(at)} then 1 end)`;
  const whens = Array.from({ length: DUE_SOON_MAX_DAYS }, (_, d) => `when ${d} then ${ts(iso(t + d * DAY_MS))}`);
  const soon = `count(case when last_at is not null and due_at > ${ts(at)} and due_at <= ${ts(iso(t + DUE_SOON_MAX_DAYS * DAY_MS))}
    and due_at <= case ${window} ${whens.join(' ')} else ${ts(iso(t + DUE_SOON_MAX_DAYS * DAY_MS))} end then 1 end)`;
  const archivedFalse = pg ? 'false' : '0';
  const grouped = {
    text: `select circle, tier, context, stage, count(*) as total, sum(gives) as gives, sum(asks) as asks,
      sum(thanks) as thanks, ${active} as active, ${ghosts} as ghosts, ${due} as due,
      count(case when last_at is null then 1 end) as never, ${late} as late, ${soon} as soon
      from contacts where account_id = ${p(accountId)} and archived = ${archivedFalse}
      group by circle, tier, context, stage`,
    params: [...params],
  };
  const source = (column: 'sector' | 'company') => ({
    text: `select g.value, g.n, count(*) over () as distinct_values, sum(g.n) over () as known,
      sum(g.n * g.n) over () as sum_squares
      from (select ${column} as value, count(*) as n from contacts
        where account_id = ${pg ? '$1' : '?'} and archived = ${archivedFalse} and ${column} is not null group by ${column}) as g
      order by g.n desc, g.value limit 5`,
    params: [accountId],
  });
  n = 0;
  params.length = 0;
  const { months } = monthWindow(now);
  const bounds = months.map((m) => `${m}-01T00:00:00.000Z`);
  const end = iso(t + 1);
  const counts = months.flatMap((_, i) =>
    ['give', 'ask', 'thanks'].map(
      (value) => `(select count(*) as n from interactions where account_id = ${p(accountId)}
        and direction <> 'in' and value <> 'neutral' and value = '${value}'
        and occurred_at >= ${p(bounds[i])} and occurred_at < ${p(i + 1 < bounds.length ? bounds[i + 1] : end)}) as ${value}${i}`,
    ),
  );
  const monthly = { text: `select ${counts.join(', ')}`, params: [...params] };
  return [grouped, source('sector'), source('company'), monthly];
}
