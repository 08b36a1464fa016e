/**
 * Import in the browser with real files: a LinkedIn Connections.csv dropped on the drop zone and a
 * vCard 2.1 from an Android phone (quoted-printable UTF-8) picked with the file input. The dry run's
 * counts and examples, the run with its progress, the people in Contacts with their names decoded,
 * a second import that creates nobody, the undo, and the per-line notes of a malformed file.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { seriousViolations } from './support/axe';
import { skipBrowser } from './support/chromium';
import { useHarness } from './support/harness';
import { saveScreenshot } from './support/screenshots';
import { AppShell } from './pages/AppShell';
import { ImportPage, type FileToImport } from './pages/ImportPage';

const fixtures = new URL('../packages/io/test-fixtures/', import.meta.url);
const fixture = (path: string, mimeType: string): FileToImport => ({
  name: path.split('/').pop() ?? path,
  mimeType,
  buffer: readFileSync(fileURLToPath(new URL(path, fixtures))),
});

const linkedin = fixture('synthetic/linkedin-connections-current.csv', 'text/csv');
const androidVcard = fixture('real-world/vcard21/ezvcard_android.vcf', 'text/vcard');
const nestedVcards = fixture('real-world/vcard_malformed/aosp_nested_vcards.vcf', 'text/vcard');

/** Searches Contacts and waits for the list (or its "nobody matches") to show. */
async function searchContacts(page: Page, appUrl: string, text: string): Promise<string[]> {
  await page.goto(`${appUrl}/contacts?q=${encodeURIComponent(text)}`);
  const list = page.getByTestId('contact-list');
  await list.getByRole('listitem').first().or(page.getByText('Nobody matches these filters.')).waitFor();
  return list.locator('.row-name').allInnerTexts();
}

describe.skipIf(skipBrowser)('import in the browser', () => {
  const h = useHarness();

  it('previews a dropped LinkedIn export, imports it with progress, re-imports nothing new and undoes it', async () => {
    const page = await h.open('/import');
    const importPage = new ImportPage(page);
    await importPage.drop(linkedin);
    await importPage.waitForPreview();
    // 250 rows: 245 people and 5 members who left (a date only), with a note per skipped line.
    expect(await importPage.counts()).toEqual({ created: 245, updated: 0, duplicates: 0, failed: 0, skipped: 5 });
    expect(await page.getByLabel('Format').locator('option:checked').innerText()).toBe('Detected: LinkedIn');
    expect(await importPage.examples('New people').allInnerTexts()).toEqual([
      'Søren Smith',
      'João Oliveira',
      'Giulia Brown',
      'Łukasz Martínez',
      'Lucía "Mimi" O\'Connor',
    ]);
    const notes = await importPage.problems();
    await notes
      .filter({ hasText: /^Record \d+, line \d+/ })
      .first()
      .waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await saveScreenshot(page, 'import-preview');

    // A slower connection, so the progress can be seen: the request waits a moment before it leaves.
    const slow = /\/api\/v1\/imports\?.*dryRun=false/;
    await page.route(slow, async (route) => {
      await new Promise((resolve) => setTimeout(resolve, 1200));
      await route.continue();
    });
    await importPage.runButton.click();
    await importPage.progress.getByRole('progressbar').waitFor();
    await importPage.progress
      .getByRole('status')
      .filter({ hasText: /Uploading: \d+%|Saving your contacts/ })
      .waitFor();
    await saveScreenshot(page, 'import-progress');
    await page.getByRole('heading', { name: 'Imported', exact: true }).waitFor();
    await page.unroute(slow);
    expect(await importPage.counts()).toMatchObject({ created: 245, updated: 0, failed: 0 });
    await new AppShell(page).toast.filter({ hasText: 'Imported: 245 new, 0 updated.' }).waitFor();
    await importPage.pastImport('linkedin-connections-current.csv').getByText('245 new').waitFor();
    await saveScreenshot(page, 'import-done');

    expect(await searchContacts(page, h.server.appUrl, 'martinez')).toContain('Łukasz Martínez');
    expect(await searchContacts(page, h.server.appUrl, 'connor')).toContain('Lucía "Mimi" O\'Connor');

    // The same file again: everyone is already known, so there is nothing to import.
    await page.goto(`${h.server.appUrl}/import`);
    await importPage.drop(linkedin);
    await importPage.waitForPreview();
    expect(await importPage.counts()).toMatchObject({ created: 0, updated: 0, duplicates: 245, failed: 0 });
    expect(await importPage.examples('Already known').first().innerText()).toMatch(
      /^Søren Smith\s*same LinkedIn profile$/,
    );
    expect(await importPage.runButton.isDisabled()).toBe(true);

    await importPage.pastImport('linkedin-connections-current.csv').getByRole('button', { name: 'Undo' }).click();
    await new AppShell(page).toast.filter({ hasText: 'Import undone: 245 removed, 0 restored.' }).waitFor();
    await importPage.pastImport('linkedin-connections-current.csv').getByText('Undone', { exact: true }).waitFor();
    expect(await searchContacts(page, h.server.appUrl, 'martinez')).toEqual([]);
  });

  it('imports a real Android vCard chosen with the file input, with its accents decoded', async () => {
    const page = await h.open('/import');
    const importPage = new ImportPage(page);
    await importPage.choose(androidVcard);
    await importPage.waitForPreview();
    expect(await importPage.counts()).toEqual({ created: 6, updated: 0, duplicates: 0, failed: 0, skipped: 0 });
    await importPage
      .examples('New people')
      .filter({ hasText: /^Ñ Ñ Ñ Ñ Ñ$/ })
      .waitFor();
    await importPage.runButton.click();
    await page.getByRole('heading', { name: 'Imported', exact: true }).waitFor();
    expect(await importPage.counts()).toMatchObject({ created: 6, failed: 0 });

    const names = await searchContacts(page, h.server.appUrl, 'Ñ Ñ');
    expect(names).toEqual(expect.arrayContaining(['Ñ Ñ Ñ Ñ', 'Ñ Ñ Ñ Ñ Ñ', 'Ñ Ñ Ñ Ñ Ñ Ñ Ñ Ñ Ñ Ñ Ñ']));
    expect(names.join(' ')).not.toMatch(/Ã|�/);

    // Picked again: six people already known, nobody new.
    await page.goto(`${h.server.appUrl}/import`);
    await importPage.choose(androidVcard);
    await importPage.waitForPreview();
    expect(await importPage.counts()).toMatchObject({ created: 0, duplicates: 6, failed: 0 });
  });

  it('shows the notes of a malformed file record by record, with their lines', async () => {
    const page = await h.open('/import');
    const importPage = new ImportPage(page);
    await importPage.choose(nestedVcards);
    await importPage.waitForPreview();
    expect(await importPage.counts()).toMatchObject({ created: 3, failed: 0 });
    const notes = await importPage.problems();
    await notes
      .filter({ hasText: 'Record 1, line 4' })
      .filter({ hasText: 'A vCard starts inside the card that began on line 1' })
      .waitFor();
    await notes.filter({ hasText: 'Record 1, line 8' }).waitFor();
    await notes.filter({ hasText: /Record 1, line 12.*TEL: "1" is not a phone number/ }).waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await saveScreenshot(page, 'import-malformed');

    // The same notes in the browser's language, from the API (Accept-Language).
    // (The page object reads English labels: this part finds its way by test ids and structure.)
    const spanish = await h.open('/import', { locale: 'es-ES' });
    await new ImportPage(spanish).drop(nestedVcards);
    const details = spanish.locator('details.import-problems');
    await details.locator('summary').click();
    const notas = details.getByRole('listitem');
    await notas.filter({ hasText: 'Una vCard empieza dentro de la que comenzó en la línea 1' }).first().waitFor();
    await notas.filter({ hasText: /Registro 1, línea 12.*TEL: «1» no es un número de teléfono/ }).waitFor();
    await saveScreenshot(spanish, 'import-malformed-es');

    const dark = await h.open('/import', { colorScheme: 'dark' });
    const darkImport = new ImportPage(dark);
    await darkImport.choose(nestedVcards);
    await darkImport.waitForPreview();
    await darkImport.problems();
    await darkImport.pastImports.getByRole('listitem').first().waitFor();
    expect(await seriousViolations(dark)).toEqual([]);
    await saveScreenshot(dark, 'import-dark');
  });
});
