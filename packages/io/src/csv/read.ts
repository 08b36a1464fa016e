/** Reads a CSV file of any supported format: decode, detect the delimiter, map rows to contacts. */
import { decodeText } from '../decode.js';
import { collect } from '../vcard/parse.js';
import type { ParseResult, StreamItem } from '../types.js';
import { detectDelimiter, readCsvRows } from './dialect.js';
import { googleCsv } from './google.js';
import { linkedinCsv } from './linkedin.js';
import { outlookCsv } from './outlook.js';
import { CsvContactReader, type CsvFormat } from './table.js';
import { thunderbirdCsv } from './thunderbird.js';

/** Every CSV format, the most specific first. */
export const csvFormats: readonly CsvFormat[] = [linkedinCsv, googleCsv, thunderbirdCsv, outlookCsv];

/** The CSV format whose header appears among the first rows, with its score; null when none does. */
export function classifyCsvRows(rows: string[][]): { csv: CsvFormat; score: number } | null {
  let best: { csv: CsvFormat; score: number } | null = null;
  for (const cells of rows.slice(0, 20)) {
    for (const csv of csvFormats) {
      const score = csv.scoreHeader(cells);
      if (score > 0 && (!best || score > best.score)) best = { csv, score };
    }
    if (best) return best;
  }
  return best;
}

/** The CSV format object for a format name. */
export function csvFormatFor(format: string): CsvFormat {
  const found = csvFormats.find((c) => c.format === format);
  if (!found) throw new Error(`Unknown CSV format ${format}`);
  return found;
}

/** Parses a CSV file in a given format (or the one its header shows when format is omitted). */
export function parseCsv(
  bytes: Uint8Array,
  format: CsvFormat['format'] | undefined,
  encodingHint?: string,
): ParseResult {
  const { text, encoding } = decodeText(bytes, encodingHint);
  const rows = readCsvRows(text, detectDelimiter(text));
  const csv = format ? csvFormatFor(format) : (classifyCsvRows(rows.map((r) => r.cells))?.csv ?? outlookCsv);
  const reader = new CsvContactReader(csv);
  const items: StreamItem[] = [];
  for (const row of rows) items.push(...reader.push(row));
  items.push(...reader.end());
  return collect(csv.format, encoding, items, reader.dropped());
}
