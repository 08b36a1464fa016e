/**
 * CSV dialect and rows: detects the delimiter (',' ';' or TAB) and reads rows with papaparse,
 * tolerant of ragged rows and stray quotes, each row with the 1-based line where it starts.
 */
import { Readable } from 'node:stream';
import Papa from 'papaparse';
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

/** What papaparse needs: the delimiter; quotes are RFC 4180's and a quote inside a field is kept. */
const config = (delimiter: Delimiter) => ({ delimiter, quoteChar: '"', skipEmptyLines: false }) as const;

/**
 * Numbers rows by the line they start on and drops blank lines. Blank lines are read as rows (one
 * empty cell) so that they are counted; a line break inside a quoted cell counts too (CRLF, LF or
 * a lone CR, as editors count them).
 */
class LineCounter {
  constructor(private line = 1) {}

  next(cells: string[]): CsvRow | null {
    const start = this.line;
    let inner = 0;
    for (const cell of cells) inner += countBreaks(cell);
    this.line = start + 1 + inner;
    return cells.length === 1 && cells[0] === '' ? null : { cells, line: start };
  }
}

function countBreaks(cell: string): number {
  let n = 0;
  for (let i = cell.indexOf('\n'), j = cell.indexOf('\r'); i !== -1 || j !== -1;) {
    n += 1;
    if (j !== -1 && (i === -1 || j < i)) {
      const after = j + (cell[j + 1] === '\n' ? 2 : 1);
      i = cell.indexOf('\n', after);
      j = cell.indexOf('\r', after);
    } else {
      i = cell.indexOf('\n', i + 1);
    }
  }
  return n;
}

/** Reads all rows of a CSV text. */
export function readCsvRows(text: string, delimiter: Delimiter): CsvRow[] {
  const { data } = Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), config(delimiter));
  const counter = new LineCounter();
  const rows: CsvRow[] = [];
  for (const cells of data) {
    const row = counter.next(cells);
    if (row) rows.push(row);
  }
  return rows;
}

/**
 * Reads rows from CSV text chunks as they arrive, a batch of rows per chunk. `skipLines` line breaks
 * are dropped first (a preamble already read from the sample), and row lines still count from the
 * start of the file. Papaparse reads the chunks and hands over each chunk's rows at once; it is
 * paused until the batch is taken, so memory holds about one chunk whatever the file size.
 */
export async function* readCsvRowsStream(
  chunks: AsyncIterable<string>,
  delimiter: Delimiter,
  skipLines = 0,
): AsyncGenerator<CsvRow[]> {
  if (skipLines > 0) chunks = dropLines(chunks, skipLines);
  const batches: string[][][] = [];
  let parser: Papa.Parser | undefined;
  let finished = false;
  let failure: unknown;
  let wake: (() => void) | undefined;
  const signal = () => {
    wake?.();
    wake = undefined;
  };
  const input = Readable.from(chunks);
  Papa.parse<string[]>(input, {
    ...config(delimiter),
    chunk(results, p) {
      batches.push(results.data);
      parser = p;
      p.pause();
      signal();
    },
    complete() {
      finished = true;
      signal();
    },
    error(error: unknown) {
      failure = error;
      finished = true;
      signal();
    },
  });
  const counter = new LineCounter(skipLines + 1);
  try {
    for (;;) {
      const batch = batches.shift();
      if (batch) {
        const rows: CsvRow[] = [];
        for (const cells of batch) {
          const row = counter.next(cells);
          if (row) rows.push(row);
        }
        if (batches.length === 0 && !finished) parser?.resume();
        if (rows.length > 0) yield rows;
        continue;
      }
      if (failure !== undefined) throw failure;
      if (finished) return;
      await new Promise<void>((resolve) => (wake = resolve));
    }
  } finally {
    // A consumer that stops early (an import that failed) closes the source too.
    if (!finished) {
      parser?.abort();
      input.destroy();
    }
  }
}

/** The text after its first `count` line breaks (CRLF, LF or a lone CR, as LineCounter counts them). */
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
