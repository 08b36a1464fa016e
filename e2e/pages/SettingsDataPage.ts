/** Page object for the data cards of Settings: export, backup and restore, calendar feed. */
import type { Download, Locator, Page } from 'playwright-core';

export class SettingsDataPage {
  constructor(readonly page: Page) {}

  card(title: string): Locator {
    return this.page.locator('section.card').filter({ has: this.page.getByRole('heading', { name: title }) });
  }

  get calendar(): Locator {
    return this.card('Calendar feed');
  }

  get backup(): Locator {
    return this.card('Backup and restore');
  }

  /** Clicks a download link and waits for the file. */
  async download(link: Locator): Promise<Download> {
    const [download] = await Promise.all([this.page.waitForEvent('download'), link.click()]);
    return download;
  }

  /** Creates (or rotates) the feed and returns the address shown. */
  async createFeed(): Promise<string> {
    await this.calendar.getByRole('button', { name: /Create feed address|Make a new address/ }).click();
    const field = this.calendar.getByLabel('Feed address');
    await field.waitFor();
    return field.inputValue();
  }

  async stopFeed(): Promise<void> {
    await this.calendar.getByRole('button', { name: 'Stop the feed' }).click();
    await this.calendar.getByText('No feed yet.').waitFor();
  }

  async restore(file: { name: string; mimeType: string; buffer: Buffer }): Promise<void> {
    await this.backup.getByLabel('Restore a backup').setInputFiles(file);
  }
}
