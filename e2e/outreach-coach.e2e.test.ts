/**
 * The outreach coach in the browser: a draft reviewed as you type with the evidence highlighted, in the
 * user's language; questions before a first meeting; the give library, its suggestions and a give
 * logged from it. axe-clean, with screenshots.
 */
import { describe, expect, it } from 'vitest';
import { ComposeBox } from './pages/ComposeBox';
import { LibraryPage } from './pages/LibraryPage';
import { seriousViolations } from './support/axe';
import { skipBrowser } from './support/chromium';
import { useHarness } from './support/harness';
import { createContact } from './support/seed';
import { saveScreenshot } from './support/screenshots';

describe.skipIf(skipBrowser)('outreach coach', () => {
  const h = useHarness();
  let marta = '';

  it('has someone to write to', async () => {
    marta = await createContact(h.server.apiUrl, {
      name: 'Marta Ruiz',
      company: 'Cabify',
      role: 'Data engineer',
      tags: ['airflow'],
    });
  });

  it('reviews a draft as you type, highlights the evidence and explains it; a good draft comes back clean', async () => {
    const page = await h.open(`/contacts/${marta}`);
    const compose = new ComposeBox(page);
    await compose.draft.waitFor();
    await compose.type("Hi Marta, I'd like to add you to my professional network.");
    // Findings appear while typing; once the typing stops, the last review marks the whole phrase.
    await expect.poll(() => compose.highlighted(), { timeout: 10_000 }).toContain('add you to my professional network');
    await expect.poll(() => compose.status.textContent()).toMatch(/1 thing to look at before sending/);
    expect(await compose.finding('generic-invite').textContent()).toMatch(/Stock invitation.*default invitation/);

    await compose.replace('Hi Marta, could you refer me for the data engineer role at Cabify?');
    await compose.finding('early-ask').waitFor();
    await expect.poll(() => compose.highlighted()).toEqual(expect.arrayContaining([expect.stringMatching(/refer me/)]));
    expect(await seriousViolations(page)).toEqual([]);
    await saveScreenshot(page, 'compose-findings');

    await compose.replace(
      'Hi Marta, I loved your talk on Airflow at Cabify. Here is the article on DAG testing I mentioned: https://example.org/dags',
    );
    await expect.poll(() => compose.status.textContent(), { timeout: 10_000 }).toMatch(/Nothing to fix/);
    expect(await compose.findings.count()).toBe(0);
    expect(await compose.highlighted()).toEqual([]);
    expect(await compose.emailLink.getAttribute('href')).toContain('mailto:?body=Hi%20Marta');
  });

  it('explains in the interface language, whatever the language of the draft', async () => {
    const page = await h.open(`/contacts/${marta}`, { locale: 'es-ES' });
    const compose = new ComposeBox(page);
    await compose.draft.waitFor();
    await compose.type('Hi [Name], I would like to add you to my professional network.');
    await expect.poll(() => compose.highlighted(), { timeout: 10_000 }).toContain('[Name]');
    expect(await compose.finding('unfilled-placeholder').textContent()).toMatch(/Campo de plantilla sin rellenar/);
    await saveScreenshot(page, 'compose-es');
  });

  it('offers questions before a first meeting, and takes the user’s own', async () => {
    const page = await h.open(`/contacts/${marta}`);
    const library = new LibraryPage(page);
    await library.questions.getByText('How did you get started in what you do now?').waitFor();
    await library.questions.getByLabel('Add a question of your own').fill('What would you tell your younger self?');
    await library.questions.getByRole('button', { name: 'Add' }).click();
    await library.questions.getByText('What would you tell your younger self?').waitFor();
  });

  it('keeps a library, suggests what fits, and remembers what was sent', async () => {
    const page = await h.open('/library');
    const library = new LibraryPage(page);
    await page.getByRole('heading', { level: 1, name: 'Library' }).waitFor();
    await library.add({ title: 'Testing Airflow DAGs', topics: 'airflow, data' });
    await library.add({ title: 'Sourdough for beginners', kind: 'Book', topics: 'baking' });
    await library.items.filter({ hasText: 'Sourdough for beginners' }).waitFor();
    expect(await library.items.count()).toBe(2);
    expect(await seriousViolations(page)).toEqual([]);
    await saveScreenshot(page, 'library');

    await page.goto(`${h.server.appUrl}/contacts/${marta}`);
    const card = library.suggestions;
    await card.getByText('Testing Airflow DAGs').waitFor();
    expect(await card.textContent()).toContain('It is about airflow, one of their interests.');
    expect(await card.textContent()).not.toContain('Sourdough');
    await card.getByRole('button', { name: 'Mark as sent' }).click();
    await page.getByTestId('timeline').getByText('You sent them “Testing Airflow DAGs”').waitFor();
    await card.getByText('Nothing in your library fits Marta Ruiz yet.').waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await saveScreenshot(page, 'contact-library');
  });
});
