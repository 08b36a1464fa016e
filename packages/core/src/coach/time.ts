/** Whole-day arithmetic on ISO timestamps, shared by the coach and the agenda. Pure: `now` is passed in. */

export const DAY_MS = 86_400_000;

/** Whole days from `iso` to `now` (negative when `iso` is in the future), rounded down. */
export function daysSince(iso: string, now: Date): number {
  return Math.floor((now.getTime() - Date.parse(iso)) / DAY_MS);
}

/** Clamps `value` into [min, max]. */
export function clamp(value: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, value));
}
