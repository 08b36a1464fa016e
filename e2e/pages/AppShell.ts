/** Page object for the shell every page shares: navigation, language, palette, new contact. */
import type { Locator, Page } from 'playwright-core';

export class AppShell {
  constructor(readonly page: Page) {}

  nav(name: string | RegExp): Locator {
    return this.page.getByRole('navigation').getByRole('link', { name });
  }

  async go(name: string | RegExp): Promise<void> {
    await this.nav(name).click();
  }

  get language(): Locator {
    return this.page.locator('#header-language');
  }

  async switchLanguage(locale: 'en' | 'es' | 'pt' | 'it'): Promise<void> {
    await this.language.selectOption(locale);
    await this.page.waitForFunction((l) => document.documentElement.lang === l, locale);
  }

  async openPalette(): Promise<void> {
    await this.page.getByRole('navigation').waitFor();
    await this.page.keyboard.press('Control+k');
    await this.page.getByRole('dialog').getByRole('combobox').waitFor();
  }

  get heading(): Locator {
    return this.page.getByRole('heading', { level: 1 });
  }

  get toast(): Locator {
    return this.page.locator('.toast');
  }

  /** Visible text of the page, for checks that no raw i18n key leaked. */
  async visibleText(): Promise<string> {
    return this.page.locator('body').innerText();
  }
}
