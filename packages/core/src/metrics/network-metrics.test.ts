// Network metrics and their plain-language observations.
import { describe, expect, it } from 'vitest';
import type { NetworkCounts } from '../ports.js';
import { defaultSettings } from '../settings/types.js';
import { buildNetworkMetrics } from './network-metrics.js';
import { countsFromMap } from './sources.js';

const now = new Date('2026-03-10T12:00:00.000Z');

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
    exchangesByMonth: [],
    sources: { sector: countsFromMap({}), company: countsFromMap({}) },
    cadenceByTier: {},
    ...overrides,
  };
}

const keysOf = (m: { insights: { key: string }[] }) => m.insights.map((i) => i.key);

describe('buildNetworkMetrics', () => {
  it('computes shares and fills absent keys with 0', () => {
    const m = buildNetworkMetrics(counts(), defaultSettings, now);
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
      now,
    );
    expect([m.activeShare, m.ghostShare, m.giveShare]).toEqual([0, 0, 0]);
    expect(keysOf(m)).toEqual(['metrics.empty', 'metrics.qualityReminder']);
  });

  it('leads with active relationships and praises giving in a healthy network', () => {
    expect(keysOf(buildNetworkMetrics(counts(), defaultSettings, now))).toEqual([
      'metrics.active',
      'metrics.givingWell',
    ]);
  });

  it('points out ghosts, asking more than giving, a crowded inner tier and overdue check-ins', () => {
    const m = buildNetworkMetrics(
      counts({ ghosts: 20, gives: 2, asks: 6, byTier: { inner: 9 }, overdue: 7 }),
      defaultSettings,
      now,
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
    const oneContext = buildNetworkMetrics(counts({ byContext: { work: 35, other: 5 } }), defaultSettings, now);
    expect(oneContext.insights).toContainEqual({ key: 'metrics.oneContext', params: { context: 'work', percent: 88 } });
    const busy = buildNetworkMetrics(
      counts({ ghosts: 20, gives: 2, asks: 6, byTier: { inner: 9, key: 30 }, overdue: 7, byContext: { work: 40 } }),
      defaultSettings,
      now,
    );
    expect(busy.insights).toHaveLength(5);
  });
});

describe('gives vs asks over time, cadence per tier and where contacts come from', () => {
  it('shows the last twelve UTC months oldest first, with empty months as zeros', () => {
    const m = buildNetworkMetrics(
      counts({
        exchangesByMonth: [
          { month: '2026-03', gives: 4, asks: 1, thanks: 2 },
          { month: '2025-04', gives: 1, asks: 0, thanks: 0 },
          { month: '2025-03', gives: 9, asks: 9, thanks: 9 },
        ],
      }),
      defaultSettings,
      now,
    );
    expect(m.exchangesByMonth.map((e) => e.month)).toEqual([
      '2025-04',
      '2025-05',
      '2025-06',
      '2025-07',
      '2025-08',
      '2025-09',
      '2025-10',
      '2025-11',
      '2025-12',
      '2026-01',
      '2026-02',
      '2026-03',
    ]);
    expect(m.exchangesByMonth[0]).toEqual({ month: '2025-04', gives: 1, asks: 0, thanks: 0 });
    expect(m.exchangesByMonth[5]).toEqual({ month: '2025-09', gives: 0, asks: 0, thanks: 0 });
    expect(m.exchangesByMonth.at(-1)).toEqual({ month: '2026-03', gives: 4, asks: 1, thanks: 2 });
  });

  it('gives every tier its cadence states, zeros where storage had none', () => {
    const m = buildNetworkMetrics(
      counts({ cadenceByTier: { key: { onTrack: 3, dueSoon: 1, overdue: 2, neverContacted: 4 } } }),
      defaultSettings,
      now,
    );
    expect(m.cadenceByTier.key).toEqual({ onTrack: 3, dueSoon: 1, overdue: 2, neverContacted: 4 });
    expect(m.cadenceByTier.inner).toEqual({ onTrack: 0, dueSoon: 0, overdue: 0, neverContacted: 0 });
  });

  it('breaks contexts down from byContext, with the top three share and the Herfindahl index', () => {
    const m = buildNetworkMetrics(counts(), defaultSettings, now);
    // work 15, university 10, friend 5, none 10 of 40 contacts: 40 known values, "none" included.
    expect(m.sources.context).toMatchObject({
      top: [
        { value: 'work', count: 15 },
        { value: 'none', count: 10 },
        { value: 'university', count: 10 },
        { value: 'friend', count: 5 },
      ],
      other: 0,
      unknown: 0,
      known: 40,
      distinct: 4,
      top3Share: 35 / 40,
      concentration: 'concentrated',
    });
    expect(m.sources.context.hhi).toBeCloseTo((225 + 100 + 100 + 25) / 1600);
  });

  it('says whether companies are spread, leaning or concentrated, and when there are too few to tell', () => {
    const company = (spread: Record<string, number>) =>
      buildNetworkMetrics(
        counts({ sources: { sector: countsFromMap({}), company: countsFromMap(spread) } }),
        defaultSettings,
        now,
      ).sources.company;
    const spread = company(Object.fromEntries(Array.from({ length: 20 }, (_, i) => [`Company ${i}`, 2])));
    expect(spread).toMatchObject({ concentration: 'diverse', known: 40, unknown: 0, other: 30, distinct: 20 });
    expect(spread.verdict).toEqual({
      key: 'metrics.sources.company.diverse',
      params: { top: 'Company 0', percent: 5, top3: 15, known: 40, total: 40 },
    });
    expect(company({ Acme: 10, Globex: 8, Initech: 6, Umbrella: 6, Hooli: 5, Stark: 5 }).concentration).toBe(
      'moderate',
    );
    const concentrated = company({ Acme: 30, Globex: 5 });
    expect(concentrated).toMatchObject({ concentration: 'concentrated', unknown: 5, top3Share: 1 });
    expect(concentrated.verdict.params).toMatchObject({ top: 'Acme', percent: 86, top3: 100 });
    expect(company({ Acme: 9 })).toMatchObject({ concentration: 'too-few', known: 9, unknown: 31 });
    expect(company({})).toMatchObject({ concentration: 'too-few', known: 0, hhi: 0, top3Share: 0, top: [] });
    expect(company({}).verdict.key).toBe('metrics.sources.company.none');
    expect(company({ Acme: 9 }).verdict.key).toBe('metrics.sources.company.too-few');
  });
});
