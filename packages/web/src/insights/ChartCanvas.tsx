/**
 * One chart.js chart on a canvas, rebuilt when its data or colours change. The canvas is an image
 * with a text summary of the numbers, so the chart says the same thing to a screen reader.
 */
import { useEffect, useRef } from 'react';
import type { ChartConfiguration } from 'chart.js';
import { Chart } from './chart-setup';

interface Props {
  config: ChartConfiguration<'bar' | 'doughnut'>;
  summary: string;
  testId?: string;
}

export function ChartCanvas({ config, summary, testId }: Props) {
  const ref = useRef<HTMLCanvasElement>(null);
  useEffect(() => {
    const canvas = ref.current;
    if (!canvas) return;
    const chart = new Chart(canvas, config);
    return () => chart.destroy();
  }, [config]);
  return (
    <div className="chart-box">
      <canvas ref={ref} role="img" aria-label={summary} data-testid={testId}>
        {summary}
      </canvas>
    </div>
  );
}
