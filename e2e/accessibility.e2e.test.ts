/** axe-core on every page and the main dialogs, in light and dark mode: no serious or critical violations. */
import { describe, expect, it } from 'vitest';
import { seriousViolations } from './support/axe';
import { skipBrowser } from './support/chromium';
import { useHarness } from './support/harness';
import { createContact, logInteraction } from './support/seed';
import { saveScreenshot } from './support/screenshots';

describe.skipIf(skipBrowser)('accessibility', () => {
  const h = useHarness();
  let contactId = '';

  it('has data to show', async () => {
    contactId = await createContact(h.server.apiUrl, {
      name: 'Sofía Romero',
      company: 'Mercado Libre',
      role: 'Product lead',
      tier: 'key',
      context: 'former-colleague',
      tags: ['product', 'climbing'],
    });
    const other = await createContact(h.server.apiUrl, { name: 'Tomás Herrera', context: 'university' });
    await createContact(h.server.apiUrl, { name: 'Chiara Ferri', context: 'event', tier: 'inner' });
    await logInteraction(h.server.apiUrl, { contactIds: [contactId], value: 'give', giveKind: 'article' });
    await logInteraction(h.server.apiUrl, { contactIds: [other], kind: 'coffee', value: 'neutral' });
    await logInteraction(h.server.apiUrl, { contactIds: [other], direction: 'in', value: 'give' });
  });

  for (const scheme of ['light', 'dark'] as const) {
    it(`has no serious violations on any page in ${scheme} mode`, async () => {
      const page = await h.open('/', { colorScheme: scheme });
      const found: string[] = [];
      for (const [path, name] of [
        ['/', 'today'],
        ['/contacts', 'contacts'],
        [`/contacts/${contactId}`, 'contact'],
        ['/insights', 'insights'],
        ['/settings', 'settings'],
      ] as const) {
        await page.goto(`${h.server.appUrl}${path}`);
        await page.getByRole('heading', { level: 1 }).waitFor();
        await page.waitForTimeout(400);
        found.push(...(await seriousViolations(page)).map((v) => `${path}: ${v}`));
        await saveScreenshot(page, `${name}-${scheme}`);
      }
      // The dialogs, too.
      await page.keyboard.press('n');
      await page.getByRole('dialog').waitFor();
      found.push(...(await seriousViolations(page)).map((v) => `new contact dialog: ${v}`));
      await saveScreenshot(page, `new-contact-${scheme}`);
      await page.keyboard.press('Escape');
      await page.keyboard.press('Control+k');
      await page.getByRole('dialog').getByRole('combobox').fill('so');
      await page.getByRole('listbox').getByRole('option').first().waitFor();
      found.push(...(await seriousViolations(page)).map((v) => `palette: ${v}`));
      expect(found).toEqual([]);
    });
  }
});
