/**
 * Gives, asks and thanks over time: my exchanges per calendar month (UTC) over the last year, so
 * the user sees whether they keep giving before they ask (principle 2), not only the totals.
 */
import type { MonthExchanges } from '../ports.js';

/** Months shown, the current one included. */
export const exchangeMonths = 12;

const monthOf = (year: number, month: number): string =>
  `${String(year).padStart(4, '0')}-${String(month + 1).padStart(2, '0')}`;

/**
 * The last `months` UTC calendar months up to and including `now`'s, oldest first, and the instant
 * the first of them begins (what storage counts from).
 * @example monthWindow(new Date('2026-03-10T00:00:00Z'), 3) // { since: '2026-01-01T00:00:00.000Z', months: ['2026-01', '2026-02', '2026-03'] }
 */
export function monthWindow(now: Date, months: number = exchangeMonths): { since: string; months: string[] } {
  const year = now.getUTCFullYear();
  const month = now.getUTCMonth();
  const list: string[] = [];
  for (let back = months - 1; back >= 0; back--) {
    const d = new Date(Date.UTC(year, month - back, 1));
    list.push(monthOf(d.getUTCFullYear(), d.getUTCMonth()));
  }
  return { since: new Date(Date.UTC(year, month - (months - 1), 1)).toISOString(), months: list };
}

/** Every month of the window with its counts from `counted` (zeros where storage had none). */
export function fillMonths(counted: readonly MonthExchanges[], now: Date, months: number = exchangeMonths) {
  const byMonth = new Map(counted.map((m) => [m.month, m]));
  return monthWindow(now, months).months.map((month): MonthExchanges => ({
    month,
    gives: byMonth.get(month)?.gives ?? 0,
    asks: byMonth.get(month)?.asks ?? 0,
    thanks: byMonth.get(month)?.thanks ?? 0,
  }));
}
