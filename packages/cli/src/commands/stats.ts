/** `nexo stats`: network quality (active, ghosts, gives vs asks, tiers against targets) and the coach's insights. */
import type { Command } from 'commander';
import { getMetrics, type LabelGroup, type NetworkMetricsJson } from '@nexo/core';
import type { CliIo } from '../io.js';
import type { Session } from '../session.js';
import { inSession } from './common.js';
import { renderPairs, renderTable } from '../output/table.js';
import { formatPercent } from '../output/format.js';

/** Registers `nexo stats`. */
export function registerStats(program: Command, io: CliIo): void {
  program
    .command('stats')
    .description('how healthy your network is: quality, not vanity')
    .action(
      inSession<object>(io, async (s) => {
        const metrics = await getMetrics(s.services, s.ctx);
        if (s.json) return s.printJson(metrics);
        s.print(renderStats(s, metrics));
      }),
    );
}

function renderStats(s: Session, m: NetworkMetricsJson): string {
  const { t, locale } = s;
  const number = new Intl.NumberFormat(locale);
  const withShare = (n: number, share: number) => `${number.format(n)} (${formatPercent(share, locale)})`;
  const summary = renderPairs([
    [t('stats.total'), number.format(m.totalContacts)],
    [t('stats.active'), withShare(m.activeRelationships, m.activeShare)],
    [t('stats.ghosts'), withShare(m.ghosts, m.ghostShare)],
    [t('stats.overdue'), number.format(m.overdue)],
    [
      t('stats.exchange'),
      t('stats.exchangeValue', {
        gives: m.gives,
        asks: m.asks,
        thanks: m.thanks,
        share: formatPercent(m.giveShare, locale),
      }),
    ],
  ]);
  const tierRows = Object.entries(m.tiers).map(([tier, f]) => [
    s.label('tier', tier),
    number.format(f.size),
    number.format(f.target),
    formatPercent(f.fill, locale),
  ]);
  const tiers = renderTable(
    ['tier', 'size', 'target', 'fill'].map((k) => t(`column.${k}`)),
    tierRows,
    { indent: 2, alignRight: [1, 2, 3] },
  );
  const inline = (group: LabelGroup, counts: Record<string, number>) =>
    Object.entries(counts)
      .filter(([, n]) => n > 0)
      .map(([k, n]) => `${s.label(group, k)} ${number.format(n)}`)
      .join(' · ') || '—';
  const sections = [
    `${t('stats.title')}\n${summary}`,
    `${t('stats.tiers')}\n${tiers}`,
    `${t('stats.stages')}\n  ${inline('stage', m.byStage)}`,
    `${t('stats.circles')}\n  ${inline('circle', m.byCircle)}`,
    `${t('stats.contexts')}\n  ${inline('context', m.byContext)}`,
  ];
  if (m.insights.length > 0) sections.push(`${t('stats.insights')}\n${m.insights.map((i) => `  • ${i}`).join('\n')}`);
  return sections.join('\n\n');
}
