/** Page object for the contacts list: search, filters, the virtualised rows, bulk edit. */
import type { Locator, Page } from 'playwright-core';

export class ContactsPage {
  constructor(readonly page: Page) {}

  get search(): Locator {
    return this.page.getByLabel('Search contacts');
  }

  get list(): Locator {
    return this.page.getByTestId('contact-list');
  }

  get rows(): Locator {
    return this.list.getByRole('listitem');
  }

  get status(): Locator {
    return this.page.locator('.list-meta [role="status"]');
  }

  rowLink(name: string): Locator {
    return this.list.getByRole('link', { name: new RegExp(`^${name}`) });
  }

  async filter(label: 'Tier' | 'Circle' | 'How you know them' | 'Stage', value: string): Promise<void> {
    await this.page.getByLabel(label, { exact: true }).selectOption(value);
  }

  async sort(value: 'name' | 'recent' | 'created' | 'due' | 'health'): Promise<void> {
    await this.page.getByLabel('Sort by').selectOption(value);
  }

  /** Names of the rows currently in the DOM (only those near the viewport: the list is virtualised). */
  async renderedNames(): Promise<string[]> {
    return this.list.locator('.row-name').allInnerTexts();
  }
}
