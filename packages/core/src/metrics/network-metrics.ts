/**
 * Network metrics that show quality, not vanity (principle 5): active two-way relationships,
 * ghosts, give/ask balance and its last twelve months, tiers against their targets, cadence kept
 * per tier, where contacts come from and how concentrated that is, and plain-language observations.
 */
import { stages, type Stage } from '../coach/stage.js';
import { circles, contactContexts, tiers, type Circle, type Tier } from '../contacts/types.js';
import type { Message } from '../i18n/message.js';
import type { CadenceCounts, MonthExchanges, NetworkCounts } from '../ports.js';
import type { AccountSettings } from '../settings/types.js';
import { fillMonths } from './exchanges.js';
import { networkInsights } from './insights.js';
import { countsFromMap, describeSources, type SourceBreakdown, type SourceDimension } from './sources.js';

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
  /** My gives, asks and thanks per UTC month, the last 12 months oldest first (zeros included). */
  exchangesByMonth: MonthExchanges[];
  /** Where contacts come from, with how concentrated each dimension is and the coach's verdict. */
  sources: Record<SourceDimension, SourceBreakdown>;
  /** Cadence kept vs missed: contacts per tier by cadence state. */
  cadenceByTier: Record<Tier, CadenceCounts>;
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

const noCadence: CadenceCounts = { onTrack: 0, dueSoon: 0, overdue: 0, neverContacted: 0 };

/** The metrics of a whole network from the database's counts (taken at `now`) and the user's tier targets. */
export function buildNetworkMetrics(counts: NetworkCounts, settings: AccountSettings, now: Date): NetworkMetrics {
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
    exchangesByMonth: fillMonths(counts.exchangesByMonth, now),
    sources: {
      context: describeSources('context', countsFromMap(counts.byContext), counts.totalContacts),
      sector: describeSources('sector', counts.sources.sector, counts.totalContacts),
      company: describeSources('company', counts.sources.company, counts.totalContacts),
    },
    cadenceByTier: Object.fromEntries(tiers.map((t) => [t, { ...noCadence, ...counts.cadenceByTier[t] }])) as Record<
      Tier,
      CadenceCounts
    >,
  };
  return { ...metrics, insights: networkInsights(metrics) };
}
