/**
 * Plain-language observations on a network's quality: the share of active relationships first,
 * then the few things most worth acting on (ghosts, taking more than giving, crowded close tiers...).
 */
import { contactContexts } from '../contacts/types.js';
import type { Message } from '../i18n/message.js';
import type { NetworkMetrics } from './network-metrics.js';

/** Thresholds for the observations, named so tests and docs can quote them. */
export const insightRules = {
  /** Ghosts worth a remark from this share of the network. */
  ghostShare: 0.3,
  /** Giving is praised from this share of gives among gives and asks... */
  goodGiveShare: 0.6,
  /** ...once there are at least this many. */
  minExchanges: 3,
  /** One context is "most of the network" from this share, with at least `minForDiversity` contacts. */
  dominantContextShare: 0.6,
  minForDiversity: 10,
  maxInsights: 5,
} as const;

const percent = (share: number): number => Math.round(share * 100);

/** 2-5 observations, most important first. */
export function networkInsights(m: Omit<NetworkMetrics, 'insights'>): Message[] {
  if (m.totalContacts === 0) return [{ key: 'metrics.empty' }, { key: 'metrics.qualityReminder' }];
  const out: Message[] = [
    {
      key: 'metrics.active',
      params: { active: m.activeRelationships, total: m.totalContacts, percent: percent(m.activeShare) },
    },
  ];
  if (m.ghosts > 0 && m.ghostShare >= insightRules.ghostShare) {
    out.push({ key: 'metrics.ghosts', params: { count: m.ghosts, percent: percent(m.ghostShare) } });
  }
  if (m.asks > m.gives) out.push({ key: 'metrics.askingMoreThanGiving', params: { gives: m.gives, asks: m.asks } });
  for (const tier of ['inner', 'key'] as const) {
    const t = m.tiers[tier];
    if (t.size > t.target)
      out.push({ key: 'metrics.tierOverTarget', params: { tier, count: t.size, target: t.target } });
  }
  if (m.overdue > 0) out.push({ key: 'metrics.overdue', params: { count: m.overdue } });
  // "Other" says nothing about diversity, so it never counts as the dominant context.
  const dominant = contactContexts
    .filter((context) => context !== 'other')
    .map((context) => ({ context, count: m.byContext[context] ?? 0 }))
    .reduce((a, b) => (b.count > a.count ? b : a));
  const dominantShare = dominant.count / m.totalContacts;
  if (m.totalContacts >= insightRules.minForDiversity && dominantShare >= insightRules.dominantContextShare) {
    out.push({ key: 'metrics.oneContext', params: { context: dominant.context, percent: percent(dominantShare) } });
  }
  if (m.gives + m.asks >= insightRules.minExchanges && m.giveShare >= insightRules.goodGiveShare) {
    out.push({ key: 'metrics.givingWell', params: { percent: percent(m.giveShare) } });
  }
  if (out.length < 2) out.push({ key: 'metrics.qualityReminder' });
  return out.slice(0, insightRules.maxInsights);
}
