/**
 * metrics.get: the quality of the network (active, ghosts, gives vs asks and over time, tier fill,
 * cadence kept per tier, where contacts come from) with the coach's insights and verdicts.
 */
import type { Clock, MetricsQueries, SettingsStore } from '../ports.js';
import { buildNetworkMetrics, type NetworkMetrics } from '../metrics/network-metrics.js';
import type { SourceBreakdown, SourceDimension } from '../metrics/sources.js';
import { translate } from '../i18n/translate.js';
import type { RequestContext } from './context.js';

/** A source breakdown with its verdict rendered. */
export type SourceBreakdownJson = Omit<SourceBreakdown, 'verdict'> & { verdict: string };

export type NetworkMetricsJson = Omit<NetworkMetrics, 'insights' | 'sources'> & {
  sources: Record<SourceDimension, SourceBreakdownJson>;
  insights: string[];
};

/** metrics.get: network metrics for the account, insights and verdicts rendered in the caller's language. */
export async function getMetrics(
  deps: { metrics: MetricsQueries; settings: SettingsStore; clock: Clock },
  ctx: RequestContext,
): Promise<NetworkMetricsJson> {
  const now = deps.clock.now();
  const [counts, settings] = await Promise.all([
    deps.metrics.counts(ctx.accountId, now),
    deps.settings.get(ctx.accountId),
  ]);
  const metrics = buildNetworkMetrics(counts, settings, now);
  const render = (s: SourceBreakdown): SourceBreakdownJson => ({ ...s, verdict: translate(ctx.locale, s.verdict) });
  return {
    ...metrics,
    sources: {
      context: render(metrics.sources.context),
      sector: render(metrics.sources.sector),
      company: render(metrics.sources.company),
    },
    insights: metrics.insights.map((m) => translate(ctx.locale, m)),
  };
}
