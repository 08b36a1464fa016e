/** Page object for the contact page's "Write a message" box: the draft, the highlighted evidence, the findings. */
import type { Locator, Page } from 'playwright-core';

export class ComposeBox {
  constructor(readonly page: Page) {}

  get root(): Locator {
    return this.page.getByTestId('compose');
  }

  get draft(): Locator {
    return this.root.getByRole('textbox');
  }

  /** Types like a person, key by key, so the review runs as it would while typing. */
  async type(text: string): Promise<void> {
    await this.draft.pressSequentially(text, { delay: 5 });
  }

  async replace(text: string): Promise<void> {
    await this.draft.fill(text);
  }

  get status(): Locator {
    return this.root.getByRole('status');
  }

  get findings(): Locator {
    return this.root.getByTestId('compose-findings').getByRole('listitem');
  }

  finding(rule: string): Locator {
    return this.root.locator(`[data-rule="${rule}"]`);
  }

  /** The texts highlighted in the draft. */
  async highlighted(): Promise<string[]> {
    return this.root.locator('mark').allTextContents();
  }

  get emailLink(): Locator {
    return this.root.getByRole('link');
  }
}
