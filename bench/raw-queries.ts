/**
 * The raw baselines: what each measured operation reads, as hand-written SQL run directly on the
 * driver. Shared shape here; one implementation per engine (raw-sqlite.ts, raw-postgres.ts).
 */
import { foldForSearch } from '@nexo/core';

export interface RawBaselines {
  /** The four agenda candidate queries and the settings read, as `agenda.today` issues them. */
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
  /** The grouped aggregate of the metrics and the settings read. */
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
