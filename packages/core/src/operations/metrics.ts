/** metrics.get: the quality of the network (active, ghosts, gives vs asks, tier fill) with insights. */
import type { Clock, MetricsQueries, SettingsStore } from '../ports.js';
import { buildNetworkMetrics, type NetworkMetrics } from '../metrics/network-metrics.js';
import { translate } from '../i18n/translate.js';
import type { RequestContext } from './context.js';

export type NetworkMetricsJson = Omit<NetworkMetrics, 'insights'> & { insights: string[] };

/** metrics.get: network metrics for the account, insights rendered in the caller's language. */
export async function getMetrics(
  deps: { metrics: MetricsQueries; settings: SettingsStore; clock: Clock },
  ctx: RequestContext,
): Promise<NetworkMetricsJson> {
  const [counts, settings] = await Promise.all([
    deps.metrics.counts(ctx.accountId, deps.clock.now()),
    deps.settings.get(ctx.accountId),
  ]);
  const metrics = buildNetworkMetrics(counts, settings);
  return { ...metrics, insights: metrics.insights.map((m) => translate(ctx.locale, m)) };
}
