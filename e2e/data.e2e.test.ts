/**
 * Data leaves nexo from Settings: contacts as vCard, a full backup (and a restore that refuses a
 * nexo already in use), and a calendar feed address that works until it is stopped.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { skipBrowser } from './support/chromium';
import { useHarness } from './support/harness';
import { saveScreenshot } from './support/screenshots';
import { createContact, logInteraction } from './support/seed';
import { SettingsDataPage } from './pages/SettingsDataPage';

describe.skipIf(skipBrowser)('export, backup and the calendar feed in Settings', () => {
  const h = useHarness();

  it('downloads contacts and a backup, refuses to restore over existing data, and serves a revocable feed', async () => {
    const ana = await createContact(h.server.apiUrl, { name: "Zoë O'Connor", tier: 'key', tags: ['design'] });
    await logInteraction(h.server.apiUrl, {
      contactIds: [ana],
      kind: 'coffee',
      followUpAt: new Date(Date.now() + 2 * 86_400_000).toISOString(),
    });
    const page = await h.open('/settings');
    const settings = new SettingsDataPage(page);

    const vcard = await settings.download(page.getByTestId('export-download'));
    expect(vcard.suggestedFilename()).toMatch(/^nexo-contacts-\d{4}-\d{2}-\d{2}\.vcf$/);
    expect(readFileSync((await vcard.path()) ?? '', 'utf8')).toContain("FN:Zoë O'Connor");

    const backup = await settings.download(page.getByTestId('backup-download'));
    const text = readFileSync((await backup.path()) ?? '', 'utf8');
    expect(JSON.parse(text)).toMatchObject({ format: 'nexo-backup', version: 2 });
    await settings.restore({ name: 'backup.json', mimeType: 'application/json', buffer: Buffer.from(text) });
    await settings.backup.getByRole('alert').getByText('This nexo already has contacts.', { exact: false }).waitFor();

    const url = await settings.createFeed();
    expect(url).toMatch(/\/api\/calendar\/[\w.-]+\.ics$/);
    await saveScreenshot(page, 'settings-calendar-feed');
    const feed = await fetch(url);
    expect(feed.status).toBe(200);
    expect(feed.headers.get('content-type')).toBe('text/calendar; charset=utf-8');
    expect(await feed.text()).toContain("SUMMARY:Follow up with Zoë O'Connor");

    await settings.stopFeed();
    expect((await fetch(url)).status).toBe(404);
  });
});
