// Network metrics and their plain-language observations.
import { describe, expect, it } from 'vitest';
import type { NetworkCounts } from '../ports.js';
import { defaultSettings } from '../settings/types.js';
import { buildNetworkMetrics } from './network-metrics.js';

function counts(overrides: Partial<NetworkCounts> = {}): NetworkCounts {
  return {
    totalContacts: 40,
    activeRelationships: 12,
    ghosts: 4,
    gives: 10,
    asks: 5,
    thanks: 3,
    byCircle: { professional: 30, personal: 10 },
    byTier: { inner: 4, key: 10, network: 20, wide: 6 },
    byContext: { work: 15, university: 10, friend: 5, none: 10 },
    byStage: { established: 12, acquainted: 8 },
    overdue: 0,
    ...overrides,
  };
}

const keysOf = (m: { insights: { key: string }[] }) => m.insights.map((i) => i.key);

describe('buildNetworkMetrics', () => {
  it('computes shares and fills absent keys with 0', () => {
    const m = buildNetworkMetrics(counts(), defaultSettings);
    expect(m.activeShare).toBeCloseTo(0.3);
    expect(m.ghostShare).toBeCloseTo(0.1);
    expect(m.giveShare).toBeCloseTo(10 / 15);
    expect(m.byCircle).toEqual({ professional: 30, personal: 10, both: 0 });
    expect(m.byStage).toEqual({
      none: 0,
      'first-contact': 0,
      'second-contact': 0,
      acquainted: 8,
      established: 12,
      trusted: 0,
    });
    expect(m.byContext).toMatchObject({ work: 15, sport: 0, none: 10 });
    expect(m.tiers.inner).toEqual({ size: 4, target: 5, fill: 0.8 });
  });

  it('has zero shares, not NaN, for an empty network, and says where to start', () => {
    const m = buildNetworkMetrics(
      counts({ totalContacts: 0, activeRelationships: 0, ghosts: 0, gives: 0, asks: 0, byTier: {}, byContext: {} }),
      defaultSettings,
    );
    expect([m.activeShare, m.ghostShare, m.giveShare]).toEqual([0, 0, 0]);
    expect(keysOf(m)).toEqual(['metrics.empty', 'metrics.qualityReminder']);
  });

  it('leads with active relationships and praises giving in a healthy network', () => {
    expect(keysOf(buildNetworkMetrics(counts(), defaultSettings))).toEqual(['metrics.active', 'metrics.givingWell']);
  });

  it('points out ghosts, asking more than giving, a crowded inner tier and overdue check-ins', () => {
    const m = buildNetworkMetrics(
      counts({ ghosts: 20, gives: 2, asks: 6, byTier: { inner: 9 }, overdue: 7 }),
      defaultSettings,
    );
    expect(keysOf(m)).toEqual([
      'metrics.active',
      'metrics.ghosts',
      'metrics.askingMoreThanGiving',
      'metrics.tierOverTarget',
      'metrics.overdue',
    ]);
    expect(m.insights[1]?.params).toEqual({ count: 20, percent: 50 });
    expect(m.insights[3]?.params).toEqual({ tier: 'inner', count: 9, target: 5 });
  });

  it('notices when most contacts come from one context and keeps to five insights', () => {
    const oneContext = buildNetworkMetrics(counts({ byContext: { work: 35, other: 5 } }), defaultSettings);
    expect(oneContext.insights).toContainEqual({ key: 'metrics.oneContext', params: { context: 'work', percent: 88 } });
    const busy = buildNetworkMetrics(
      counts({ ghosts: 20, gives: 2, asks: 6, byTier: { inner: 9, key: 30 }, overdue: 7, byContext: { work: 40 } }),
      defaultSettings,
    );
    expect(busy.insights).toHaveLength(5);
  });
});
