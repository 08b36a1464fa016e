/** Page object for Today: the agenda, its groups and the actions on each person. */
import type { Locator, Page } from 'playwright-core';

export class TodayPage {
  constructor(readonly page: Page) {}

  get welcome(): Locator {
    return this.page.getByTestId('welcome');
  }

  get items(): Locator {
    return this.page.getByTestId('agenda-item');
  }

  item(name: string): Locator {
    return this.items.filter({ has: this.page.getByRole('link', { name, exact: true }) });
  }

  group(title: string): Locator {
    return this.page.getByRole('region', { name: new RegExp(`^${title}`) });
  }

  async done(name: string): Promise<void> {
    await this.page.getByRole('button', { name: `Mark ${name} as done` }).click();
  }

  async snooze(name: string): Promise<void> {
    await this.page.getByRole('button', { name: `Snooze ${name} until tomorrow` }).click();
  }

  /** The note under the agenda after snoozing from this page, with its "show them again" button. */
  get snoozedNote(): Locator {
    return this.page.getByTestId('snoozed-note');
  }

  /** The secondary reasons ("Also due") shown on one person's card. */
  also(name: string): Locator {
    return this.item(name).getByTestId('agenda-also');
  }
}
