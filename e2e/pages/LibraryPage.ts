/** Page object for the give library page and the contact page's library cards (suggestions, questions). */
import type { Locator, Page } from 'playwright-core';

export interface NewItem {
  title: string;
  kind?: string;
  url?: string;
  topics?: string;
}

export class LibraryPage {
  constructor(readonly page: Page) {}

  get form(): Locator {
    return this.page.getByRole('form');
  }

  async add(item: NewItem): Promise<void> {
    await this.form.getByLabel('Title').fill(item.title);
    if (item.kind) await this.form.getByLabel('Kind').selectOption({ label: item.kind });
    if (item.url) await this.form.getByLabel('Link').fill(item.url);
    if (item.topics) await this.form.getByLabel('Topics').fill(item.topics);
    await this.form.getByRole('button', { name: 'Add to library' }).click();
  }

  get items(): Locator {
    return this.page
      .getByTestId('library-items')
      .getByRole('listitem')
      .filter({ has: this.page.getByRole('heading') });
  }

  /** On a contact page: what in the library fits them. */
  get suggestions(): Locator {
    return this.page.getByTestId('give-suggestions');
  }

  /** On a contact page, before a first meeting. */
  get questions(): Locator {
    return this.page.getByTestId('first-meeting-questions');
  }
}
