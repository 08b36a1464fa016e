// Tables line up in terminal columns whatever the script: accents, CJK, emoji.
import stringWidth from 'string-width';
import { describe, expect, it } from 'vitest';
import { renderTable, truncate } from './table.js';
import { relativeDate } from './format.js';

describe('renderTable', () => {
  it('aligns columns by display width', () => {
    const table = renderTable(
      ['NAME', 'CITY'],
      [
        ['José', 'Lisboa'],
        ['山田太郎', 'Tōkyō'],
        ['Zoë 👩‍💻', 'Roma'],
      ],
    );
    const lines = table.split('\n');
    const cityColumn = (line: string, city: string) => stringWidth(line.slice(0, line.indexOf(city)));
    expect(lines[0]).toBe('NAME      CITY');
    expect(cityColumn(lines[2] ?? '', 'Lisboa')).toBe(10);
    expect(cityColumn(lines[3] ?? '', 'Tōkyō')).toBe(10);
    expect(cityColumn(lines[4] ?? '', 'Roma')).toBe(10);
  });

  it('right-aligns number columns and indents', () => {
    expect(
      renderTable(
        ['K', 'N'],
        [
          ['a', '5'],
          ['b', '100'],
        ],
        { indent: 2, alignRight: [1] },
      ).split('\n'),
    ).toEqual(['  K    N', '  ─  ───', '  a    5', '  b  100']);
  });
});

describe('truncate', () => {
  it('cuts at a grapheme and marks the cut', () => {
    expect(truncate('short', 10)).toBe('short');
    expect(truncate('山田太郎さん', 7)).toBe('山田太…');
    expect(stringWidth(truncate('👩‍💻👩‍💻👩‍💻👩‍💻', 5))).toBeLessThanOrEqual(5);
  });
});

describe('relativeDate', () => {
  const now = new Date(2026, 4, 10, 12);
  it('speaks in days, months and years in the reader language', () => {
    expect(relativeDate(new Date(2026, 4, 7, 9).toISOString(), now, 'en')).toBe('3 days ago');
    expect(relativeDate(new Date(2026, 4, 7, 9).toISOString(), now, 'es')).toBe('hace 3 días');
    expect(relativeDate(new Date(2026, 4, 11, 9).toISOString(), now, 'en')).toBe('tomorrow');
    expect(relativeDate(new Date(2024, 4, 1).toISOString(), now, 'pt')).toBe('há 2 anos');
    expect(relativeDate(null, now, 'it')).toBe('');
  });
});
