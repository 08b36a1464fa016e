/**
 * Contact search as you type, accent- and case-insensitive, on the folded `search_text`. Words of 3+
 * characters match anywhere (an FTS5 trigram index on SQLite, a pg_trgm GIN index on PostgreSQL);
 * shorter words match the start of a word of the name. Every word must match.
 */
import { sql, type RawBuilder, type SqlBool } from 'kysely';
import { foldForSearch } from '@nexo/core';
import type { Dialect } from './database.js';

export interface SearchTerms {
  /** The whole query, folded: names starting with it rank first. */
  folded: string;
  /** Words of 3+ characters: substring match on search_text. */
  long: string[];
  /** Words of 1-2 characters: word-prefix match on the name. */
  short: string[];
}

/** Splits a query into folded words; null when nothing is left to search for. */
export function parseSearch(query: string | undefined): SearchTerms | null {
  const folded = foldForSearch(query ?? '');
  if (folded === '') return null;
  const words = [...new Set(folded.split(' '))];
  return { folded, long: words.filter((w) => w.length >= 3), short: words.filter((w) => w.length < 3) };
}

/** Escapes LIKE wildcards; used with `escape '\'`. */
export function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}

/**
 * The values a search binds, computed once per query text: a query compiled once (prepared.ts)
 * takes them as arguments.
 */
export interface SearchValues {
  /** SQLite: the FTS5 query of the long words (each a quoted phrase); null without long words. */
  match: string | null;
  /** PostgreSQL: a `%word%` LIKE pattern per long word. */
  likes: string[];
  /** Per short word: the name starts with it (`start`), or a later word of the name does (`word`). */
  prefixes: { start: string; word: string }[];
}

export function searchValues(dialect: Dialect, terms: SearchTerms): SearchValues {
  const long = terms.long;
  return {
    // Dialect branch (SQLite): each word a quoted FTS5 phrase; with the trigram tokenizer a phrase
    // matches as a substring. (PostgreSQL): LIKE '%word%', served by the gin_trgm_ops index.
    match:
      dialect === 'sqlite' && long.length > 0 ? long.map((w) => `"${w.replaceAll('"', '""')}"`).join(' AND ') : null,
    likes: dialect === 'postgres' ? long.map((w) => `%${escapeLike(w)}%`) : [],
    prefixes: terms.short.map((w) => ({ start: `${escapeLike(w)}%`, word: `% ${escapeLike(w)}%` })),
  };
}

/** The condition selecting the contacts (table `contacts`) that match every word. */
export function searchCondition(values: SearchValues): RawBuilder<SqlBool> {
  const parts: RawBuilder<unknown>[] = [];
  // The FTS rowid is the contact's rowid.
  if (values.match !== null)
    parts.push(sql`contacts.rowid in (select rowid from contact_search where contact_search match ${values.match})`);
  for (const like of values.likes) parts.push(sql`contacts.search_text like ${like} escape '\\'`);
  for (const p of values.prefixes) {
    parts.push(sql`(contacts.name_key like ${p.start} escape '\\' or contacts.name_key like ${p.word} escape '\\')`);
  }
  return sql<SqlBool>`(${sql.join(parts, sql` and `)})`;
}

/** The range of byte-ordered name keys that start with the whole query. */
export interface NameRange {
  lower: string;
  /** Exclusive: the query with its last character bumped by one code point. */
  upper: string;
}

export function nameRange(terms: SearchTerms): NameRange {
  const chars = [...terms.folded];
  const lastChar = chars.pop() ?? '';
  let next = (lastChar.codePointAt(0) ?? 0) + 1;
  if (next >= 0xd800 && next <= 0xdfff) next = 0xe000;
  return { lower: terms.folded, upper: chars.join('') + String.fromCodePoint(next) };
}

/**
 * Names that start with the whole query (`inside`), or the others. A range on the byte-ordered
 * name key, so it can use the name index and stays in name order.
 */
export function namePrefix(range: NameRange, inside: boolean): RawBuilder<SqlBool> {
  return inside
    ? sql<SqlBool>`(contacts.name_key >= ${range.lower} and contacts.name_key < ${range.upper})`
    : sql<SqlBool>`(contacts.name_key < ${range.lower} or contacts.name_key >= ${range.upper})`;
}
