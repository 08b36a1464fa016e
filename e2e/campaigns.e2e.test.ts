/**
 * Templates and campaigns in the browser: people picked one by one, a general e-mail that keeps the
 * mentor out, people added to and removed from a draft campaign, a template edited and deleted, drafts with
 * the reviewer's findings fixed in place, all marked ready, sent the same day to a real SMTP server
 * on loopback, a refused recipient retried without sending anything twice. axe-clean, screenshots.
 */
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SMTPServer } from 'smtp-server';
import { simpleParser, type ParsedMail } from 'mailparser';
import { CampaignPage, CampaignsPage } from './pages/CampaignsPage';
import { seriousViolations } from './support/axe';
import { skipBrowser } from './support/chromium';
import { useHarness } from './support/harness';
import { saveScreenshot } from './support/screenshots';

describe.skipIf(skipBrowser)('campaigns', () => {
  const h = useHarness();
  const received: ParsedMail[] = [];
  const refused = new Set<string>();
  let smtp: SMTPServer | undefined;

  beforeAll(async () => {
    if (skipBrowser) return;
    smtp = new SMTPServer({
      disabledCommands: ['STARTTLS'],
      authOptional: true,
      logger: false,
      onRcptTo: (address, _s, cb) =>
        refused.has(address.address)
          ? cb(Object.assign(new Error('Mailbox unavailable'), { responseCode: 550 }))
          : cb(),
      onData: (stream, _s, cb) => {
        simpleParser(stream)
          .then((mail) => {
            received.push(mail);
            cb();
          })
          .catch(cb);
      },
    });
    await new Promise<void>((resolve) => smtp?.listen(0, '127.0.0.1', resolve));
  });
  afterAll(async () => {
    await new Promise<void>((resolve) => (smtp ? smtp.close(() => resolve()) : resolve()));
  });

  const post = async (path: string, body: unknown, method = 'POST') => {
    const res = await fetch(`${h.server.apiUrl}/api/v1${path}`, {
      method,
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(body),
    });
    if (!res.ok) throw new Error(`${path}: ${res.status} ${await res.text()}`);
  };

  it('has people to write to and a mail server', async () => {
    const port = (smtp?.server.address() as AddressInfo).port;
    await post(
      '/settings/smtp',
      { host: '127.0.0.1', port, fromName: 'Zoë Ñúñez', fromAddress: 'zoe@example.org' },
      'PUT',
    );
    await post('/contacts', { name: 'João Conceição', company: 'Nubank', tags: ['ux'], emails: ['joao@example.org'] });
    await post('/contacts', { name: 'Bo Lind', tags: ['ux'], emails: ['bo@example.org'] });
    await post('/contacts', { name: 'Marta Ruiz', tags: ['ux', 'mentora'], emails: ['marta@example.org'] });
    await post('/contacts', { name: 'Carla Neves', tags: ['ux'], emails: ['carla@example.org'] });
    await post('/contacts', { name: 'Dário Lopes', tags: ['finance'], emails: ['dario@example.org'] });
  });

  it('writes a template, prepares drafts, keeps the mentor out, and fixes what the reviewer flags', async () => {
    const page = await h.open('/campaigns');
    const campaigns = new CampaignsPage(page);
    await page.getByRole('heading', { level: 1, name: 'Campaigns' }).waitFor();
    await campaigns.addTemplate({
      name: 'Sector wave',
      language: 'Português',
      subject: 'Novidades, {{firstName}}',
      body:
        'Olá {{firstName}},\n\n{{personal}}\n\nProcuro agora uma função de design de produto. Se souber de algo em ' +
        '{{company}}, fico muito grato.\n\nAbraço, Zoë',
    });
    await campaigns.templates.filter({ hasText: 'Sector wave' }).waitFor();
    expect(await campaigns.templates.filter({ hasText: 'Sector wave' }).textContent()).toContain('{{personal}}');
    expect(await seriousViolations(page)).toEqual([]);
    await saveScreenshot(page, 'campaigns-templates');

    // Pick the people one by one: narrow to the ux tag, take all four, see the mentor kept out, untick Carla.
    await campaigns.chooseTemplate('Sector wave (General e-mail)');
    const picker = campaigns.picker;
    await picker.filterByTag('ux');
    await expect.poll(() => picker.people.count(), { timeout: 10_000 }).toBe(4);
    await picker.button('Select all 4 shown').click();
    await expect
      .poll(() => picker.summary.locator('p').first().textContent())
      .toBe('4 people picked · 3 will get a draft');
    expect(await picker.keptOut.allTextContents()).toEqual([
      expect.stringMatching(/Marta Ruiz is tagged as your mentor/),
    ]);
    await picker.person('Carla Neves').press('Space');
    expect(await picker.person('Carla Neves').isChecked()).toBe(false);
    await expect
      .poll(() => picker.summary.locator('p').first().textContent())
      .toBe('3 people picked · 2 will get a draft');
    expect(await seriousViolations(page)).toEqual([]);
    await saveScreenshot(page, 'campaign-pick-people');
    await campaigns.prepareDrafts();
    await campaigns.excluded.first().waitFor();
    expect(await campaigns.excluded.allTextContents()).toEqual([
      expect.stringMatching(/Marta Ruiz is tagged as your mentor: the general e-mail is not for mentors/),
    ]);
    await campaigns.openCreated();

    const campaign = new CampaignPage(page);
    await campaign.draft('Bo Lind').waitFor();
    expect(await campaign.counts.textContent()).toBe('0 of 2 ready · 0 of 2 sent');
    // Bo has no company and neither has a personal paragraph yet: the fields stay visible, flagged.
    const bo = campaign.finding('Bo Lind', 'unfilled-placeholder');
    expect(await bo.count()).toBe(2);
    expect(await bo.locator('mark').allTextContents()).toEqual(expect.arrayContaining(['{{company}}', '{{personal}}']));
    expect(await campaign.button(/Send all/).isDisabled()).toBe(true);
    expect(await seriousViolations(page)).toEqual([]);
    await saveScreenshot(page, 'campaign-drafts-findings');

    await campaign.writePersonal('João Conceição', 'Adorei a sua palestra sobre acessibilidade no Nubank.');
    await expect
      .poll(() => campaign.finding('João Conceição', 'unfilled-placeholder').count(), { timeout: 10_000 })
      .toBe(0);
    const boDraft = campaign.draft('Bo Lind');
    await boDraft
      .getByLabel('Message', { exact: true })
      .fill(
        'Olá Bo,\n\nObrigado pela dica do meetup de UX do mês passado! Procuro agora uma função de design.\n\nAbraço, Zoë',
      );
    await boDraft.getByRole('button', { name: 'Save draft' }).click();
    await expect.poll(() => campaign.finding('Bo Lind', 'unfilled-placeholder').count(), { timeout: 10_000 }).toBe(0);
  });

  it('sends them all the same day, reports a refused recipient, and retries it without sending twice', async () => {
    const page = await h.open('/campaigns');
    await page.getByRole('link', { name: /^Sector wave/ }).click();
    const campaign = new CampaignPage(page);
    await campaign.draft('Bo Lind').waitFor();
    await campaign.button(/Mark 2 drafts ready/).click();
    await expect.poll(() => campaign.counts.textContent()).toBe('2 of 2 ready · 0 of 2 sent');

    refused.add('bo@example.org');
    await campaign.button('Send all 2 messages').click();
    await expect.poll(() => campaign.state('Bo Lind').textContent(), { timeout: 15_000 }).toBe('Failed');
    expect(await campaign.state('João Conceição').textContent()).toBe('Sent');
    expect(await campaign.draft('Bo Lind').getByRole('alert').textContent()).toMatch(/550/);
    expect(received.map((m) => m.subject)).toEqual(['Novidades, João']);
    expect(await seriousViolations(page)).toEqual([]);
    await saveScreenshot(page, 'campaign-partly-sent');

    refused.clear();
    await campaign.button('Send the 1 message not sent yet').click();
    await expect.poll(() => campaign.state('Bo Lind').textContent(), { timeout: 15_000 }).toBe('Sent');
    expect(await campaign.counts.textContent()).toBe('2 of 2 ready · 2 of 2 sent');
    expect(received.map((m) => m.subject).sort()).toEqual(['Novidades, Bo', 'Novidades, João']);
    const joao = received.find((m) => m.subject === 'Novidades, João');
    expect(joao?.from?.value).toEqual([{ address: 'zoe@example.org', name: 'Zoë Ñúñez' }]);
    expect(joao?.text).toContain('Adorei a sua palestra sobre acessibilidade no Nubank.');
    await saveScreenshot(page, 'campaign-sent');
  });

  it('adds and removes a person on a draft campaign, then edits and deletes a template kindly', async () => {
    const page = await h.open('/campaigns');
    const campaigns = new CampaignsPage(page);
    await campaigns.addTemplate({
      name: 'Personal ask',
      kind: 'Personal request',
      subject: 'A question, {{firstName}}',
      body: 'Hi {{firstName}},\n\n{{personal}}\n\nCould we talk for 20 minutes about your path at {{company}}?\n\nZoë',
    });
    await campaigns.template('Personal ask').waitFor();
    await campaigns.chooseTemplate('Personal ask (Personal request)');
    await campaigns.picker.search('Dário');
    await expect.poll(() => campaigns.picker.people.count(), { timeout: 10_000 }).toBe(1);
    await campaigns.picker.person('Dário Lopes').check();
    await campaigns.prepareDrafts();
    await campaigns.openCreated();

    const campaign = new CampaignPage(page);
    await campaign.draft('Dário Lopes').waitFor();
    await campaign.addPeople.getByRole('button', { name: 'Pick people to add' }).click();
    await campaign.picker.search('Carla');
    await expect.poll(() => campaign.picker.people.count(), { timeout: 10_000 }).toBe(1);
    await campaign.picker.person('Carla Neves').check();
    await expect
      .poll(() => campaign.picker.summary.locator('p').first().textContent())
      .toBe('1 person picked · 1 will get a draft');
    await campaign.picker.button('Add them to the campaign').click();
    await campaign.draft('Carla Neves').waitFor();
    expect(await campaign.counts.textContent()).toBe('0 of 2 ready · 0 of 2 sent');
    // Someone already in it is shown, but cannot be picked twice.
    await campaign.picker.search('Dário');
    await expect.poll(() => campaign.picker.person('Dário Lopes').isDisabled(), { timeout: 10_000 }).toBe(true);
    expect(await seriousViolations(page)).toEqual([]);
    await saveScreenshot(page, 'campaign-add-people');

    await campaign.remove('Carla Neves');
    await expect.poll(() => campaign.draft('Carla Neves').count(), { timeout: 10_000 }).toBe(0);
    expect(await campaign.counts.textContent()).toBe('0 of 1 ready · 0 of 1 sent');

    // Edit a template: an unknown field is named, as when it was written.
    await page.getByRole('link', { name: 'All campaigns' }).click();
    const edit = await campaigns.editTemplate('Sector wave');
    await edit.getByLabel('Subject', { exact: true }).fill('Novidades, {{nickname}}');
    await edit.getByRole('button', { name: 'Save changes' }).click();
    await expect
      .poll(() => edit.getByRole('alert').allTextContents(), { timeout: 10_000 })
      .toContain(
        'Unknown field {{nickname}}: use {{firstName}} {{lastName}} {{name}} {{company}} {{role}} {{sector}} {{location}} {{personal}}.',
      );
    expect(await seriousViolations(page)).toEqual([]);
    await saveScreenshot(page, 'campaigns-template-edit');
    await edit.getByLabel('Subject', { exact: true }).fill('Uma novidade, {{firstName}}');
    await edit.getByRole('button', { name: 'Save changes' }).click();
    await expect
      .poll(() => campaigns.template('Sector wave').locator('.template-subject').textContent(), { timeout: 10_000 })
      .toBe('Uma novidade, {{firstName}}');

    // Delete it: the campaign made from it keeps its own copy, and says so before.
    const dialog = await campaigns.deleteTemplate('Sector wave');
    expect(await dialog.textContent()).toContain('1 campaign was made from it: it keeps its own copy of the text');
    expect(await seriousViolations(page)).toEqual([]);
    await saveScreenshot(page, 'campaigns-template-delete');
    await dialog.getByRole('button', { name: 'Delete the template' }).click();
    await expect.poll(() => campaigns.template('Sector wave').count(), { timeout: 10_000 }).toBe(0);
    await page.getByRole('link', { name: /^Sector wave/ }).waitFor();
  });

  it('speaks Spanish', async () => {
    const page = await h.open('/campaigns', { locale: 'es-ES' });
    await page.getByRole('heading', { level: 1, name: 'Campañas' }).waitFor();
    await page.getByRole('link', { name: /^Sector wave/ }).click();
    await page.getByRole('heading', { level: 2, name: /^Enviada/ }).waitFor();
    expect(await page.getByTestId('draft-state').allTextContents()).toEqual(['Enviado', 'Enviado']);
    expect(await seriousViolations(page)).toEqual([]);
    await saveScreenshot(page, 'campaign-es');
  });
});
