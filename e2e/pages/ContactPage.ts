/** Page object for one contact: quick log with the ask warning, reciprocity, timeline. */
import type { Locator, Page } from 'playwright-core';

export class ContactPage {
  constructor(readonly page: Page) {}

  get quickLog(): Locator {
    return this.page.getByTestId('quick-log');
  }

  async chooseValue(label: 'Keep in touch' | 'Give' | 'Ask' | 'Thanks'): Promise<void> {
    await this.quickLog.getByRole('radio', { name: label, exact: true }).check();
  }

  async chooseKind(label: string): Promise<void> {
    await this.quickLog.getByRole('radio', { name: label, exact: true }).check();
  }

  async note(text: string): Promise<void> {
    await this.quickLog.getByLabel('Note').fill(text);
  }

  async selectAskKind(kind: string): Promise<void> {
    await this.quickLog.getByLabel('What are you asking for?').selectOption(kind);
  }

  get askWarning(): Locator {
    return this.quickLog.getByTestId('ask-warning');
  }

  get saveButton(): Locator {
    return this.quickLog.getByRole('button', { name: /^Save/ });
  }

  async save(): Promise<void> {
    await this.saveButton.click();
  }

  get gives(): Locator {
    return this.page.getByTestId('reciprocity').getByTestId('gives');
  }

  get asks(): Locator {
    return this.page.getByTestId('reciprocity').getByTestId('asks');
  }

  get timeline(): Locator {
    return this.page.getByTestId('timeline');
  }
}
