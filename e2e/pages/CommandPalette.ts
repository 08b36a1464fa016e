/** Page object for the command palette (Ctrl/Cmd+K). */
import type { Locator, Page } from 'playwright-core';

export class CommandPalette {
  constructor(readonly page: Page) {}

  get input(): Locator {
    return this.page.getByRole('dialog').getByRole('combobox');
  }

  get options(): Locator {
    return this.page.getByRole('listbox').getByRole('option');
  }

  get selected(): Locator {
    return this.page.locator('[role="listbox"] [role="option"][aria-selected="true"]');
  }

  async open(): Promise<void> {
    // The shortcut is registered once the app has rendered its shell.
    await this.page.getByRole('navigation').waitFor();
    await this.page.keyboard.press('Control+k');
    await this.input.waitFor();
  }

  async type(text: string): Promise<void> {
    await this.input.fill(text);
  }
}
