/**
 * Aligned plain-text tables measured in terminal columns (string-width), so names with accents,
 * CJK characters or emoji line up; over-long cells are cut at a grapheme with an ellipsis.
 */
import stringWidth from 'string-width';

export interface TableOptions {
  /** Spaces before every line. */
  indent?: number;
  /** Columns aligned right (numbers), by index. */
  alignRight?: readonly number[];
  /** Widest a cell may be, in terminal columns; longer text ends in "…". Default 40. */
  maxCellWidth?: number;
}

const segmenter = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

/** Cuts `text` to at most `max` terminal columns, ending in "…" when something was cut. */
export function truncate(text: string, max: number): string {
  if (stringWidth(text) <= max) return text;
  let out = '';
  let width = 0;
  for (const { segment } of segmenter.segment(text)) {
    const w = stringWidth(segment);
    if (width + w > max - 1) break;
    out += segment;
    width += w;
  }
  return `${out}…`;
}

/** Pads `text` with spaces to `width` terminal columns. */
export function pad(text: string, width: number, right = false): string {
  const fill = ' '.repeat(Math.max(0, width - stringWidth(text)));
  return right ? fill + text : text + fill;
}

/** Renders a header row, a rule and the rows, columns separated by two spaces; no trailing newline. */
export function renderTable(
  headers: readonly string[],
  rows: readonly (readonly string[])[],
  options: TableOptions = {},
): string {
  const max = options.maxCellWidth ?? 40;
  const cells = [headers, ...rows].map((row) =>
    headers.map((_, i) => truncate((row[i] ?? '').replace(/\s+/g, ' '), max)),
  );
  const widths = headers.map((_, i) => Math.max(...cells.map((row) => stringWidth(row[i] ?? ''))));
  const indent = ' '.repeat(options.indent ?? 0);
  const line = (row: readonly string[]) =>
    indent +
    row
      .map((cell, i) => pad(cell, widths[i] ?? 0, options.alignRight?.includes(i) ?? false))
      .join('  ')
      .trimEnd();
  const rule = indent + widths.map((w) => '─'.repeat(w)).join('  ');
  const [head = [], ...body] = cells;
  return [line(head), rule, ...body.map(line)].join('\n');
}

/** Renders label/value pairs with the labels padded to one width. */
export function renderPairs(pairs: readonly (readonly [string, string])[], indent = 2): string {
  const width = Math.max(0, ...pairs.map(([label]) => stringWidth(label)));
  return pairs.map(([label, value]) => `${' '.repeat(indent)}${pad(label, width)}  ${value}`).join('\n');
}
