/** Dates and small values shown in the reader's language with Intl: "3 days ago", "hace 3 días". */
import type { Locale } from '@nexo/core';

const DAY_MS = 86_400_000;

/**
 * A date relative to `now` in whole days, months or years: "today", "yesterday", "in 5 days",
 * "3 months ago". Empty for null.
 */
export function relativeDate(iso: string | null, now: Date, locale: Locale): string {
  if (iso === null) return '';
  const rtf = new Intl.RelativeTimeFormat(locale, { numeric: 'auto' });
  const days = Math.round((startOfDay(new Date(iso)) - startOfDay(now)) / DAY_MS);
  const abs = Math.abs(days);
  if (abs < 45) return rtf.format(days, 'day');
  if (abs < 365) return rtf.format(Math.round(days / 30.44), 'month');
  return rtf.format(Math.round(days / 365.25), 'year');
}

/** A calendar date such as "3 May 2026" / "3 may 2026". Empty for null. */
export function formatDate(iso: string | null, locale: Locale): string {
  if (iso === null) return '';
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium' }).format(new Date(iso));
}

/** A date with its relative form: "3 May 2026 (in 5 days)". */
export function formatDateWithRelative(iso: string | null, now: Date, locale: Locale): string {
  if (iso === null) return '';
  return `${formatDate(iso, locale)} (${relativeDate(iso, now, locale)})`;
}

/** A ratio 0..1 as a percentage in the reader's language. */
export function formatPercent(ratio: number, locale: Locale): string {
  return new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 }).format(ratio);
}

// Local calendar days, so "yesterday" means what the person at the terminal thinks it means.
function startOfDay(date: Date): number {
  return new Date(date.getFullYear(), date.getMonth(), date.getDate()).getTime();
}
