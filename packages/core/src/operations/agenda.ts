/** agenda.today: who to reach out to now and why, ranked, with a concrete next action each. */
import type { AgendaQueries, Clock, GiveStore, SettingsStore } from '../ports.js';
import { agendaWindows, buildAgenda, type AgendaItemKind } from '../agenda/today.js';
import { translate } from '../i18n/translate.js';
import type { RequestContext } from './context.js';
import { pickLibraryGives, type LibraryPick } from './agenda-gives.js';

const DAY_MS = 86_400_000;

/** One agenda line as adapters show it; `id` is the contact's id. */
export interface AgendaEntry {
  id: string;
  contactId: string;
  name: string;
  kind: AgendaItemKind;
  reason: string;
  suggestion: string;
  score: number;
  dueAt: string | null;
  daysOverdue: number;
  /** Other reasons the same person is due today, less urgent than `kind`, rendered. */
  also: { kind: AgendaItemKind; reason: string }[];
  /** The give-library item the suggestion names, when one fits this person. */
  giveItem?: { id: string; title: string; url: string | null };
}

/**
 * agenda.today: gathers the few candidate sets from storage and lets the coach rank them.
 * @example await today({ agenda, settings, clock }, ctx, { limit: 20 })
 */
export async function today(
  deps: {
    agenda: AgendaQueries;
    settings: SettingsStore;
    clock: Clock;
    /** The give library: when an item fits a person, the suggestion names it. */
    gives?: GiveStore;
  },
  ctx: RequestContext,
  options: { limit?: number } = {},
): Promise<AgendaEntry[]> {
  const limit = Math.min(Math.max(options.limit ?? 20, 1), 200);
  const now = deps.clock.now();
  // Each candidate set is over-fetched so the ranking can still pick the best `limit` overall.
  const pool = limit * 3;
  // The give library is read alongside the candidates (not after them): one round trip fewer.
  const [settings, overdue, followUpsDue, thanksOwed, awaitingFirstGive, library] = await Promise.all([
    deps.settings.get(ctx.accountId),
    deps.agenda.overdue(ctx.accountId, now, pool),
    deps.agenda.followUpsDue(ctx.accountId, now, pool),
    deps.agenda.thanksOwed(ctx.accountId, pool, now),
    deps.agenda.awaitingFirstGive(
      ctx.accountId,
      new Date(now.getTime() - agendaWindows.firstGiveDays * DAY_MS),
      pool,
      now,
    ),
    deps.gives ? deps.gives.list(ctx.accountId) : [],
  ]);
  const items = buildAgenda({ overdue, followUpsDue, thanksOwed, awaitingFirstGive }, settings, now, limit);
  const picks = deps.gives
    ? await pickLibraryGives(deps.gives, ctx.accountId, library, items, [
        ...overdue,
        ...followUpsDue,
        ...awaitingFirstGive,
      ])
    : new Map<string, LibraryPick>();
  return items.map((item) => ({
    id: item.contactId,
    contactId: item.contactId,
    name: item.name,
    kind: item.kind,
    reason: translate(ctx.locale, item.reason),
    suggestion: translate(ctx.locale, picks.get(item.contactId)?.suggestion ?? item.suggestion),
    score: item.score,
    dueAt: item.dueAt,
    daysOverdue: item.daysOverdue,
    also: item.also.map((a) => ({ kind: a.kind, reason: translate(ctx.locale, a.reason) })),
    ...(picks.has(item.contactId) ? { giveItem: picks.get(item.contactId)?.giveItem } : {}),
  }));
}
