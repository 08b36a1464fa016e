/**
 * A new user's first ten minutes: the empty state teaches what to do, three people are added,
 * a give is logged, a premature ask shows the coach's warning before it is saved, and Today changes.
 */
import { describe, expect, it } from 'vitest';
import { skipBrowser } from './support/chromium';
import { useHarness } from './support/harness';
import { saveScreenshot } from './support/screenshots';
import { AppShell } from './pages/AppShell';
import { ContactPage } from './pages/ContactPage';
import { NewContactDialog } from './pages/NewContactDialog';
import { TodayPage } from './pages/TodayPage';

describe.skipIf(skipBrowser)('a new user’s first ten minutes', () => {
  const h = useHarness();

  it('goes from an empty network to a coached one', async () => {
    const page = await h.open('/');
    const shell = new AppShell(page);
    const today = new TodayPage(page);
    const dialog = new NewContactDialog(page);

    // Empty state: what nexo is and the first steps.
    await today.welcome.waitFor();
    expect(await today.welcome.innerText()).toContain('Add people you already know');
    await saveScreenshot(page, 'today-empty');

    // A validation error from the API is shown beside its field, and the typed text stays.
    await dialog.open();
    await dialog.fill({ name: 'Ana Souza', company: 'Nubank', email: 'not-an-email' });
    await dialog.submit();
    const emailError = dialog.dialog.getByText('Not a valid e-mail address.');
    await emailError.waitFor();
    expect(await dialog.dialog.getByLabel('Company').inputValue()).toBe('Nubank');
    await saveScreenshot(page, 'new-contact-error');
    await dialog.dialog.getByLabel('E-mail').fill('ana@example.com');
    await dialog.submit();
    await dialog.dialog.waitFor({ state: 'hidden' });

    await dialog.add({ name: 'Luca Bianchi', company: 'Bending Spoons', context: 'university', tier: 'key' });
    await dialog.add({ name: 'María García', company: 'Cabify', context: 'former-colleague', tags: 'design, cycling' });

    // Today now lists the new people, waiting for a first give.
    await today.item('María García').waitFor();
    expect(await today.items.count()).toBe(3);
    expect(await today.group('New: give first').isVisible()).toBe(true);
    await saveScreenshot(page, 'today-new-contacts');

    // Open Luca and log a give in two clicks.
    await today.item('Luca Bianchi').getByRole('link', { name: 'Luca Bianchi' }).click();
    await shell.heading.filter({ hasText: 'Luca Bianchi' }).waitFor();
    const contact = new ContactPage(page);
    await contact.chooseValue('Give');
    await contact.save();
    await page.waitForFunction(() => document.querySelector('[data-testid="gives"]')?.textContent === '1');

    // Open María and plan an ask: the warning appears before anything is saved.
    await shell.go('Contacts');
    await page
      .getByTestId('contact-list')
      .getByRole('link', { name: /^María García/ })
      .click();
    await shell.heading.filter({ hasText: 'María García' }).waitFor();
    await contact.chooseValue('Ask');
    await contact.selectAskKind('referral');
    await contact.askWarning.waitFor();
    expect(await contact.askWarning.innerText()).toContain('Instead:');
    expect(await contact.asks.innerText()).toBe('0');
    expect(await contact.saveButton.innerText()).toBe('Save the ask anyway');
    await saveScreenshot(page, 'contact-ask-warning');

    // The user decides: it is saved anyway.
    await contact.save();
    await page.waitForFunction(() => document.querySelector('[data-testid="asks"]')?.textContent === '1');
    expect(await contact.timeline.innerText()).toContain('A referral');
    await saveScreenshot(page, 'contact-after-ask');

    // Today changed: Luca got his first give and is no longer waiting for one.
    await shell.go('Today');
    await today.item('Ana Souza').waitFor();
    await page.waitForFunction(() => !document.body.innerText.includes('Luca Bianchi'));
    expect(await today.items.count()).toBe(2);

    // Done from the list itself.
    await today.done('Ana Souza');
    await shell.toast.filter({ hasText: 'Logged for Ana Souza' }).waitFor();
    await page.waitForFunction(() => !document.body.innerText.includes('Ana Souza'));
    await saveScreenshot(page, 'today-after-done');
  });
});
