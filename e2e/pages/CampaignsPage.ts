/** Page objects for the Campaigns pages: templates, a new campaign, and one campaign's drafts. */
import type { Locator, Page } from 'playwright-core';

export class CampaignsPage {
  constructor(readonly page: Page) {}

  get templateForm(): Locator {
    return this.page.getByRole('form', { name: 'New template' });
  }

  get campaignForm(): Locator {
    return this.page.getByRole('region', { name: 'New campaign' });
  }

  /** The person picker of the new campaign. */
  get picker(): RecipientPicker {
    return new RecipientPicker(this.campaignForm);
  }

  /** The list entry of the template called `name`. */
  template(name: string): Locator {
    return this.templates.filter({ has: this.page.getByRole('heading', { name, exact: true }) });
  }

  /** Opens the edit form of a template. */
  async editTemplate(name: string): Promise<Locator> {
    await this.page.getByRole('button', { name: `Edit template “${name}”` }).click();
    return this.page.getByRole('form', { name: `Edit “${name}”` });
  }

  /** Opens the delete confirmation of a template. */
  async deleteTemplate(name: string): Promise<Locator> {
    await this.page.getByRole('button', { name: `Delete template “${name}”` }).click();
    return this.page.getByRole('dialog', { name: `Delete “${name}”?` });
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

  async chooseTemplate(template: string): Promise<void> {
    await this.campaignForm.getByLabel('Template', { exact: true }).selectOption({ label: template });
  }

  /** Prepares the drafts for the people picked. */
  async prepareDrafts(): Promise<void> {
    await this.campaignForm.getByRole('button', { name: 'Prepare the drafts' }).click();
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

  get addPeople(): Locator {
    return this.page.getByRole('region', { name: 'Add people' });
  }

  /** The person picker of "Add people" (open it first). */
  get picker(): RecipientPicker {
    return new RecipientPicker(this.addPeople);
  }

  /** Takes `name` out of the campaign, confirming. */
  async remove(name: string): Promise<void> {
    const draft = this.draft(name);
    await draft.getByRole('button', { name: 'Remove from campaign' }).click();
    await draft.getByRole('button', { name: `Remove ${name}` }).click();
  }

  button(name: RegExp | string): Locator {
    return this.page.getByRole('button', { name });
  }
}

/** Picking people one by one: the contact filters, a checkbox per person, the count and who is kept out. */
export class RecipientPicker {
  constructor(readonly root: Locator) {}

  async filterByTag(tag: string): Promise<void> {
    // On a narrow screen the filters fold away behind a toggle.
    const toggle = this.root.getByRole('button', { name: /^Filters/ });
    if (await toggle.isVisible()) await toggle.click();
    await this.root.getByLabel('Tag', { exact: true }).fill(tag);
  }

  async search(text: string): Promise<void> {
    await this.root.getByLabel('Search contacts', { exact: true }).fill(text);
  }

  /** The checkbox of `name` in the list. */
  person(name: string): Locator {
    return this.root.getByTestId('picker-list').getByRole('listitem').filter({ hasText: name }).getByRole('checkbox');
  }

  get people(): Locator {
    return this.root.getByTestId('picker-list').getByRole('listitem');
  }

  get summary(): Locator {
    return this.root.getByTestId('picker-summary');
  }

  get keptOut(): Locator {
    return this.root.getByTestId('kept-out').getByRole('listitem');
  }

  button(name: RegExp | string): Locator {
    return this.root.getByRole('button', { name });
  }
}
