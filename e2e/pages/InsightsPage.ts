/** Page object for Insights: the coach's observations and the charts, each with its text summary. */
import type { Locator, Page } from 'playwright-core';

export type SourceDimension = 'context' | 'sector' | 'company';

export class InsightsPage {
  constructor(readonly page: Page) {}

  get observations(): Locator {
    return this.page.getByTestId('insights');
  }

  /** A chart's canvas; its accessible name is the summary of its numbers. */
  chart(
    testId: 'chart-over-time' | 'chart-cadence' | 'chart-relationships' | `chart-source-${SourceDimension}`,
  ): Locator {
    return this.page.getByTestId(testId);
  }

  async summaryOf(testId: Parameters<InsightsPage['chart']>[0]): Promise<string> {
    return (await this.chart(testId).getAttribute('aria-label')) ?? '';
  }

  /** The coach's verdict on how concentrated one source of contacts is. */
  verdict(dimension: SourceDimension): Locator {
    return this.page.getByTestId(`verdict-${dimension}`);
  }

  /** True once chart.js has drawn something on the canvas (not a blank bitmap). */
  async isDrawn(testId: Parameters<InsightsPage['chart']>[0]): Promise<boolean> {
    return this.chart(testId).evaluate((canvas) => {
      const c = canvas as HTMLCanvasElement;
      const ctx = c.getContext('2d');
      if (!ctx || c.width === 0 || c.height === 0) return false;
      const data = ctx.getImageData(0, 0, c.width, c.height).data;
      for (let i = 3; i < data.length; i += 4) if ((data[i] ?? 0) > 0) return true;
      return false;
    });
  }
}
