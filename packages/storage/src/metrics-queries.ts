/**
 * The MetricsQueries port: network counts over the whole account in one grouped query (by circle,
 * tier, context and stage), folded into totals here. Archived contacts are left out.
 */
import { sql } from 'kysely';
import type { MetricsQueries, NetworkCounts } from '@nexo/core';
import { toDbBool, type StorageContext } from './database.js';

const DAY_MS = 86_400_000;
export const ACTIVE_DAYS = 90;
export const GHOST_DAYS = 365;

/** The MetricsQueries of one database. */
export function createMetricsQueries(ctx: StorageContext): MetricsQueries {
  return {
    async counts(accountId, now) {
      const nowIso = now.toISOString();
      const activeSince = new Date(now.getTime() - ACTIVE_DAYS * DAY_MS).toISOString();
      const ghostBefore = new Date(now.getTime() - GHOST_DAYS * DAY_MS).toISOString();
      const rows = await ctx.db
        .selectFrom('contacts')
        .select((eb) => [
          'circle',
          'tier',
          'context',
          'stage',
          eb.fn.countAll<number>().as('total'),
          eb.fn.coalesce(eb.fn.sum<number>('gives'), sql<number>`0`).as('gives'),
          eb.fn.coalesce(eb.fn.sum<number>('asks'), sql<number>`0`).as('asks'),
          eb.fn.coalesce(eb.fn.sum<number>('thanks'), sql<number>`0`).as('thanks'),
          sql<number>`sum(case when last_two_way_at >= ${activeSince} and last_two_way_at <= ${nowIso} then 1 else 0 end)`.as(
            'active',
          ),
          sql<number>`sum(case when (last_at is null or last_at < ${ghostBefore}) and two_way_count = 0 then 1 else 0 end)`.as(
            'ghosts',
          ),
          sql<number>`sum(case when due_at <= ${nowIso} then 1 else 0 end)`.as('overdue'),
        ])
        .where('accountId', '=', accountId)
        .where('archived', '=', toDbBool(ctx.dialect, false))
        .groupBy(['circle', 'tier', 'context', 'stage'])
        .execute();

      const counts: NetworkCounts = {
        totalContacts: 0,
        activeRelationships: 0,
        ghosts: 0,
        gives: 0,
        asks: 0,
        thanks: 0,
        byCircle: {},
        byTier: {},
        byContext: {},
        byStage: {},
        overdue: 0,
      };
      const add = (map: Record<string, number>, key: string, n: number) => (map[key] = (map[key] ?? 0) + n);
      for (const r of rows) {
        const total = Number(r.total);
        counts.totalContacts += total;
        counts.activeRelationships += Number(r.active);
        counts.ghosts += Number(r.ghosts);
        counts.gives += Number(r.gives);
        counts.asks += Number(r.asks);
        counts.thanks += Number(r.thanks);
        counts.overdue += Number(r.overdue);
        add(counts.byCircle, r.circle, total);
        add(counts.byTier, r.tier, total);
        if (r.context !== null) add(counts.byContext, r.context, total);
        add(counts.byStage, r.stage, total);
      }
      return counts;
    },
  };
}
