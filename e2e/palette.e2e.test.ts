/** The command palette (Ctrl/Cmd+K) and the single-key shortcuts: `n` new contact, `l` log. */
import { describe, expect, it } from 'vitest';
import { skipBrowser } from './support/chromium';
import { useHarness } from './support/harness';
import { createContact } from './support/seed';
import { saveScreenshot } from './support/screenshots';
import { AppShell } from './pages/AppShell';
import { CommandPalette } from './pages/CommandPalette';

describe.skipIf(skipBrowser)('command palette and shortcuts', () => {
  const h = useHarness();

  it('jumps to a contact found by the search API, accents ignored', async () => {
    await createContact(h.server.apiUrl, { name: 'João Gonçalves', company: 'Natura' });
    await createContact(h.server.apiUrl, { name: 'Joana Silva', company: 'Itaú' });
    const page = await h.open('/');
    const palette = new CommandPalette(page);
    await palette.open();
    await palette.type('goncalves');
    await palette.options.filter({ hasText: 'João Gonçalves' }).waitFor();
    await saveScreenshot(page, 'palette');
    await page.keyboard.press('Enter');
    await new AppShell(page).heading.filter({ hasText: 'João Gonçalves' }).waitFor();
    expect(page.url()).toContain('/contacts/');
  });

  it('runs actions from the keyboard and closes with Escape', async () => {
    const page = await h.open('/');
    const palette = new CommandPalette(page);
    await palette.open();
    await palette.type('settings');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/settings$/);
    await palette.open();
    // Arrow keys move the selection through the actions.
    await page.keyboard.press('ArrowDown');
    expect(await palette.selected.innerText()).toBe('Log an interaction');
    await page.keyboard.press('Escape');
    await palette.input.waitFor({ state: 'hidden' });
  });

  it('opens a new contact with n and logs with the open contact with l', async () => {
    const page = await h.open('/contacts');
    await page.getByTestId('contact-list').waitFor();
    await page.keyboard.press('n');
    await page.getByRole('dialog', { name: 'New contact' }).waitFor();
    await page.keyboard.press('Escape');
    await page
      .getByTestId('contact-list')
      .getByRole('link', { name: /^Joana Silva/ })
      .click();
    await new AppShell(page).heading.filter({ hasText: 'Joana Silva' }).waitFor();
    await page.keyboard.press('l');
    const dialog = page.getByRole('dialog', { name: 'Log with Joana Silva' });
    await dialog.waitFor();
    await dialog.getByRole('radio', { name: 'Thanks', exact: true }).check();
    await dialog.getByRole('button', { name: 'Save' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await page.getByTestId('timeline').getByText('Message · Thanks').waitFor();
  });
});
