/** Page object for the "New contact" dialog. */
import type { Locator, Page } from 'playwright-core';

export interface NewContactInput {
  name: string;
  company?: string;
  role?: string;
  context?: string;
  tier?: string;
  tags?: string;
  email?: string;
  /** YYYY-MM-DD */
  birthday?: string;
}

export class NewContactDialog {
  constructor(readonly page: Page) {}

  get dialog(): Locator {
    return this.page.getByRole('dialog', { name: 'New contact' });
  }

  async open(): Promise<void> {
    await this.page.keyboard.press('n');
    await this.dialog.waitFor();
  }

  async fill(input: NewContactInput): Promise<void> {
    const d = this.dialog;
    await d.getByLabel('Name', { exact: true }).fill(input.name);
    if (input.company) await d.getByLabel('Company').fill(input.company);
    if (input.role) await d.getByLabel('Role').fill(input.role);
    if (input.context) await d.getByLabel('How do you know them?').selectOption(input.context);
    if (input.tier) await d.getByLabel('Tier').selectOption(input.tier);
    if (input.tags) await d.getByLabel('Interests and tags').fill(input.tags);
    if (input.email || input.birthday) await d.getByText('More details').click();
    if (input.email) await d.getByLabel('E-mail').fill(input.email);
    if (input.birthday) await d.getByLabel('Birthday').fill(input.birthday);
  }

  async submit(): Promise<void> {
    await this.dialog.getByRole('button', { name: 'Add contact' }).click();
  }

  async add(input: NewContactInput): Promise<void> {
    await this.open();
    await this.fill(input);
    await this.submit();
    await this.dialog.waitFor({ state: 'hidden' });
  }
}
