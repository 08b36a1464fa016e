/** Page object for Duplicates: suggested pairs with why, merge, "not the same person" and their undo. */
import type { Locator, Page } from 'playwright-core';

export class DuplicatesPage {
  constructor(readonly page: Page) {}

  card(title: string | RegExp): Locator {
    return this.page.locator('section.card').filter({ has: this.page.getByRole('heading', { name: title }) });
  }

  /** The card of suggested pairs. */
  get suggestions(): Locator {
    return this.page.locator('section[aria-labelledby="pairs-title"]');
  }

  /** A suggested pair, named "A and B" (the older contact first). */
  pair(a: string, b: string): Locator {
    return this.page.locator('.duplicate-list').getByRole('listitem', { name: `${a} and ${b}`, exact: true });
  }

  /** The reasons shown on a pair ("same e-mail", ...). */
  reasons(a: string, b: string): Locator {
    return this.pair(a, b).locator('.badge-accent');
  }

  async merge(a: string, b: string): Promise<void> {
    await this.pair(a, b).getByRole('button', { name: 'Merge', exact: true }).click();
  }

  async dismiss(a: string, b: string): Promise<void> {
    await this.pair(a, b).getByRole('button', { name: 'Not the same person', exact: true }).click();
  }

  /** The message right after a dismissal, with its Undo button. */
  get dismissedNotice(): Locator {
    return this.page.locator('.duplicate-notice');
  }

  /** The "Not the same person" card: every dismissed pair, each with Undo. */
  get dismissed(): Locator {
    return this.card('Not the same person');
  }

  dismissedPair(a: string, b: string): Locator {
    return this.dismissed.getByRole('listitem').filter({ hasText: a }).filter({ hasText: b });
  }

  get pastMerges(): Locator {
    return this.card('Past merges');
  }

  pastMerge(otherName: string): Locator {
    return this.pastMerges.getByRole('listitem').filter({ hasText: `${otherName} merged` });
  }
}
