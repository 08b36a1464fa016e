/**
 * The health sort of the contact list (decision 0008). Health depends on the clock, so it cannot be
 * stored or indexed: every candidate's few health columns are read (from the covering index
 * `contacts_metrics_idx`) and scored with core's `scoreHealthAt` (equal to `assessRelationship`'s
 * score) at the request's `now`, weakest first, then the page is cut in memory.
 */
import { scoreHealthAt, type AccountSettings, type Tier } from '@nexo/core';
import type { ContactRow } from './contact-row.js';
import { invalidCursor, type Key } from './cursor.js';

/** What health needs of a contact (core's `HealthFacts`), and the name and id that break ties. */
export const healthColumns = [
  'id',
  'nameKey',
  'createdAt',
  'tier',
  'cadenceDays',
  'interactionCount',
  'twoWayCount',
  'firstAt',
  'lastAt',
  'gives',
  'asks',
  'thanks',
  'givesReceived',
  'asksReceived',
  'thanksReceived',
] as const satisfies readonly (keyof ContactRow)[];

/**
 * A candidate as the database returns it, before any column renaming: the health read runs without
 * the CamelCase result mapping, which would copy 20,000 rows once more.
 */
export interface HealthDbRow {
  id: string;
  name_key: string;
  created_at: string;
  tier: string;
  cadence_days: number | null;
  interaction_count: number;
  two_way_count: number;
  first_at: string | null;
  last_at: string | null;
  gives: number;
  asks: number;
  thanks: number;
  gives_received: number;
  asks_received: number;
  thanks_received: number;
}

interface Scored {
  score: number;
  nameKey: string;
  id: string;
}

const order = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
const compare = (a: Scored, b: Scored): number => a.score - b.score || order(a.nameKey, b.nameKey) || order(a.id, b.id);

/**
 * The ids of one page of `rows` by health at `now` (weakest first, then by name and id), after the
 * cursor position `after` ([score, nameKey, id]), and the position of the page's last row when
 * more follow.
 * @throws AppError `validation_failed` naming `cursor` when `after` is not a health position.
 */
export function pageByHealth(
  rows: readonly HealthDbRow[],
  settings: Pick<AccountSettings, 'cadenceDays'>,
  now: Date,
  after: Key[] | null,
  limit: number,
): { ids: string[]; next: Key[] | null } {
  let from: Scored | null = null;
  if (after) {
    const [score, nameKey, id] = after;
    if (typeof score !== 'number' || typeof nameKey !== 'string' || typeof id !== 'string') throw invalidCursor();
    from = { score, nameKey, id };
  }
  const scored: Scored[] = [];
  for (const row of rows) {
    const summary = {
      interactionCount: row.interaction_count,
      twoWayCount: row.two_way_count,
      firstAt: row.first_at,
      lastAt: row.last_at,
      gives: row.gives,
      asks: row.asks,
      thanks: row.thanks,
      givesReceived: row.gives_received,
      asksReceived: row.asks_received,
      thanksReceived: row.thanks_received,
    };
    const record = { summary, createdAt: row.created_at, tier: row.tier as Tier, cadenceDays: row.cadence_days };
    const entry = { score: scoreHealthAt(record, settings, now), nameKey: row.name_key, id: row.id };
    if (!from || compare(entry, from) > 0) scored.push(entry);
  }
  scored.sort(compare);
  const page = scored.slice(0, limit);
  const last = page.at(-1);
  return {
    ids: page.map((s) => s.id),
    next: scored.length > limit && last ? [last.score, last.nameKey, last.id] : null,
  };
}
