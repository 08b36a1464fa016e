/**
 * Insights (loaded on demand with chart.js): the quality of the network from GET /metrics as charts,
 * each with a text summary, and the coach's observations and verdicts in the user's language:
 * relationships, gives vs asks (totals and by month), tiers, cadence kept per tier, where contacts
 * come from (context, sector, company) and how concentrated that is, circles and stages.
 */
import { useQuery } from '@tanstack/react-query';
import { useMemo, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { metricsQuery } from '../api/queries';
import {
  cadenceStates,
  circles,
  stages,
  tiers,
  type NetworkMetrics,
  type SourceBreakdown,
  type SourceDimension,
} from '../api/types';
import { ErrorBanner } from '../components/ErrorBanner';
import { usePageTitle } from '../hooks/usePageTitle';
import { formatNumber, formatPercent } from '../i18n/format';
import { ChartCanvas } from '../insights/ChartCanvas';
import { bars, doughnut } from '../insights/chart-configs';
import { useThemeColors } from '../insights/useThemeColors';
import { Icon } from '../components/Icon';

function ChartCard({ id, title, note, children }: { id: string; title: string; note?: string; children: ReactNode }) {
  return (
    <section className="card" aria-labelledby={id}>
      <h2 id={id}>{title}</h2>
      {children}
      {note && (
        <p className="muted small" style={{ margin: '0.5rem 0 0' }}>
          {note}
        </p>
      )}
    </section>
  );
}

const sourceTitles: Record<SourceDimension, string> = {
  context: 'insights.byContext',
  sector: 'insights.bySector',
  company: 'insights.byCompany',
};

function useCharts(m: NetworkMetrics | undefined) {
  const { t, i18n } = useTranslation();
  const colors = useThemeColors();
  const lang = i18n.language;
  return useMemo(() => {
    if (!m) return null;
    const n = (x: number) => formatNumber(x, lang);
    const summary = (label: string, pairs: [string, number][]) =>
      t('insights.chartSummary', { label, values: pairs.map(([k, v]) => `${k} ${n(v)}`).join(', ') });
    const others = Math.max(0, m.totalContacts - m.activeRelationships - m.ghosts);
    const relLabels = [t('insights.active'), t('insights.others'), t('insights.ghosts')];
    const relValues = [m.activeRelationships, others, m.ghosts];
    const exLabels = [t('insights.gives'), t('insights.asks'), t('insights.thanks')];
    const exValues = [m.gives, m.asks, m.thanks];
    const tierLabels = tiers.map((x) => t(`enum.tier.${x}`));
    const monthFormat = new Intl.DateTimeFormat(lang, { month: 'short', year: '2-digit', timeZone: 'UTC' });
    const monthLabels = m.exchangesByMonth.map((e) => monthFormat.format(new Date(`${e.month}-01T00:00:00Z`)));
    const exchangeSeries = [
      { label: t('insights.gives'), data: m.exchangesByMonth.map((e) => e.gives), color: colors.series[0] ?? '' },
      { label: t('insights.asks'), data: m.exchangesByMonth.map((e) => e.asks), color: colors.series[1] ?? '' },
      { label: t('insights.thanks'), data: m.exchangesByMonth.map((e) => e.thanks), color: colors.series[2] ?? '' },
    ];
    const cadenceLabels = cadenceStates.map((s) => t(`insights.cadenceState.${s}`));
    const cadencePalette = [colors.series[0], colors.series[2], colors.series[1], colors.series[3]];
    const source = (dimension: SourceDimension, s: SourceBreakdown, color: string) => {
      const entries: [string, number][] = s.top.map((e) => [
        dimension === 'context' ? t(`enum.context.${e.value}`, { defaultValue: e.value }) : e.value,
        e.count,
      ]);
      if (s.other > 0) entries.push([t('insights.otherValues'), s.other]);
      return {
        config: bars(
          entries.map(([l]) => l),
          [{ label: t('insights.size'), data: entries.map(([, v]) => v), color }],
          colors,
          true,
        ),
        summary: summary(t(sourceTitles[dimension]), entries),
        facts:
          s.known > 0
            ? t('insights.concentrationFacts', {
                top3: formatPercent(s.top3Share, lang),
                distinct: n(s.distinct),
                hhi: formatNumber(Math.round(s.hhi * 100) / 100, lang),
              })
            : '',
        unknown: s.unknown > 0 ? t('insights.unknownValues', { count: s.unknown }) : '',
      };
    };
    const circleEntries = circles.map((c) => [t(`enum.circle.${c}`), m.byCircle[c] ?? 0] as [string, number]);
    const stageEntries = stages.map((s) => [t(`enum.stage.${s}`), m.byStage[s] ?? 0] as [string, number]);
    return {
      relationships: {
        config: doughnut(relLabels, relValues, colors, [
          colors.series[0] ?? '',
          colors.series[3] ?? '',
          colors.series[1] ?? '',
        ]),
        summary: summary(
          t('insights.relationships'),
          relLabels.map((l, i) => [l, relValues[i] ?? 0]),
        ),
      },
      exchanges: {
        config: bars(
          exLabels,
          [{ label: t('insights.total'), data: exValues, color: colors.series.slice(0, 3) }],
          colors,
        ),
        summary: summary(
          t('insights.givesAsks'),
          exLabels.map((l, i) => [l, exValues[i] ?? 0]),
        ),
      },
      tiers: {
        config: bars(
          tierLabels,
          [
            { label: t('insights.size'), data: tiers.map((x) => m.tiers[x].size), color: colors.series[0] ?? '' },
            { label: t('insights.target'), data: tiers.map((x) => m.tiers[x].target), color: colors.series[3] ?? '' },
          ],
          colors,
        ),
        summary: summary(
          t('insights.tierFill'),
          tiers.map((x, i) => [`${tierLabels[i] ?? x} ${n(m.tiers[x].size)}/`, m.tiers[x].target]),
        ),
      },
      overTime: {
        config: bars(monthLabels, exchangeSeries, colors),
        summary: summary(
          t('insights.overTime'),
          m.exchangesByMonth.map((e, i) => [
            `${monthLabels[i] ?? e.month}: ${t('insights.gives')} ${n(e.gives)}, ${t('insights.asks')} ${n(e.asks)}, ${t('insights.thanks')}`,
            e.thanks,
          ]),
        ),
      },
      sources: {
        context: source('context', m.sources.context, colors.series[4] ?? ''),
        sector: source('sector', m.sources.sector, colors.series[5] ?? ''),
        company: source('company', m.sources.company, colors.series[9] ?? ''),
      },
      circles: {
        config: doughnut(
          circleEntries.map(([l]) => l),
          circleEntries.map(([, v]) => v),
          colors,
        ),
        summary: summary(t('insights.circles'), circleEntries),
      },
      stages: {
        config: bars(
          stageEntries.map(([l]) => l),
          [{ label: t('insights.size'), data: stageEntries.map(([, v]) => v), color: colors.series[2] ?? '' }],
          colors,
        ),
        summary: summary(t('insights.stages'), stageEntries),
      },
      cadence: {
        config: bars(
          tierLabels,
          cadenceStates.map((state, i) => ({
            label: cadenceLabels[i] ?? state,
            data: tiers.map((x) => m.cadenceByTier[x][state]),
            color: cadencePalette[i] ?? '',
          })),
          colors,
          false,
          true,
        ),
        summary: summary(
          t('insights.cadence'),
          tiers.flatMap((x, ti) =>
            cadenceStates.map(
              (state, i) =>
                [`${tierLabels[ti] ?? x} ${cadenceLabels[i] ?? state}`, m.cadenceByTier[x][state]] as [string, number],
            ),
          ),
        ),
      },
    };
  }, [m, t, lang, colors]);
}

export default function InsightsPage() {
  const { t, i18n } = useTranslation();
  usePageTitle(t('insights.title'));
  const metrics = useQuery(metricsQuery());
  const m = metrics.data;
  const charts = useCharts(m);
  const n = (x: number) => formatNumber(x, i18n.language);

  return (
    <>
      <div className="page-head">
        <div>
          <h1>{t('insights.title')}</h1>
          <p>{t('insights.subtitle')}</p>
        </div>
      </div>
      <ErrorBanner error={metrics.error} onRetry={metrics.isError ? () => void metrics.refetch() : undefined} />
      {metrics.isPending && (
        <p className="spinner" role="status">
          {t('app.loading')}
        </p>
      )}
      {m && charts && (
        <>
          <div className="kpis">
            <div className="card kpi">
              <div className="muted small">{t('insights.kpiTotal')}</div>
              <div className="value">{n(m.totalContacts)}</div>
            </div>
            <div className="card kpi">
              <div className="muted small">{t('insights.kpiActive')}</div>
              <div className="value">{n(m.activeRelationships)}</div>
              <div className="small muted">{formatPercent(m.activeShare, i18n.language)}</div>
            </div>
            <div className="card kpi">
              <div className="muted small">{t('insights.kpiGhosts')}</div>
              <div className="value">{n(m.ghosts)}</div>
              <div className="small muted">{formatPercent(m.ghostShare, i18n.language)}</div>
            </div>
            <div className="card kpi">
              <div className="muted small">{t('insights.kpiOverdue')}</div>
              <div className="value">{n(m.overdue)}</div>
            </div>
          </div>
          <section className="card callout" aria-labelledby="coach-insights" style={{ marginBottom: '1rem' }}>
            <h2 id="coach-insights">
              <Icon name="bulb" /> {t('insights.coach')}
            </h2>
            <ul className="insight-list" data-testid="insights">
              {m.insights.map((line) => (
                <li key={line}>{line}</li>
              ))}
            </ul>
          </section>
          <div className="grid">
            <ChartCard id="ch-rel" title={t('insights.relationships')} note={t('insights.relationshipsHelp')}>
              <ChartCanvas {...charts.relationships} testId="chart-relationships" />
            </ChartCard>
            <ChartCard
              id="ch-ex"
              title={t('insights.givesAsks')}
              note={`${t('insights.giveShare', { percent: formatPercent(m.giveShare, i18n.language) })}. ${t('insights.givesAsksNote')}`}
            >
              <ChartCanvas {...charts.exchanges} />
            </ChartCard>
            <ChartCard id="ch-tiers" title={t('insights.tierFill')}>
              <ChartCanvas {...charts.tiers} />
            </ChartCard>
            <ChartCard id="ch-time" title={t('insights.overTime')} note={t('insights.overTimeNote')}>
              <ChartCanvas {...charts.overTime} testId="chart-over-time" />
            </ChartCard>
            <ChartCard id="ch-cadence" title={t('insights.cadence')} note={t('insights.cadenceNote')}>
              <ChartCanvas {...charts.cadence} testId="chart-cadence" />
            </ChartCard>
          </div>
          <h2 className="section-title">{t('insights.contexts')}</h2>
          <div className="grid">
            {(['context', 'sector', 'company'] as const).map((dimension) => {
              const chart = charts.sources[dimension];
              const breakdown = m.sources[dimension];
              return (
                <ChartCard key={dimension} id={`ch-src-${dimension}`} title={t(sourceTitles[dimension])}>
                  <p className="callout small" data-testid={`verdict-${dimension}`}>
                    {breakdown.verdict}
                  </p>
                  {breakdown.known > 0 ? (
                    <ChartCanvas config={chart.config} summary={chart.summary} testId={`chart-source-${dimension}`} />
                  ) : (
                    <p className="muted small">{t('insights.emptyChart')}</p>
                  )}
                  <p className="muted small" style={{ margin: '0.5rem 0 0' }}>
                    {[chart.facts, chart.unknown].filter(Boolean).join(' · ')}
                  </p>
                </ChartCard>
              );
            })}
          </div>
          <div className="grid" style={{ marginTop: '1rem' }}>
            <ChartCard id="ch-circles" title={t('insights.circles')}>
              <ChartCanvas {...charts.circles} />
            </ChartCard>
            <ChartCard id="ch-stages" title={t('insights.stages')}>
              <ChartCanvas {...charts.stages} />
            </ChartCard>
          </div>
        </>
      )}
    </>
  );
}
