/**
 * CSV dialect and rows: detects the delimiter (',' ';' or TAB) and reads rows with csv-parse,
 * tolerant of ragged rows and stray quotes, each row with the 1-based line where it starts.
 */
import { parse as parseStream } from 'csv-parse';
import { parse as parseSync } from 'csv-parse/sync';
import { foldForSearch } from '@nexo/core';

export type Delimiter = ',' | ';' | '\t';

/** One CSV row and the line where it starts. */
export interface CsvRow {
  cells: string[];
  line: number;
}

/**
 * Picks the delimiter that splits the first lines most often and most consistently, counting only
 * outside quotes (a LinkedIn preamble sentence full of commas does not count).
 */
export function detectDelimiter(text: string): Delimiter {
  const lines = stripQuoted(text.slice(0, 20000))
    .split(/\r?\n|\r/)
    .filter((l) => l.trim() !== '')
    .slice(0, 20);
  let best: Delimiter = ',';
  let bestScore = 0;
  for (const d of [',', ';', '\t'] as const) {
    const counts = lines.map((l) => l.split(d).length - 1).filter((c) => c > 0);
    if (counts.length === 0) continue;
    const mode = Math.max(...counts);
    const consistent = counts.filter((c) => c === mode).length;
    const score = consistent * Math.log2(mode + 1);
    if (score > bestScore) {
      best = d;
      bestScore = score;
    }
  }
  return best;
}

function stripQuoted(s: string): string {
  return s.replace(/"(?:[^"]|"")*"/g, '""');
}

const options = (delimiter: Delimiter) =>
  ({
    delimiter,
    relax_column_count: true,
    relax_quotes: true,
    skip_empty_lines: true,
    bom: true,
    info: true,
  }) as const;

interface InfoRecord {
  record: string[];
  info: { lines: number };
}

function toRow(r: InfoRecord): CsvRow {
  // csv-parse counts CRLF, LF and a lone CR as line ends; so do editors.
  let inner = 0;
  for (const cell of r.record) inner += cell.match(/\r\n|\r|\n/g)?.length ?? 0;
  return { cells: r.record, line: r.info.lines - inner };
}

/** Reads all rows of a CSV text. */
export function readCsvRows(text: string, delimiter: Delimiter): CsvRow[] {
  const records = parseSync(text, options(delimiter)) as unknown as InfoRecord[];
  return records.map(toRow);
}

/**
 * Reads rows from CSV text chunks as they arrive. `skipLines` line breaks are dropped first (a
 * preamble already read from the sample), and row lines still count from the start of the file.
 */
export async function* readCsvRowsStream(
  chunks: AsyncIterable<string>,
  delimiter: Delimiter,
  skipLines = 0,
): AsyncGenerator<CsvRow> {
  // csv-parse fixes the expected number of cells on the first record and, with relax_column_count,
  // builds (and serialises) an error object for every later record of another length: starting at
  // the header instead of a one-cell preamble ("Notes:") keeps 100,000 rows from costing seconds.
  if (skipLines > 0) chunks = dropLines(chunks, skipLines);
  const parser = parseStream(options(delimiter));
  const feeding = (async () => {
    try {
      for await (const chunk of chunks) {
        if (!parser.write(chunk)) await new Promise<void>((resolve) => parser.once('drain', () => resolve()));
      }
      parser.end();
    } catch (error) {
      parser.destroy(error instanceof Error ? error : new Error(String(error)));
    }
  })();
  for await (const r of parser as AsyncIterable<InfoRecord>) {
    const row = toRow(r);
    yield skipLines > 0 ? { cells: row.cells, line: row.line + skipLines } : row;
  }
  await feeding;
}

/** The text after its first `count` line breaks (CRLF, LF or a lone CR, as csv-parse counts them). */
async function* dropLines(chunks: AsyncIterable<string>, count: number): AsyncGenerator<string> {
  let left = count;
  let pendingCr = false;
  for await (let chunk of chunks) {
    if (left > 0) {
      let i = 0;
      if (pendingCr) {
        pendingCr = false;
        if (chunk[0] === '\n') i = 1;
      }
      while (left > 0 && i < chunk.length) {
        const c = chunk[i++];
        if (c === '\n') left--;
        else if (c === '\r') {
          left--;
          if (i === chunk.length) pendingCr = true;
          else if (chunk[i] === '\n') i++;
        }
      }
      chunk = chunk.slice(i);
    } else if (pendingCr) {
      pendingCr = false;
      if (chunk[0] === '\n') chunk = chunk.slice(1);
    }
    if (chunk) yield chunk;
  }
}

/** A header cell as a comparable key: accents folded, lower case, punctuation as single spaces. */
export function headerKey(h: string): string {
  return foldForSearch(h.replace(/^\uFEFF/, ''))
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}
