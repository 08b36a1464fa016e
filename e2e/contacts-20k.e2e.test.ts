/**
 * Search and filters at 20,000 contacts: the list stays virtualised, pages load as you scroll,
 * search is accent-insensitive, filters and sort narrow the list, arrow keys and Enter work, and
 * bulk edit changes the selected people.
 */
import { describe, expect, it } from 'vitest';
import { skipBrowser } from './support/chromium';
import { useHarness } from './support/harness';
import { canSeedFast, seedNetworkFast, seedNetworkViaApi } from './support/seed';
import { saveScreenshot } from './support/screenshots';
import { AppShell } from './pages/AppShell';
import { ContactsPage } from './pages/ContactsPage';

const SIZE = 20_000;
const fast = canSeedFast();

describe.skipIf(skipBrowser)('contacts at 20,000', () => {
  const h = useHarness(fast ? (dir) => seedNetworkFast(dir, SIZE) : undefined);

  it('has 20,000 contacts to work with', async () => {
    if (!fast) {
      console.warn('ℹ bench/dist is not built: seeding 20,000 contacts through the API (slower).');
      await seedNetworkViaApi(h.server.apiUrl, SIZE);
    }
    const res = await fetch(`${h.server.apiUrl}/api/v1/metrics`);
    // Metrics count active (not archived) contacts; the generator archives a few per cent.
    expect(((await res.json()) as { totalContacts: number }).totalContacts).toBeGreaterThan(SIZE * 0.9);
  });

  it('renders only what is on screen and loads more while scrolling', async () => {
    const page = await h.open('/contacts');
    const contacts = new ContactsPage(page);
    await contacts.rows.first().waitFor();
    // Reported, not asserted (speed is measured in bench/): time since navigation start, as the page saw it.
    const shownAt = await page.evaluate(() => Math.round(performance.now()));
    console.info(`contacts page showed its first rows within ${shownAt} ms of navigation start`);
    expect(await contacts.rows.count()).toBeLessThan(60);
    await saveScreenshot(page, 'contacts-20k');

    for (let i = 0; i < 3; i++) {
      await contacts.list.evaluate((el) => el.scrollTo(0, el.scrollHeight));
      await page.waitForTimeout(300);
    }
    await page.waitForFunction(() =>
      /[3-9]\d\d\+|\d[,.]?\d{3}\+/.test(document.querySelector('.list-meta')?.textContent ?? ''),
    );
    expect(await contacts.rows.count()).toBeLessThan(80);
  });

  it('searches as you type, ignoring accents', async () => {
    const page = await h.open('/contacts');
    const contacts = new ContactsPage(page);
    await contacts.rows.first().waitFor();
    await contacts.search.pressSequentially('sanchez', { delay: 30 });
    await page.waitForFunction(() => new URL(location.href).searchParams.get('q') === 'sanchez');
    await page.waitForFunction(() =>
      [...document.querySelectorAll('.row-name')].some((n) => n.textContent?.includes('Sánchez')),
    );
    const names = await contacts.renderedNames();
    expect(names.length).toBeGreaterThan(0);
    expect(names.filter((n) => n.includes('Sánchez')).length).toBeGreaterThan(names.length / 2);
    await saveScreenshot(page, 'contacts-search');
  });

  it('filters by tier, context, stage and due, and sorts', async () => {
    const page = await h.open('/contacts');
    const contacts = new ContactsPage(page);
    await contacts.rows.first().waitFor();
    await contacts.filter('Tier', 'inner');
    await page.waitForFunction(() => location.search.includes('tier=inner'));
    await page.waitForFunction(() => {
      const badges = [...document.querySelectorAll('.contact-row .badge-accent')].map((b) => b.textContent);
      return badges.length > 0 && badges.every((b) => b === 'Inner circle');
    });
    await contacts.filter('How you know them', 'university');
    await page.waitForFunction(() => location.search.includes('context=university'));
    await contacts.filter('Stage', 'established');
    await page.waitForFunction(() => location.search.includes('stage=established'));
    await page.getByLabel('Due now only').check();
    await page.waitForFunction(() => location.search.includes('due=1'));
    await contacts.sort('recent');
    await page.waitForFunction(() => location.search.includes('sort=recent'));
    await page
      .locator('.list-meta [role="status"]')
      .filter({ hasText: /shown|scroll/ })
      .waitFor();
    await saveScreenshot(page, 'contacts-filtered');
    await page.getByRole('button', { name: 'Clear filters' }).click();
    await page.waitForFunction(() => !location.search.includes('tier='));
  });

  it('moves with the arrow keys, selects with Space, bulk-edits and opens with Enter', async () => {
    const page = await h.open('/contacts');
    const contacts = new ContactsPage(page);
    await contacts.rows.first().waitFor();
    await contacts.list.locator('[data-row-link="0"]').focus();
    await page.keyboard.press('Space');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Space');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Space');
    await page.getByText('3 selected', { exact: true }).waitFor();
    const bulk = page.getByRole('region', { name: '3 selected' });
    await bulk.getByLabel('Set tier').selectOption('key');
    await bulk.getByLabel('Add tag').fill('e2e-bulk');
    await saveScreenshot(page, 'contacts-bulk');
    await bulk.getByRole('button', { name: 'Apply' }).click();
    await new AppShell(page).toast.filter({ hasText: '3 contacts updated.' }).waitFor();
    const tagged = (await (await fetch(`${h.server.apiUrl}/api/v1/contacts?tag=e2e-bulk&limit=10`)).json()) as {
      items: { tier: string }[];
    };
    expect(tagged.items.map((c) => c.tier)).toEqual(['key', 'key', 'key']);

    await contacts.list.locator('[data-row-link="0"]').focus();
    for (let i = 0; i < 40; i++) await page.keyboard.press('ArrowDown');
    const focused = await page.evaluate(() => document.activeElement?.getAttribute('data-row-link'));
    expect(focused).toBe('40');
    const name = await page.evaluate(() => document.activeElement?.querySelector('.row-name')?.textContent ?? '');
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name }).waitFor();
  });
});
