/** Builds the chart.js configurations of the Insights page from the metrics and the theme colours. */
import type { ChartConfiguration } from 'chart.js';
import type { ThemeColors } from './useThemeColors';

type Config = ChartConfiguration<'bar' | 'doughnut'>;

function common(colors: ThemeColors, legend: boolean) {
  return {
    responsive: true,
    maintainAspectRatio: false,
    animation: false as const,
    plugins: { legend: { display: legend, labels: { color: colors.text } } },
  };
}

export function doughnut(labels: string[], values: number[], colors: ThemeColors, palette?: string[]): Config {
  return {
    type: 'doughnut',
    data: {
      labels,
      datasets: [{ data: values, backgroundColor: palette ?? colors.series, borderColor: colors.grid, borderWidth: 1 }],
    },
    options: { ...common(colors, true), cutout: '55%' },
  };
}

/** Bars, one group per label; `stacked` piles the datasets up (parts of one whole per label). */
export function bars(
  labels: string[],
  datasets: { label: string; data: number[]; color: string | string[] }[],
  colors: ThemeColors,
  horizontal = false,
  stacked = false,
): Config {
  const axis = { stacked, ticks: { color: colors.muted, precision: 0 }, grid: { color: colors.grid } };
  return {
    type: 'bar',
    data: {
      labels,
      datasets: datasets.map((d) => ({ label: d.label, data: d.data, backgroundColor: d.color, borderRadius: 4 })),
    },
    options: {
      ...common(colors, datasets.length > 1),
      indexAxis: horizontal ? 'y' : 'x',
      scales: { x: { ...axis, beginAtZero: true }, y: { ...axis, beginAtZero: true } },
    },
  };
}
