/** Page objects for the Campaigns pages: templates, a new campaign, and one campaign's drafts. */
import type { Locator, Page } from 'playwright-core';

export class CampaignsPage {
  constructor(readonly page: Page) {}

  get templateForm(): Locator {
    return this.page.getByRole('form', { name: 'New template' });
  }

  get campaignForm(): Locator {
    return this.page.getByRole('form', { name: 'New campaign' });
  }

  get templates(): Locator {
    return this.page.getByTestId('templates').getByRole('listitem');
  }

  get excluded(): Locator {
    return this.page.getByTestId('excluded').getByRole('listitem');
  }

  async addTemplate(t: {
    name: string;
    kind?: string;
    language?: string;
    subject: string;
    body: string;
  }): Promise<void> {
    const form = this.templateForm;
    await form.getByLabel('Name', { exact: true }).fill(t.name);
    if (t.kind) await form.getByLabel('Kind', { exact: true }).selectOption({ label: t.kind });
    if (t.language) await form.getByLabel('Language of the text', { exact: true }).selectOption({ label: t.language });
    await form.getByLabel('Subject', { exact: true }).fill(t.subject);
    await form.getByLabel('Text', { exact: true }).fill(t.body);
    await form.getByRole('button', { name: 'Save template' }).click();
  }

  /** Prepares the drafts for the people with `tag`, and opens the campaign. */
  async createCampaign(template: string, tag: string): Promise<void> {
    const form = this.campaignForm;
    await form.getByLabel('Template', { exact: true }).selectOption({ label: template });
    await form.getByLabel('People tagged', { exact: true }).fill(tag);
    await form.getByRole('button', { name: 'Prepare the drafts' }).click();
  }

  async openCreated(): Promise<void> {
    await this.campaignForm.getByRole('link', { name: /^Open/ }).click();
  }
}

export class CampaignPage {
  constructor(readonly page: Page) {}

  /** The draft addressed to `name`. */
  draft(name: string): Locator {
    return this.page.getByTestId('draft').filter({ has: this.page.getByRole('heading', { name }) });
  }

  finding(name: string, rule: string): Locator {
    return this.draft(name).locator(`[data-rule="${rule}"]`);
  }

  state(name: string): Locator {
    return this.draft(name).getByTestId('draft-state');
  }

  async writePersonal(name: string, text: string): Promise<void> {
    const draft = this.draft(name);
    await draft.getByLabel('Personal paragraph', { exact: true }).fill(text);
    await draft.getByRole('button', { name: 'Save draft' }).click();
  }

  get counts(): Locator {
    return this.page.getByTestId('campaign-counts');
  }

  button(name: RegExp | string): Locator {
    return this.page.getByRole('button', { name });
  }
}
