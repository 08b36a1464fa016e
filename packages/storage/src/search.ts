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

/** The condition selecting the contacts (table `contacts`) that match every word. */
export function searchCondition(dialect: Dialect, terms: SearchTerms): RawBuilder<SqlBool> {
  const parts: RawBuilder<unknown>[] = [];
  if (terms.long.length > 0) {
    if (dialect === 'sqlite') {
      // Dialect branch (SQLite): each word a quoted FTS5 phrase; with the trigram tokenizer a phrase
      // matches as a substring. The FTS rowid is the contact's rowid.
      const match = terms.long.map((w) => `"${w.replaceAll('"', '""')}"`).join(' AND ');
      parts.push(sql`contacts.rowid in (select rowid from contact_search where contact_search match ${match})`);
    } else {
      // Dialect branch (PostgreSQL): LIKE '%word%' is served by the gin_trgm_ops index.
      for (const w of terms.long) parts.push(sql`contacts.search_text like ${`%${escapeLike(w)}%`} escape '\\'`);
    }
  }
  for (const w of terms.short) {
    const prefix = escapeLike(w);
    parts.push(
      sql`(contacts.name_key like ${`${prefix}%`} escape '\\' or contacts.name_key like ${`% ${prefix}%`} escape '\\')`,
    );
  }
  return sql<SqlBool>`(${sql.join(parts, sql` and `)})`;
}

/**
 * Names that start with the whole query (`inside`), or the others. A range on the byte-ordered
 * name key, so it can use the name index and stays in name order.
 */
export function namePrefix(terms: SearchTerms, inside: boolean): RawBuilder<SqlBool> {
  const chars = [...terms.folded];
  const lastChar = chars.pop() ?? '';
  let next = (lastChar.codePointAt(0) ?? 0) + 1;
  if (next >= 0xd800 && next <= 0xdfff) next = 0xe000;
  const upper = chars.join('') + String.fromCodePoint(next);
  return inside
    ? sql<SqlBool>`(contacts.name_key >= ${terms.folded} and contacts.name_key < ${upper})`
    : sql<SqlBool>`(contacts.name_key < ${terms.folded} or contacts.name_key >= ${upper})`;
}
