/**
 * Calendar operations: calendar.export (a one-off .ics of due check-ins and follow-ups),
 * calendar.feed.create / revoke / get (a secret, revocable subscription URL) and calendar.feed.open
 * (the feed behind such a URL, in the account's language).
 */
import { AppError } from '../errors.js';
import type {
  CalendarFeedStore,
  CalendarQueries,
  Clock,
  IdGenerator,
  SecretGenerator,
  SettingsStore,
} from '../ports.js';
import { calendarWeeks, planCalendarEvents } from '../calendar/feed.js';
import { writeICalendar } from '../calendar/ical.js';
import { translate } from '../i18n/translate.js';
import type { RequestContext } from './context.js';

/** At most this many check-ins and this many follow-ups per feed, the earliest first. */
const MAX_EVENTS_PER_KIND = 1000;
const DAY_MS = 86_400_000;

type CalendarDeps = { calendarQueries: CalendarQueries; settings: SettingsStore; clock: Clock };

function checkWeeks(weeks: number | undefined): number {
  const w = weeks ?? calendarWeeks.default;
  if (!Number.isInteger(w) || w < calendarWeeks.min || w > calendarWeeks.max) {
    const message = `Expected a whole number of weeks from ${calendarWeeks.min} to ${calendarWeeks.max}.`;
    throw new AppError('validation_failed', `Invalid weeks: ${message}`, { issues: [{ field: 'weeks', message }] });
  }
  return w;
}

/**
 * calendar.export: an iCalendar document (RFC 5545) with an all-day event for every check-in due
 * within `weeks` (overdue ones on today) and every pending follow-up, in the caller's language.
 * @throws AppError `validation_failed` for `weeks` outside 1..52.
 */
export async function exportCalendar(
  deps: CalendarDeps,
  ctx: RequestContext,
  options: { weeks?: number } = {},
): Promise<string> {
  const weeks = checkWeeks(options.weeks);
  const now = deps.clock.now();
  const until = new Date(now.getTime() + weeks * 7 * DAY_MS);
  const [settings, checkIns, followUps] = await Promise.all([
    deps.settings.get(ctx.accountId),
    deps.calendarQueries.checkInsDue(ctx.accountId, until, MAX_EVENTS_PER_KIND),
    deps.calendarQueries.followUpsDue(ctx.accountId, until, MAX_EVENTS_PER_KIND),
  ]);
  const t = (key: string) => translate(ctx.locale, { key });
  const events = planCalendarEvents({ checkIns, followUps }, settings, now).map((e) => ({
    uid: e.uid,
    date: e.date,
    summary: translate(ctx.locale, e.summary),
    description: `${translate(ctx.locale, e.reason)}\n\n${translate(ctx.locale, e.suggestion)}`,
    categories: [t(e.kind === 'check-in' ? 'calendar.categoryCheckIn' : 'calendar.categoryFollowUp')],
  }));
  return writeICalendar({
    name: t('calendar.name'),
    description: t('calendar.description'),
    stamp: now,
    refreshHours: 6,
    events,
  });
}

/** A feed token carries its account, so the lookup stays inside one account; the rest is secret. */
function encodeAccount(accountId: string): string {
  return [...accountId].map((ch) => (ch.codePointAt(0) ?? 0).toString(16).padStart(2, '0')).join('-');
}

function decodeAccount(encoded: string): string | null {
  if (!/^[0-9a-f]{2,6}(-[0-9a-f]{2,6})*$/.test(encoded)) return null;
  try {
    return String.fromCodePoint(...encoded.split('-').map((h) => parseInt(h, 16)));
  } catch {
    return null;
  }
}

/** The account a feed token names, or null when it is not a feed token. */
export function accountOfFeedToken(token: string): string | null {
  const dot = token.indexOf('.');
  if (dot <= 0 || dot === token.length - 1) return null;
  return decodeAccount(token.slice(0, dot));
}

export interface CalendarFeedInfo {
  active: boolean;
  createdAt: string | null;
}

/** calendar.feed.get: whether the account has an active feed, and since when. The token is never shown again. */
export async function getCalendarFeed(
  deps: { calendarFeeds: CalendarFeedStore },
  ctx: RequestContext,
): Promise<CalendarFeedInfo> {
  const feed = await deps.calendarFeeds.active(ctx.accountId);
  return { active: feed !== null, createdAt: feed?.createdAt ?? null };
}

/**
 * calendar.feed.create: makes a new secret feed token, revoking the previous one (rotation). The
 * token is returned this once; only its hash is stored.
 */
export async function createCalendarFeed(
  deps: { calendarFeeds: CalendarFeedStore; secrets: SecretGenerator; ids: IdGenerator; clock: Clock },
  ctx: RequestContext,
): Promise<{ token: string; createdAt: string }> {
  const token = `${encodeAccount(ctx.accountId)}.${deps.secrets.token()}`;
  const createdAt = deps.clock.now().toISOString();
  await deps.calendarFeeds.replace(ctx.accountId, { id: deps.ids.next(), token, createdAt });
  return { token, createdAt };
}

/**
 * calendar.feed.revoke: the feed URL stops working at once.
 * @throws AppError `not_found` when the account has no active feed.
 */
export async function revokeCalendarFeed(
  deps: { calendarFeeds: CalendarFeedStore; clock: Clock },
  ctx: RequestContext,
): Promise<void> {
  const revoked = await deps.calendarFeeds.revoke(ctx.accountId, deps.clock.now().toISOString());
  if (!revoked)
    throw new AppError('not_found', 'There is no active calendar feed to revoke.', { kind: 'calendar-feed' });
}

/**
 * calendar.feed.open: the calendar behind a feed token, in the account's own language.
 * @throws AppError `not_found` for an unknown, malformed or revoked token (the same answer for each,
 *   so a guess learns nothing).
 */
export async function openCalendarFeed(
  deps: CalendarDeps & { calendarFeeds: CalendarFeedStore },
  token: string,
  options: { weeks?: number } = {},
): Promise<string> {
  const accountId = accountOfFeedToken(token);
  if (accountId === null || !(await deps.calendarFeeds.verify(accountId, token))) {
    throw new AppError('not_found', 'No calendar feed at this address: it may have been revoked or replaced.', {
      kind: 'calendar-feed',
    });
  }
  const { locale } = await deps.settings.get(accountId);
  return exportCalendar(deps, { accountId, locale }, options);
}
