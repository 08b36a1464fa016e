/** Date reading for imports: vCard BDAY forms, spreadsheet birthdays and LinkedIn "Connected On". */

const months: Record<string, number> = {
  jan: 1,
  feb: 2,
  mar: 3,
  apr: 4,
  may: 5,
  jun: 6,
  jul: 7,
  aug: 8,
  sep: 9,
  oct: 10,
  nov: 11,
  dec: 12,
};

const pad = (n: number) => String(n).padStart(2, '0');

function valid(y: number | null, m: number, d: number): boolean {
  if (m < 1 || m > 12 || d < 1) return false;
  const days = new Date(Date.UTC(y ?? 2000, m, 0)).getUTCDate();
  return d <= days;
}

function format(y: number | null, m: number, d: number): string | null {
  if (!valid(y, m, d)) return null;
  return y == null ? `--${pad(m)}-${pad(d)}` : `${String(y).padStart(4, '0')}-${pad(m)}-${pad(d)}`;
}

/**
 * Reads a birthday as vCard and spreadsheets write it: `19800322`, `1980-03-22`, `--0203`,
 * `--02-03`, `1980-03-22T00:00:00Z`, `3/22/1980`, `22.03.1980`; null when it is not a date.
 * Year 1604 (Apple's "no year") and 0000 become `--MM-DD`.
 */
export function parseBirthday(raw: string): string | null {
  const v = raw.trim();
  let m = /^(\d{4})-?(\d{2})-?(\d{2})(?:T.*)?$/.exec(v);
  if (m) {
    const y = Number(m[1]);
    return format(y === 1604 || y === 0 ? null : y, Number(m[2]), Number(m[3]));
  }
  m = /^--(\d{2})-?(\d{2})$/.exec(v);
  if (m) return format(null, Number(m[1]), Number(m[2]));
  m = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(v);
  if (m) return format(Number(m[3]), Number(m[1]), Number(m[2]));
  m = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(v);
  if (m) return format(Number(m[3]), Number(m[2]), Number(m[1]));
  m = /^(\d{1,2}) ([A-Za-z]{3})[a-z]* (\d{4})$/.exec(v);
  if (m) {
    const month = months[(m[2] ?? '').toLowerCase()];
    if (month) return format(Number(m[3]), month, Number(m[1]));
  }
  return null;
}

/**
 * Reads LinkedIn's "Connected On": `09 Oct 2024` (current export) or `1/8/18, 6:14 PM` (older
 * export, month first, two-digit year); returns `YYYY-MM-DD` or null.
 */
export function parseConnectedOn(raw: string): string | null {
  const v = raw.trim();
  let m = /^(\d{1,2})\s+([A-Za-z]{3})[a-z]*\.?\s+(\d{4})$/.exec(v);
  if (m) {
    const month = months[(m[2] ?? '').toLowerCase()];
    return month ? format(Number(m[3]), month, Number(m[1])) : null;
  }
  m = /^(\d{1,2})\/(\d{1,2})\/(\d{2}|\d{4})(?:,?\s+\d{1,2}:\d{2}(?::\d{2})?\s*(?:[AP]M)?)?$/i.exec(v);
  if (m) {
    const y = Number(m[3]);
    return format(y < 100 ? 2000 + y : y, Number(m[1]), Number(m[2]));
  }
  m = /^(\d{4})-(\d{2})-(\d{2})/.exec(v);
  if (m) return format(Number(m[1]), Number(m[2]), Number(m[3]));
  return null;
}
