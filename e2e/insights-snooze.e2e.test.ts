/**
 * The pieces that complete the web app: Insights charts drawn from real data (gives vs asks over
 * time, cadence per tier, where contacts come from with the coach's verdict), the health sort, a
 * snooze from Today that survives a reload and another device, the agenda's secondary reasons and
 * the birthday field.
 */
import { describe, expect, it } from 'vitest';
import { seriousViolations } from './support/axe';
import { skipBrowser } from './support/chromium';
import { useHarness } from './support/harness';
import { createContact, logInteraction } from './support/seed';
import { saveScreenshot } from './support/screenshots';
import { AppShell } from './pages/AppShell';
import { ContactsPage } from './pages/ContactsPage';
import { InsightsPage } from './pages/InsightsPage';
import { NewContactDialog } from './pages/NewContactDialog';
import { TodayPage } from './pages/TodayPage';

async function getJson<T>(url: string): Promise<T> {
  const res = await fetch(url);
  if (!res.ok) throw new Error(`${url}: ${res.status} ${await res.text()}`);
  return (await res.json()) as T;
}

describe.skipIf(skipBrowser)('insights, health sort, snooze and birthday', () => {
  const h = useHarness();

  it('has a small network with history', async () => {
    const api = h.server.apiUrl;
    const strong = await createContact(api, { name: 'Ana Strong', company: 'Acme', tier: 'key', context: 'work' });
    await createContact(api, { name: 'Zoe Never', company: 'Acme', tier: 'wide', context: 'work' });
    const marco = await createContact(api, {
      name: 'Marco Thanks',
      company: 'Globex',
      tier: 'inner',
      context: 'friend',
    });
    for (let i = 0; i < 7; i++) {
      await createContact(api, { name: `Colleague ${i + 1}`, company: 'Acme', context: 'work' });
    }
    await createContact(api, { name: 'Ines Initech', company: 'Initech', context: 'university' });
    await logInteraction(api, { contactIds: [strong], kind: 'coffee', value: 'give', giveKind: 'article' });
    await logInteraction(api, { contactIds: [strong], kind: 'call', value: 'give', giveKind: 'help' });
    await logInteraction(api, { contactIds: [strong], kind: 'message', value: 'ask', askKind: 'advice' });
    // Marco helped: thanks are owed, and nothing was given to him yet (a second reason).
    await logInteraction(api, { contactIds: [marco], direction: 'in', value: 'give' });
  });

  it('draws the insights charts with the data and the coach’s verdicts, without accessibility violations', async () => {
    const page = await h.open('/insights');
    const insights = new InsightsPage(page);
    await insights.chart('chart-over-time').waitFor();
    await page.waitForTimeout(300);
    for (const chart of ['chart-over-time', 'chart-cadence', 'chart-source-context', 'chart-source-company'] as const) {
      expect(await insights.isDrawn(chart), chart).toBe(true);
    }
    const month = new Intl.DateTimeFormat('en-US', { month: 'short', year: '2-digit', timeZone: 'UTC' }).format(
      new Date(),
    );
    expect(await insights.summaryOf('chart-over-time')).toContain(`${month}: Gives 2, Asks 1, Thanks 0`);
    expect(await insights.summaryOf('chart-source-company')).toContain('Acme 9');
    expect(await insights.summaryOf('chart-cadence')).toContain('Wide Never contacted 1');
    expect(await insights.verdict('company').innerText()).toContain('Acme');
    expect(await insights.verdict('company').innerText()).toContain('concentrated');
    expect(await insights.verdict('sector').innerText()).toContain('None of your contacts has a sector yet');
    expect(await seriousViolations(page)).toEqual([]);
    await saveScreenshot(page, 'insights-charts');

    const dark = await h.open('/insights', { colorScheme: 'dark' });
    await new InsightsPage(dark).chart('chart-cadence').waitFor();
    await dark.waitForTimeout(300);
    expect(await seriousViolations(dark)).toEqual([]);
    await saveScreenshot(dark, 'insights-charts-dark');

    const es = await h.open('/insights', { locale: 'es-ES' });
    const esInsights = new InsightsPage(es);
    await esInsights.verdict('company').waitFor();
    expect(await esInsights.verdict('company').innerText()).toContain('empresas');
  });

  it('sorts the contacts by health, weakest first, as the API ranks them', async () => {
    const page = await h.open('/contacts');
    const contacts = new ContactsPage(page);
    await contacts.rowLink('Ana Strong').waitFor();
    expect((await contacts.renderedNames())[0]).toBe('Ana Strong');
    await contacts.sort('health');
    await page.waitForURL(/sort=health/);
    const ranked = await getJson<{ items: { name: string }[] }>(
      `${h.server.apiUrl}/api/v1/contacts?sort=health&limit=100`,
    );
    const expected = ranked.items.map((c) => c.name);
    await page.waitForFunction(
      (first) => document.querySelector('[data-testid="contact-list"] .row-name')?.textContent === first,
      expected[0],
    );
    const shown = await contacts.renderedNames();
    expect(shown).toEqual(expected.slice(0, shown.length));
    expect(shown.indexOf('Zoe Never')).toBeLessThan(shown.indexOf('Ana Strong'));
    expect(shown.at(-1)).toBe('Ana Strong');
    await saveScreenshot(page, 'contacts-by-health');
    // The sort is in the URL: a reload keeps it.
    await page.reload();
    await contacts.rowLink('Zoe Never').waitFor();
    expect(await page.getByLabel('Sort by').inputValue()).toBe('health');
  });

  it('shows the secondary reasons, and keeps a snoozed person off Today after a reload and on another device', async () => {
    const page = await h.open('/');
    const today = new TodayPage(page);
    await today.item('Marco Thanks').waitFor();
    expect(await today.also('Marco Thanks').innerText()).toMatch(/Also due:[\s\S]*New: give first/);
    await saveScreenshot(page, 'today-also-due');

    // Snoozed by mistake: "Show them again" brings the person back at once.
    await today.snooze('Zoe Never');
    await today.item('Zoe Never').waitFor({ state: 'detached' });
    await today.snoozedNote.getByRole('button', { name: 'Show them again' }).click();
    await today.item('Zoe Never').waitFor();

    await today.snooze('Marco Thanks');
    await today.item('Marco Thanks').waitFor({ state: 'detached' });
    await today.snoozedNote.waitFor();
    await page.getByText('Marco Thanks is snoozed until tomorrow.').waitFor();
    await saveScreenshot(page, 'today-snoozed');

    await page.reload();
    await today.item('Zoe Never').waitFor();
    expect(await today.item('Marco Thanks').count()).toBe(0);

    const otherDevice = await h.open('/', { viewport: { width: 390, height: 844 }, isMobile: true });
    const elsewhere = new TodayPage(otherDevice);
    await elsewhere.item('Zoe Never').waitFor();
    expect(await elsewhere.item('Marco Thanks').count()).toBe(0);

    const marco = await getJson<{ items: { snoozedUntil: string | null }[] }>(
      `${h.server.apiUrl}/api/v1/contacts?search=Marco`,
    );
    const until = Date.parse(marco.items[0]?.snoozedUntil ?? '');
    expect(until).toBeGreaterThan(Date.now());
    expect(until - Date.now()).toBeLessThanOrEqual(86_400_000);
  });

  it('saves a birthday from the contact form and shows it on the contact page', async () => {
    const page = await h.open('/');
    const shell = new AppShell(page);
    const dialog = new NewContactDialog(page);
    await shell.heading.first().waitFor();
    await dialog.add({ name: 'Bea Birthday', birthday: '1990-05-17' });
    const found = await getJson<{ items: { id: string; birthday: string | null }[] }>(
      `${h.server.apiUrl}/api/v1/contacts?search=Bea`,
    );
    expect(found.items[0]?.birthday).toBe('1990-05-17');
    await page.goto(`${h.server.appUrl}/contacts/${found.items[0]?.id ?? ''}`);
    await page.getByTestId('birthday').waitFor();
    expect(await page.getByTestId('birthday').innerText()).toBe('May 17, 1990');
    await saveScreenshot(page, 'contact-birthday');
  });
});
