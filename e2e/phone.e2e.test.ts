/** A phone-sized screen: no sideways scrolling, the tab bar at the bottom, and logging still works. */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { skipBrowser } from './support/chromium';
import { useHarness } from './support/harness';
import { createContact } from './support/seed';
import { saveScreenshot } from './support/screenshots';
import { ContactPage } from './pages/ContactPage';

const phone = { viewport: { width: 390, height: 844 }, isMobile: true };

async function overflowsSideways(page: Page): Promise<boolean> {
  return page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth + 1);
}

/** Every link of the main navigation is visible, inside the viewport, and has its name. */
async function expectEveryDestinationOnScreen(page: Page): Promise<void> {
  const links = page.getByRole('navigation').getByRole('link');
  const width = page.viewportSize()?.width ?? 0;
  expect(await links.count()).toBeGreaterThanOrEqual(7);
  for (const link of await links.all()) {
    const box = await link.boundingBox();
    const name = (await link.getAttribute('title')) ?? '';
    expect(box, name).not.toBeNull();
    expect(box && box.x >= 0 && box.x + box.width <= width + 1, name).toBe(true);
    expect(name.length).toBeGreaterThan(0);
  }
}

describe.skipIf(skipBrowser)('on a phone', () => {
  const h = useHarness();

  it('fits every page on a narrow screen', async () => {
    const id = await createContact(h.server.apiUrl, {
      name: 'Francesca Esposito',
      company: 'Intesa Sanpaolo',
      role: 'Relationship manager',
      tags: ['finance', 'running'],
    });
    const page = await h.open('/', phone);
    for (const [path, name] of [
      ['/', 'phone-today'],
      ['/contacts', 'phone-contacts'],
      [`/contacts/${id}`, 'phone-contact'],
      ['/insights', 'phone-insights'],
      ['/settings', 'phone-settings'],
    ] as const) {
      await page.goto(`${h.server.appUrl}${path}`);
      await page.getByRole('heading', { level: 1 }).waitFor();
      await page.waitForTimeout(300);
      expect(await overflowsSideways(page), path).toBe(false);
      await saveScreenshot(page, name);
    }
    // The navigation is a tab bar at the bottom of the screen, with every destination on screen.
    const box = await page.getByRole('navigation').boundingBox();
    expect(box && box.y > 700).toBe(true);
    await expectEveryDestinationOnScreen(page);
  });

  it('keeps every destination and the header tools on screen on a small laptop', async () => {
    const page = await h.open('/', { viewport: { width: 1024, height: 700 } });
    await page.getByRole('heading', { level: 1 }).waitFor();
    await expectEveryDestinationOnScreen(page);
    for (const name of ['New contact', 'Language']) {
      const control = await page.getByRole('banner').getByLabel(name, { exact: false }).first().boundingBox();
      expect(control && control.x + control.width <= 1024, name).toBe(true);
    }
  });

  it('logs a give from the contact page', async () => {
    const id = await createContact(h.server.apiUrl, { name: 'Pablo Ruiz' });
    const page = await h.open(`/contacts/${id}`, phone);
    const contact = new ContactPage(page);
    await contact.quickLog.waitFor();
    await contact.chooseValue('Give');
    await contact.save();
    await page.waitForFunction(() => document.querySelector('[data-testid="gives"]')?.textContent === '1');
  });
});
