/** Dates, numbers and relative times in the interface language, through Intl. */

const DAY_MS = 86_400_000;

const cache = new Map<string, Intl.DateTimeFormat | Intl.NumberFormat | Intl.RelativeTimeFormat>();

function cached<T extends Intl.DateTimeFormat | Intl.NumberFormat | Intl.RelativeTimeFormat>(
  key: string,
  make: () => T,
): T {
  let f = cache.get(key);
  if (!f) {
    f = make();
    cache.set(key, f);
  }
  return f as T;
}

/** "22 Nov 2026" style, in the language's own order. */
export function formatDate(iso: string | null | undefined, lang: string): string {
  if (!iso) return '';
  const f = cached(`d:${lang}`, () => new Intl.DateTimeFormat(lang, { dateStyle: 'medium' }));
  return f.format(new Date(iso));
}

/** A birthday, `YYYY-MM-DD` ("17 May 1990") or without its year, `--MM-DD` ("17 May"); as stored otherwise. */
export function formatBirthday(value: string, lang: string): string {
  const full = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  const partial = /^--(\d{2})-(\d{2})$/.exec(value);
  if (full) {
    const f = cached(`bd:${lang}`, () => new Intl.DateTimeFormat(lang, { dateStyle: 'long', timeZone: 'UTC' }));
    return f.format(new Date(`${value}T00:00:00Z`));
  }
  if (partial) {
    const f = cached(
      `bm:${lang}`,
      () => new Intl.DateTimeFormat(lang, { day: 'numeric', month: 'long', timeZone: 'UTC' }),
    );
    return f.format(new Date(`2000-${partial[1] ?? '01'}-${partial[2] ?? '01'}T00:00:00Z`));
  }
  return value;
}

export function formatDateTime(iso: string, lang: string): string {
  const f = cached(`dt:${lang}`, () => new Intl.DateTimeFormat(lang, { dateStyle: 'medium', timeStyle: 'short' }));
  return f.format(new Date(iso));
}

export function formatNumber(n: number, lang: string): string {
  return cached(`n:${lang}`, () => new Intl.NumberFormat(lang)).format(n);
}

/** A 0-1 share as a percentage. */
export function formatPercent(share: number, lang: string): string {
  return cached(`p:${lang}`, () => new Intl.NumberFormat(lang, { style: 'percent', maximumFractionDigits: 0 })).format(
    share,
  );
}

/** "3 days ago", "in 2 weeks", "today": whole days, rounded to weeks or months when far. */
export function formatRelative(iso: string | null | undefined, lang: string, now: Date = new Date()): string {
  if (!iso) return '';
  const f = cached(`r:${lang}`, () => new Intl.RelativeTimeFormat(lang, { numeric: 'auto' }));
  const days = Math.round((Date.parse(iso) - now.getTime()) / DAY_MS);
  const abs = Math.abs(days);
  if (abs < 14) return f.format(days, 'day');
  if (abs < 60) return f.format(Math.round(days / 7), 'week');
  if (abs < 730) return f.format(Math.round(days / 30), 'month');
  return f.format(Math.round(days / 365), 'year');
}

/** `YYYY-MM-DD` of a date in local time, for <input type="date">. */
export function toDateInputValue(date: Date): string {
  const y = date.getFullYear();
  const m = String(date.getMonth() + 1).padStart(2, '0');
  const d = String(date.getDate()).padStart(2, '0');
  return `${y}-${m}-${d}`;
}
