/**
 * Network metrics that show quality, not vanity (principle 5): active two-way relationships,
 * ghosts, give/ask balance, tiers against their targets, and a few plain-language observations.
 */
import { stages, type Stage } from '../coach/stage.js';
import { circles, contactContexts, tiers, type Circle, type Tier } from '../contacts/types.js';
import type { Message } from '../i18n/message.js';
import type { NetworkCounts } from '../ports.js';
import type { AccountSettings } from '../settings/types.js';
import { networkInsights } from './insights.js';

export interface TierFill {
  size: number;
  target: number;
  /** size / target; 0 when the target is 0. */
  fill: number;
}

export interface NetworkMetrics {
  totalContacts: number;
  activeRelationships: number;
  /** 0-1 */
  activeShare: number;
  ghosts: number;
  ghostShare: number;
  gives: number;
  asks: number;
  thanks: number;
  /** gives / (gives + asks), 0 when none */
  giveShare: number;
  byCircle: Record<Circle, number>;
  byContext: Record<string, number>;
  byStage: Record<Stage, number>;
  tiers: Record<Tier, TierFill>;
  overdue: number;
  /** 2-5 plain-language observations, most important first. */
  insights: Message[];
}

const share = (part: number, whole: number): number => (whole > 0 ? part / whole : 0);

/** `keys` each with its count from `counts` (0 when absent), plus any other keys `counts` has. */
function fill<K extends string>(keys: readonly K[], counts: Record<string, number>): Record<K, number> {
  const out = { ...counts } as Record<K, number>;
  for (const k of keys) out[k] = counts[k] ?? 0;
  return out;
}

/** The metrics of a whole network from the database's counts and the user's tier targets. */
export function buildNetworkMetrics(counts: NetworkCounts, settings: AccountSettings): NetworkMetrics {
  const tierFills = Object.fromEntries(
    tiers.map((t) => {
      const size = counts.byTier[t] ?? 0;
      const target = settings.tierTargets[t];
      return [t, { size, target, fill: share(size, target) }];
    }),
  ) as Record<Tier, TierFill>;
  const metrics: Omit<NetworkMetrics, 'insights'> = {
    totalContacts: counts.totalContacts,
    activeRelationships: counts.activeRelationships,
    activeShare: share(counts.activeRelationships, counts.totalContacts),
    ghosts: counts.ghosts,
    ghostShare: share(counts.ghosts, counts.totalContacts),
    gives: counts.gives,
    asks: counts.asks,
    thanks: counts.thanks,
    giveShare: share(counts.gives, counts.gives + counts.asks),
    byCircle: fill(circles, counts.byCircle),
    byContext: fill(contactContexts, counts.byContext),
    byStage: fill(stages, counts.byStage),
    tiers: tierFills,
    overdue: counts.overdue,
  };
  return { ...metrics, insights: networkInsights(metrics) };
}
