/** agenda.today: who to reach out to now and why, ranked, with a concrete next action each. */
import type { AgendaQueries, Clock, SettingsStore } from '../ports.js';
import { agendaWindows, buildAgenda, type AgendaItemKind } from '../agenda/today.js';
import { translate } from '../i18n/translate.js';
import type { RequestContext } from './context.js';

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
}

/**
 * agenda.today: gathers the few candidate sets from storage and lets the coach rank them.
 * @example await today({ agenda, settings, clock }, ctx, { limit: 20 })
 */
export async function today(
  deps: { agenda: AgendaQueries; settings: SettingsStore; clock: Clock },
  ctx: RequestContext,
  options: { limit?: number } = {},
): Promise<AgendaEntry[]> {
  const limit = Math.min(Math.max(options.limit ?? 20, 1), 200);
  const now = deps.clock.now();
  // Each candidate set is over-fetched so the ranking can still pick the best `limit` overall.
  const pool = limit * 3;
  const [settings, overdue, followUpsDue, thanksOwed, awaitingFirstGive] = await Promise.all([
    deps.settings.get(ctx.accountId),
    deps.agenda.overdue(ctx.accountId, now, pool),
    deps.agenda.followUpsDue(ctx.accountId, now, pool),
    deps.agenda.thanksOwed(ctx.accountId, pool),
    deps.agenda.awaitingFirstGive(ctx.accountId, new Date(now.getTime() - agendaWindows.firstGiveDays * DAY_MS), pool),
  ]);
  const items = buildAgenda({ overdue, followUpsDue, thanksOwed, awaitingFirstGive }, settings, now, limit);
  return items.map((item) => ({
    id: item.contactId,
    contactId: item.contactId,
    name: item.name,
    kind: item.kind,
    reason: translate(ctx.locale, item.reason),
    suggestion: translate(ctx.locale, item.suggestion),
    score: item.score,
    dueAt: item.dueAt,
    daysOverdue: item.daysOverdue,
  }));
}
