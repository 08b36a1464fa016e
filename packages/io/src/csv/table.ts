/**
 * From CSV rows to contacts: finds the header row (after any preamble), hands each data row to the
 * format's mapper and reports skipped rows and the columns that were not mapped.
 */
import { importProblemText } from '@nexo/core';
import { finishDraft, type Draft, type Where } from '../draft.js';
import type { ImportFormat, ImportProblem, StreamItem } from '../types.js';
import type { CsvRow } from './dialect.js';

/** What a format's mapper returns for a data row: a draft, or a reason to skip the row. */
export type RowResult = { draft: Draft } | { skip: ImportProblem } | null;

/** Maps the rows of one CSV format, given its header. */
export interface RowMapper {
  /** Indexes of the columns the mapper reads. */
  readonly used: ReadonlySet<number>;
  map(cells: string[], where: Where): RowResult;
}

/** A CSV format: how to recognise its header and how to map its rows. */
export interface CsvFormat {
  format: Exclude<ImportFormat, 'vcard' | 'json'>;
  /** 0 when the row is not this format's header, higher the surer. */
  scoreHeader(cells: string[]): number;
  createMapper(header: string[]): RowMapper;
}

/** How many rows may come before the header (LinkedIn's "Notes:" preamble is 2-3). */
const maxPreambleRows = 20;

/** Reads CSV rows of one format into contacts, in order. */
export class CsvContactReader {
  private mapper: RowMapper | null = null;
  private header: string[] = [];
  private headerLine = 0;
  private seen = 0;
  private record = 0;
  private readonly filled = new Set<number>();
  private readonly preamble: CsvRow[] = [];

  constructor(private readonly csv: CsvFormat) {}

  /** Feeds one row. */
  push(row: CsvRow): StreamItem[] {
    if (!this.mapper) return this.lookForHeader(row);
    if (row.cells.every((c) => c.trim() === '')) return [];
    this.record++;
    const where = { record: this.record, line: row.line };
    row.cells.forEach((c, i) => {
      if (c.trim() !== '') this.filled.add(i);
    });
    if (row.cells.length > this.header.length && row.cells.slice(this.header.length).some((c) => c.trim() !== '')) {
      this.filled.add(-1);
    }
    const result = this.mapper.map(row.cells, where);
    if (!result) return [];
    if ('skip' in result) return [{ problem: result.skip }];
    const { contact, problems } = finishDraft(result.draft, { format: this.csv.format, ...where });
    return [{ contact }, ...problems.map((problem) => ({ problem }))];
  }

  /** Reports a missing header or the columns that held data but were not mapped. */
  end(): StreamItem[] {
    if (!this.mapper) {
      const line = this.preamble[0]?.line ?? null;
      return [
        {
          problem: {
            record: null,
            line,
            severity: 'error',
            code: 'no-header',
            ...importProblemText('noHeader', { format: this.csv.format, rows: maxPreambleRows }),
          },
        },
      ];
    }
    return this.dropped().map((name) => ({
      problem: {
        record: null,
        line: this.headerLine,
        severity: 'warning' as const,
        code: 'dropped-column',
        ...importProblemText('droppedColumn', { name }),
      },
    }));
  }

  /** Names of columns that held data in some row but are not mapped. */
  dropped(): string[] {
    const used = this.mapper?.used ?? new Set<number>();
    const names = [...this.filled]
      .filter((i) => i >= 0 && !used.has(i))
      .map((i) => this.header[i]?.trim() || `column ${i + 1}`);
    if (this.filled.has(-1)) names.push('(cells beyond the header)');
    return names;
  }

  private lookForHeader(row: CsvRow): StreamItem[] {
    this.seen++;
    if (this.seen <= maxPreambleRows && this.csv.scoreHeader(row.cells) > 0) {
      this.header = row.cells.map((c) => c.trim());
      this.headerLine = row.line;
      this.mapper = this.csv.createMapper(this.header);
      return [];
    }
    this.preamble.push(row);
    return [];
  }
}

/** Reads a cell by column index, trimmed (tabs and stray spaces too). */
export function cell(cells: string[], index: number | undefined): string {
  if (index === undefined || index < 0) return '';
  return (cells[index] ?? '').replace(/^[\s\uFEFF]+|\s+$/g, '');
}

/** The columns of a header by field name (a field may have several columns), and the cells of a row by field. */
export interface ColumnIndex {
  /** Column positions that map to a field (the others are reported as dropped). */
  used: Set<number>;
  /** The first cell of `field`, trimmed ('' when there is none). */
  get(cells: string[], field: string): string;
  /** Every non-empty cell of `field`, in column order. */
  all(cells: string[], field: string): string[];
}

/** Indexes `header` by the field `fieldOf` gives each column (null or undefined: not mapped). */
export function indexColumns(header: string[], fieldOf: (h: string) => string | null | undefined): ColumnIndex {
  const index = new Map<string, number[]>();
  const used = new Set<number>();
  header.forEach((h, i) => {
    const field = fieldOf(h);
    if (!field) return;
    index.set(field, [...(index.get(field) ?? []), i]);
    used.add(i);
  });
  return {
    used,
    get: (cells, field) => cell(cells, index.get(field)?.[0]),
    all: (cells, field) => (index.get(field) ?? []).map((i) => cell(cells, i)).filter(Boolean),
  };
}
