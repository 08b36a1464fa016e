/**
 * Duplicates in the browser: two people sharing an e-mail are suggested with the reason, a merge
 * keeps both people's interactions on the contact that stays, and its undo brings both back; a pair
 * that is not the same person is dismissed, stays dismissed after a reload, and comes back on undo.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { seriousViolations } from './support/axe';
import { skipBrowser } from './support/chromium';
import { useHarness } from './support/harness';
import { saveScreenshot } from './support/screenshots';
import { createContact, logInteraction } from './support/seed';
import { AppShell } from './pages/AppShell';
import { ContactPage } from './pages/ContactPage';
import { DuplicatesPage } from './pages/DuplicatesPage';

/** The notes in a contact's timeline. */
async function timelineOf(page: Page, appUrl: string, id: string): Promise<string> {
  await page.goto(`${appUrl}/contacts/${id}`);
  const timeline = new ContactPage(page).timeline;
  await timeline.waitFor();
  return timeline.innerText();
}

describe.skipIf(skipBrowser)('duplicates in the browser', () => {
  const h = useHarness();

  it('suggests a pair with why, merges it keeping both histories, and undoes the merge', async () => {
    const api = h.server.apiUrl;
    const ana = await createContact(api, { name: 'Ana Souza', company: 'Nubank', emails: ['ana.souza@example.com'] });
    const anna = await createContact(api, { name: 'Anna Sousa', emails: ['Ana.Souza@example.com'] });
    await logInteraction(api, { contactIds: [ana], kind: 'coffee', note: 'Coffee near the office' });
    await logInteraction(api, { contactIds: [anna], kind: 'call', note: 'Call about the design role' });

    const page = await h.open('/duplicates');
    const duplicates = new DuplicatesPage(page);
    const shell = new AppShell(page);
    await duplicates.pair('Ana Souza', 'Anna Sousa').waitFor();
    expect(await duplicates.reasons('Ana Souza', 'Anna Sousa').allInnerTexts()).toEqual(['same e-mail']);
    expect(await seriousViolations(page)).toEqual([]);
    await saveScreenshot(page, 'duplicates-pair');

    await duplicates.merge('Ana Souza', 'Anna Sousa');
    await shell.toast.filter({ hasText: 'Anna Sousa merged into Ana Souza.' }).waitFor();
    await duplicates.pair('Ana Souza', 'Anna Sousa').waitFor({ state: 'detached' });
    await duplicates.pastMerge('Anna Sousa').waitFor();

    const merged = await timelineOf(page, h.server.appUrl, ana);
    expect(merged).toContain('Coffee near the office');
    expect(merged).toContain('Call about the design role');
    await page.goto(`${h.server.appUrl}/contacts/${anna}`);
    await page.getByText('This contact does not exist or was deleted.').waitFor();

    await page.goto(`${h.server.appUrl}/duplicates`);
    await duplicates.pastMerge('Anna Sousa').getByRole('button', { name: 'Undo' }).click();
    await shell.toast.filter({ hasText: 'Anna Sousa is back with their own history.' }).waitFor();
    await duplicates.pair('Ana Souza', 'Anna Sousa').waitFor();
    const kept = await timelineOf(page, h.server.appUrl, ana);
    expect(kept).toContain('Coffee near the office');
    expect(kept).not.toContain('Call about the design role');
    const back = await timelineOf(page, h.server.appUrl, anna);
    expect(back).toContain('Call about the design role');
    expect(back).not.toContain('Coffee near the office');
  });

  it('dismisses a pair that is not the same person, for good, with an undo', async () => {
    const api = h.server.apiUrl;
    await createContact(api, { name: 'Bruno Lima', company: 'Itaú', phones: ['+55 11 98765-4321'] });
    await createContact(api, { name: 'Bruna Lima', phones: ['+5511987654321'] });
    const page = await h.open('/duplicates');
    const duplicates = new DuplicatesPage(page);
    const shell = new AppShell(page);
    await duplicates.pair('Bruno Lima', 'Bruna Lima').waitFor();
    expect(await duplicates.reasons('Bruno Lima', 'Bruna Lima').allInnerTexts()).toEqual(['same phone']);

    // Dismissed, then taken back at once from the message that confirms it.
    await duplicates.dismiss('Bruno Lima', 'Bruna Lima');
    await duplicates.pair('Bruno Lima', 'Bruna Lima').waitFor({ state: 'detached' });
    await duplicates.dismissedNotice.getByText('Bruno Lima and Bruna Lima will not be suggested again.').waitFor();
    await duplicates.dismissedPair('Bruno Lima', 'Bruna Lima').waitFor();
    await saveScreenshot(page, 'duplicates-dismissed');
    expect(await seriousViolations(page)).toEqual([]);
    await duplicates.dismissedNotice.getByRole('button', { name: 'Undo' }).click();
    await shell.toast.filter({ hasText: 'Bruno Lima and Bruna Lima can be suggested again.' }).waitFor();
    await duplicates.pair('Bruno Lima', 'Bruna Lima').waitFor();
    await duplicates.dismissed.waitFor({ state: 'detached' });

    // Dismissed again: it stays gone after a reload, listed as not the same person, until undone there.
    await duplicates.dismiss('Bruno Lima', 'Bruna Lima');
    await duplicates.pair('Bruno Lima', 'Bruna Lima').waitFor({ state: 'detached' });
    await page.reload();
    await duplicates.suggestions.getByRole('heading').waitFor();
    await duplicates.suggestions.locator('.spinner').waitFor({ state: 'detached' });
    await duplicates.dismissedPair('Bruno Lima', 'Bruna Lima').waitFor();
    expect(await duplicates.pair('Bruno Lima', 'Bruna Lima').count()).toBe(0);
    await duplicates.dismissedPair('Bruno Lima', 'Bruna Lima').getByRole('button', { name: 'Undo' }).click();
    await shell.toast.filter({ hasText: 'Bruno Lima and Bruna Lima can be suggested again.' }).waitFor();
    await duplicates.pair('Bruno Lima', 'Bruna Lima').waitFor();
    await saveScreenshot(page, 'duplicates-undismissed');

    // Dark mode, with a dismissed pair and past merges on the page too.
    await duplicates.dismiss('Bruno Lima', 'Bruna Lima');
    const dark = await h.open('/duplicates', { colorScheme: 'dark' });
    const darkDuplicates = new DuplicatesPage(dark);
    await darkDuplicates.pair('Ana Souza', 'Anna Sousa').waitFor();
    await darkDuplicates.dismissedPair('Bruno Lima', 'Bruna Lima').waitFor();
    await darkDuplicates.pastMerge('Anna Sousa').waitFor();
    expect(await seriousViolations(dark)).toEqual([]);
    await saveScreenshot(dark, 'duplicates-dark');
  });
});
