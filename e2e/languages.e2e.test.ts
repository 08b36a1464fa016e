/**
 * Language: chosen from the browser, switchable through all four languages on every page, kept
 * after a reload and in the account settings; the coach's texts change language too; no raw keys.
 */
import { describe, expect, it } from 'vitest';
import { skipBrowser } from './support/chromium';
import { useHarness } from './support/harness';
import { createContact, logInteraction } from './support/seed';
import { saveScreenshot } from './support/screenshots';
import { AppShell } from './pages/AppShell';

const rawKey =
  /\b(app|nav|today|contacts|contact|form|log|insights|settings|palette|enum|errors|notFound|language|shortcuts)\.[a-zA-Z]/;

const expected = {
  en: { today: 'Today', contacts: 'Contacts', insights: 'Insights', settings: 'Settings', stage: 'Stage' },
  es: { today: 'Hoy', contacts: 'Contactos', insights: 'Análisis', settings: 'Ajustes', stage: 'Etapa' },
  pt: { today: 'Hoje', contacts: 'Contatos', insights: 'Análises', settings: 'Configurações', stage: 'Etapa' },
  it: { today: 'Oggi', contacts: 'Contatti', insights: 'Analisi', settings: 'Impostazioni', stage: 'Fase' },
} as const;

describe.skipIf(skipBrowser)('languages', () => {
  const h = useHarness();
  let contactId = '';

  it('starts in the browser language', async () => {
    contactId = await createContact(h.server.apiUrl, { name: 'Giulia Rossi', company: 'Enel', tags: ['energia'] });
    await logInteraction(h.server.apiUrl, { contactIds: [contactId], value: 'give', giveKind: 'article' });
    const page = await h.open('/', { locale: 'it-IT' });
    const shell = new AppShell(page);
    await shell.heading.filter({ hasText: 'Oggi' }).waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('it');
  });

  it('switches through all four languages on every page, coach texts included', async () => {
    const page = await h.open('/');
    const shell = new AppShell(page);
    const coachTexts = new Set<string>();
    for (const lang of ['es', 'pt', 'it', 'en'] as const) {
      await shell.switchLanguage(lang);
      const words = expected[lang];
      for (const [path, title] of [
        ['/', words.today],
        ['/contacts', words.contacts],
        ['/insights', words.insights],
        ['/settings', words.settings],
      ] as const) {
        const nav = path === '/' ? words.today : title;
        await shell.go(nav);
        await shell.heading.filter({ hasText: title }).waitFor();
        await page.waitForTimeout(150);
        const text = await shell.visibleText();
        expect(text, `${lang} ${path}`).not.toMatch(rawKey);
      }
      // The contact page: chrome and the coach's reasons, both in the chosen language.
      await page.goto(`${h.server.appUrl}/contacts/${contactId}`);
      await page.getByRole('heading', { name: words.stage, exact: true }).waitFor();
      const reason = await page.locator('[data-testid="next-action"] p').first().innerText();
      coachTexts.add(reason);
      expect(await shell.visibleText()).not.toMatch(rawKey);
      await saveScreenshot(page, `contact-${lang}`);
    }
    // Four languages, four different coach texts.
    expect(coachTexts.size).toBe(4);
  });

  it('keeps the choice after a reload and in the account settings', async () => {
    const page = await h.open('/');
    const shell = new AppShell(page);
    await shell.switchLanguage('pt');
    await page.reload();
    await shell.heading.filter({ hasText: 'Hoje' }).waitFor();
    const settings = (await (await fetch(`${h.server.apiUrl}/api/v1/settings`)).json()) as { locale: string };
    expect(settings.locale).toBe('pt');
  });
});
