// API tests for templates and campaigns, sending to a real SMTP server on loopback (smtp-server) and
// checking what it received with mailparser: headers, encodings, one message each, no double sends.
import { afterEach, describe, expect, it } from 'vitest';
import { simpleParser } from 'mailparser';
import { backends, NOW, type Api } from '../testing/harness.js';
import { createContact, expectError, issueFields, logInteraction } from '../testing/factories.js';
import { startSmtpPeer, type SmtpPeer } from '../testing/smtp-peer.js';
import {
  campaignSchema,
  createdCampaignSchema,
  emlListSchema,
  sendReportSchema,
  smtpSettingsResponseSchema,
  templateSchema,
} from '../schemas/campaigns.js';
import { interactionPageSchema } from '../schemas/contacts.js';
import { agendaSchema } from '../schemas/coach.js';

const peers: SmtpPeer[] = [];
afterEach(async () => {
  for (const p of peers.splice(0)) await p.close();
});

async function peerFor(a: Api): Promise<SmtpPeer> {
  const peer = await startSmtpPeer();
  peers.push(peer);
  const res = await a.request('PUT', '/api/v1/settings/smtp', {
    host: '127.0.0.1',
    port: peer.port,
    secure: false,
    user: peer.user,
    password: peer.password,
    fromName: 'Zoë Ñúñez',
    fromAddress: 'zoe@example.org',
  });
  expect(res.status, res.text).toBe(200);
  return peer;
}

async function createTemplate(a: Api, fields: Record<string, unknown> = {}) {
  const res = await a.request('POST', '/api/v1/templates', {
    name: 'Procura geral',
    kind: 'general',
    lang: 'pt',
    subject: 'Novidades, {{firstName}}: à procura de um novo desafio',
    body:
      'Olá {{firstName}},\n\n{{personal}}\n\nComo sabe, terminei o meu contrato e procuro agora uma função de ' +
      'design de produto. Se souber de algo em {{company}} ou noutro lado, fico muito grato.\n\nAbraço,\nZoë',
    ...fields,
  });
  expect(res.status, res.text).toBe(201);
  return templateSchema.parse(res.body);
}

/** Three people with non-ASCII names, each with a personal paragraph, all drafts ready. */
async function readyCampaign(a: Api) {
  const joao = await createContact(a, {
    name: 'João Conceição',
    company: 'Nubank',
    emails: ['joao@example.org'],
  });
  const zoe = await createContact(a, { name: 'Zoë Müller', company: 'Zalando', emails: ['zoe.m@example.net'] });
  const taro = await createContact(a, {
    name: '山田 太郎',
    givenName: '太郎',
    familyName: '山田',
    company: 'ソニー',
    emails: ['taro@example.jp'],
  });
  const template = await createTemplate(a);
  const created = await a.request('POST', '/api/v1/campaigns', {
    templateId: template.id,
    contactIds: [joao.id, zoe.id, taro.id],
    personal: {
      [joao.id]:
        'Adorei a sua palestra sobre acessibilidade no Nubank — a parte dos leitores de ecrã mudou o meu trabalho.',
      [zoe.id]: 'O seu artigo sobre pesquisa com utilizadores em Berlim está na minha lista de leitura há semanas.',
      [taro.id]: 'Obrigado pela conversa em Tóquio sobre design de serviços (サービスデザイン).',
    },
  });
  expect(created.status, created.text).toBe(201);
  const { campaign } = createdCampaignSchema.parse(created.body);
  const ready = await a.request('POST', `/api/v1/campaigns/${campaign.id}/ready`, {});
  expect(ready.status, ready.text).toBe(200);
  return { joao, zoe, taro, template, campaign: campaignSchema.parse(ready.body) };
}

async function send(a: Api, id: string, body: Record<string, unknown> = {}) {
  const res = await a.request('POST', `/api/v1/campaigns/${id}/send`, body);
  expect(res.status, res.text).toBe(200);
  return sendReportSchema.parse(res.body);
}

const headerBlock = (raw: string) => raw.slice(0, raw.indexOf('\r\n\r\n'));

describe.each(backends())('campaigns API on $name', (backend) => {
  const api = backend.setup();

  it('renders a draft per person, flags an unfilled field, and refuses to send until all are ready', async () => {
    const a = await api();
    await peerFor(a);
    const ana = await createContact(a, { name: 'Ana Souza', company: 'Natura', emails: ['ana@example.org'] });
    const bo = await createContact(a, { name: 'Bo', emails: ['bo@example.org'] });
    const template = await createTemplate(a);
    expect(template.fields).toEqual(['firstName', 'personal', 'company']);
    const res = await a.request('POST', '/api/v1/campaigns?lang=en', {
      templateId: template.id,
      contactIds: [ana.id, bo.id],
      personal: { [ana.id]: 'Vi o seu post sobre embalagens recicláveis da Natura.' },
    });
    expect(res.status, res.text).toBe(201);
    const { campaign, excluded } = createdCampaignSchema.parse(res.body);
    expect(excluded).toEqual([]);
    expect(campaign.status).toBe('draft');
    const [draftAna, draftBo] = campaign.recipients;
    expect(draftAna?.subject).toBe('Novidades, Ana: à procura de um novo desafio');
    expect(draftAna?.body).toContain('Vi o seu post sobre embalagens recicláveis da Natura.');
    expect(draftAna?.body).toContain('em Natura ou noutro lado');
    expect(draftAna?.findings.filter((f) => f.rule === 'unfilled-placeholder')).toEqual([]);
    // Bo has no company and no personal paragraph: both stay visible, and the reviewer says so.
    expect(draftBo?.body).toContain('{{personal}}');
    expect(draftBo?.body).toContain('em {{company}} ou');
    const unfilled = draftBo?.findings.filter((f) => f.rule === 'unfilled-placeholder') ?? [];
    expect(unfilled.map((f) => f.evidence).sort()).toEqual(['{{company}}', '{{personal}}']);
    expect(unfilled[0]?.message).toMatch(/template field/);
    expect(draftAna?.mailto).toMatch(/^mailto:ana@example\.org\?subject=Novidades%2C%20Ana%3A%20%C3%A0%20procura/);

    const early = await a.request('POST', `/api/v1/campaigns/${campaign.id}/send`, {});
    const envelope = expectError(early, 409, 'conflict');
    expect(envelope.error.details.notReady).toEqual([
      { contactId: ana.id, name: 'Ana Souza' },
      { contactId: bo.id, name: 'Bo' },
    ]);

    // Editing Bo's draft fixes it; editing makes it not ready again until marked.
    const edited = await a.request('PATCH', `/api/v1/campaigns/${campaign.id}/recipients/${bo.id}`, {
      body: 'Olá Bo,\n\nObrigado pela dica do meetup de UX do mês passado!\n\nAbraço, Zoë',
      ready: true,
    });
    expect(edited.status, edited.text).toBe(200);
    const afterEdit = campaignSchema.parse(edited.body);
    expect(afterEdit.recipients[1]).toMatchObject({ edited: true, ready: true });
    expect(afterEdit.recipients[1]?.findings.filter((f) => f.rule === 'unfilled-placeholder')).toEqual([]);
    expect(afterEdit.status).toBe('draft');
  });

  it('sends one message per person through a real SMTP server, with correct headers and encodings', async () => {
    const a = await api();
    const peer = await peerFor(a);
    const { joao, zoe, taro, campaign } = await readyCampaign(a);
    expect(campaign.status).toBe('ready');

    const report = await send(a, campaign.id);
    expect(report.results.map((r) => [r.name, r.outcome, r.error])).toEqual([
      ['João Conceição', 'sent', null],
      ['Zoë Müller', 'sent', null],
      ['山田 太郎', 'sent', null],
    ]);
    expect(report.campaign.status).toBe('sent');
    expect(peer.logins).toContain(peer.user);
    expect(peer.delivered).toHaveLength(3);

    for (const [contact, address] of [
      [joao, 'joao@example.org'],
      [zoe, 'zoe.m@example.net'],
      [taro, 'taro@example.jp'],
    ] as const) {
      const draft = report.campaign.recipients.find((r) => r.contactId === contact.id);
      const mails = peer.delivered.filter((d) => d.to.includes(address));
      expect(mails, address).toHaveLength(1);
      const mail = mails[0];
      if (!mail) throw new Error(`nothing delivered to ${address}`);
      expect(mail.to).toEqual([address]);
      expect(mail.from).toBe('zoe@example.org');
      const { parsed } = mail;
      expect(parsed.from?.value).toEqual([{ address: 'zoe@example.org', name: 'Zoë Ñúñez' }]);
      const to = Array.isArray(parsed.to) ? parsed.to : [parsed.to];
      expect(to.flatMap((t) => t?.value ?? [])).toEqual([{ address, name: contact.name }]);
      expect(parsed.subject).toBe(draft?.subject);
      expect(parsed.text?.trim()).toBe(draft?.body.trim());
      expect(parsed.messageId).toBe(draft?.messageId);
      expect(draft?.messageId).toMatch(/^<nexo\.[\w.-]+@example\.org>$/);
      expect(parsed.date?.toISOString()).toBe(NOW.toISOString());
      // Headers travel as 7-bit ASCII: non-ASCII names and subjects as RFC 2047 encoded words.
      expect(headerBlock(mail.raw)).toMatch(/^[\x20-\x7e\r\n\t]*$/);
      expect(headerBlock(mail.raw)).toMatch(/=\?UTF-8\?[BQ]\?/i);
      expect(draft).toMatchObject({ sendState: 'sent', sentVia: 'smtp', attempts: 1, sentAt: NOW.toISOString() });
    }
    const taroMail = peer.delivered.find((d) => d.to.includes('taro@example.jp'));
    expect(taroMail?.parsed.text).toContain('サービスデザイン');
    expect(taroMail?.parsed.subject).toBe('Novidades, 太郎: à procura de um novo desafio');

    // Each message is logged once, as an outgoing e-mail (a general e-mail is neutral).
    const page = interactionPageSchema.parse((await a.request('GET', `/api/v1/contacts/${joao.id}/interactions`)).body);
    expect(page.items).toHaveLength(1);
    expect(page.items[0]).toMatchObject({ kind: 'email', direction: 'out', value: 'neutral', channel: 'email' });
    expect(page.items[0]?.id).toBe(report.campaign.recipients[0]?.interactionId);

    // Sending again sends nothing.
    const again = await send(a, campaign.id);
    expect(again.results.map((r) => r.outcome)).toEqual(['already-sent', 'already-sent', 'already-sent']);
    expect(peer.delivered).toHaveLength(3);
  });

  it('reports a refused recipient and retries only that one, never sending anything twice', async () => {
    const a = await api();
    const peer = await peerFor(a);
    const { zoe, campaign } = await readyCampaign(a);
    peer.refuse((address) => address === 'zoe.m@example.net');

    const first = await send(a, campaign.id);
    expect(first.results.map((r) => r.outcome)).toEqual(['sent', 'failed', 'sent']);
    const failed = first.results[1];
    expect(failed?.error).toMatch(/550/);
    expect(first.campaign.status).toBe('partial');
    expect(first.campaign.counts).toMatchObject({ total: 3, sent: 2, failed: 1, uncertain: 0 });
    expect(peer.delivered).toHaveLength(2);
    const retriedId = first.campaign.recipients[1]?.messageId;
    expect(retriedId).toMatch(/^<nexo\./);

    // Still refused: it fails again, and the two sent ones are not touched.
    const second = await send(a, campaign.id);
    expect(second.results.map((r) => r.outcome)).toEqual(['already-sent', 'failed', 'already-sent']);
    expect(second.campaign.recipients[1]).toMatchObject({ sendState: 'failed', attempts: 2 });
    expect(peer.delivered).toHaveLength(2);

    peer.refuse(null);
    const third = await send(a, campaign.id);
    expect(third.results.map((r) => r.outcome)).toEqual(['already-sent', 'sent', 'already-sent']);
    expect(third.campaign.status).toBe('sent');
    expect(peer.delivered).toHaveLength(3);
    const perAddress = peer.delivered.flatMap((d) => d.to).sort();
    expect(perAddress).toEqual(['joao@example.org', 'taro@example.jp', 'zoe.m@example.net']);
    expect(peer.delivered.find((d) => d.to.includes('zoe.m@example.net'))?.parsed.messageId).toBe(retriedId);
    const page = interactionPageSchema.parse((await a.request('GET', `/api/v1/contacts/${zoe.id}/interactions`)).body);
    expect(page.items).toHaveLength(1);
  });

  it('reports a refused login per person without ever showing the password', async () => {
    const a = await api();
    const peer = await peerFor(a);
    const put = await a.request('PUT', '/api/v1/settings/smtp', {
      host: '127.0.0.1',
      port: peer.port,
      user: peer.user,
      password: 'wrong-secret-Ω',
      fromAddress: 'zoe@example.org',
    });
    expect(put.status, put.text).toBe(200);
    const { campaign } = await readyCampaign(a);
    const res = await a.request('POST', `/api/v1/campaigns/${campaign.id}/send`, {});
    expect(res.status, res.text).toBe(200);
    const report = sendReportSchema.parse(res.body);
    expect(report.results.every((r) => r.outcome === 'failed' && /auth|login|535/i.test(r.error ?? ''))).toBe(true);
    expect(res.text).not.toContain('wrong-secret-Ω');
    expect(peer.delivered).toHaveLength(0);
  });

  it('keeps the SMTP password write-only', async () => {
    const a = await api();
    expect(smtpSettingsResponseSchema.parse((await a.request('GET', '/api/v1/settings/smtp')).body)).toEqual({
      smtp: null,
    });
    const peer = await peerFor(a);
    const read = await a.request('GET', '/api/v1/settings/smtp');
    expect(read.text).not.toContain(peer.password);
    expect(smtpSettingsResponseSchema.parse(read.body).smtp).toMatchObject({
      host: '127.0.0.1',
      port: peer.port,
      secure: false,
      user: peer.user,
      hasPassword: true,
      fromName: 'Zoë Ñúñez',
    });
    // Saving without a password keeps the stored one: sending still logs in.
    const kept = await a.request('PUT', '/api/v1/settings/smtp', {
      host: '127.0.0.1',
      port: peer.port,
      user: peer.user,
      fromAddress: 'zoe@example.org',
    });
    expect(smtpSettingsResponseSchema.parse(kept.body).smtp?.hasPassword).toBe(true);
    const { campaign } = await readyCampaign(a);
    expect((await send(a, campaign.id)).results.every((r) => r.outcome === 'sent')).toBe(true);
    const openapi = await a.request('GET', '/api/openapi.json');
    expect(openapi.text).toContain('/api/v1/campaigns/{id}/send');
    expect(openapi.text).toContain('/api/v1/settings/smtp');
    const bad = expectError(
      await a.request('PUT', '/api/v1/settings/smtp', { host: 'smtp example', port: 0, fromAddress: 'nope' }),
      400,
      'validation_failed',
    );
    expect(issueFields(bad).sort()).toEqual(['fromAddress', 'host', 'port']);
    expect((await a.request('DELETE', '/api/v1/settings/smtp')).status).toBe(204);
    const none = expectError(await a.request('POST', `/api/v1/campaigns/${campaign.id}/send`, {}), 409, 'conflict');
    expect(none.error.message).toMatch(/SMTP/);
  });

  it('keeps mentors, managers and employers out of a general e-mail, but not out of a personal request', async () => {
    const a = await api();
    const peer = await peerFor(a);
    const mentor = await createContact(a, { name: 'Marta', tags: ['mentora'], emails: ['marta@example.org'] });
    const boss = await createContact(a, { name: 'Luca', tags: ['Responsabile'], emails: ['luca@example.org'] });
    const employer = await createContact(a, { name: 'Acme HR', tags: ['employer'], emails: ['hr@example.org'] });
    const mute = await createContact(a, { name: 'Sem Email' });
    const peerInSector = await createContact(a, {
      name: 'Paula',
      company: 'Natura',
      tags: ['design'],
      emails: ['paula@example.org'],
    });
    const general = await createTemplate(a);
    const res = await a.request('POST', '/api/v1/campaigns?lang=es', {
      templateId: general.id,
      contactIds: [mentor.id, boss.id, employer.id, mute.id, peerInSector.id],
    });
    expect(res.status, res.text).toBe(201);
    const { campaign, excluded } = createdCampaignSchema.parse(res.body);
    expect(campaign.recipients.map((r) => r.contactId)).toEqual([peerInSector.id]);
    expect(excluded.map((e) => [e.name, e.reason])).toEqual([
      ['Marta', 'mentor'],
      ['Luca', 'manager'],
      ['Acme HR', 'employer'],
      ['Sem Email', 'no-email'],
    ]);
    expect(excluded[0]?.message).toMatch(/petición personal/);

    // A personal request to the mentor, at first contact: the early-ask warning shows before sending,
    // and sending is not blocked. The message is logged as an ask.
    const personal = await createTemplate(a, {
      name: 'Pedido',
      kind: 'personal',
      askKind: 'referral',
      lang: 'es',
      subject: '{{firstName}}, ¿me recomendarías?',
      body: 'Hola {{firstName}},\n\n{{personal}}\n\n¿Podrías recomendarme para el puesto de diseño en tu equipo?',
    });
    const pr = await a.request('POST', '/api/v1/campaigns', {
      templateId: personal.id,
      contactIds: [mentor.id],
      personal: { [mentor.id]: 'Tu consejo sobre mi portafolio el año pasado me ayudó a conseguir entrevistas.' },
    });
    expect(pr.status, pr.text).toBe(201);
    const draft = createdCampaignSchema.parse(pr.body).campaign.recipients[0];
    expect(draft?.warnings.map((w) => w.code)).toContain('early-ask');
    expect(draft?.findings.map((f) => f.rule)).toContain('early-ask');
    const id = createdCampaignSchema.parse(pr.body).campaign.id;
    await a.request('POST', `/api/v1/campaigns/${id}/ready`, {});
    expect((await send(a, id)).results[0]?.outcome).toBe('sent');
    expect(peer.delivered.map((d) => d.to)).toEqual([['marta@example.org']]);
    const page = interactionPageSchema.parse(
      (await a.request('GET', `/api/v1/contacts/${mentor.id}/interactions`)).body,
    );
    expect(page.items[0]).toMatchObject({ kind: 'email', value: 'ask', askKind: 'referral' });
  });

  it('exports .eml files and records messages sent by hand; a reply later puts a thank-you on Today', async () => {
    const a = await api();
    await peerFor(a);
    const { joao, campaign } = await readyCampaign(a);
    const eml = emlListSchema.parse((await a.request('GET', `/api/v1/campaigns/${campaign.id}/eml`)).body);
    expect(eml.items.map((f) => f.fileName)).toEqual([
      '001-joao-conceicao.eml',
      '002-zoe-muller.eml',
      '003-contact.eml',
    ]);
    const first = eml.items[0]?.content ?? '';
    expect(first).toContain('\r\n');
    expect(headerBlock(first)).toMatch(/^[\x20-\x7e\r\n\t]*$/);
    const parsed = await simpleParser(first);
    const stored = campaignSchema.parse((await a.request('GET', `/api/v1/campaigns/${campaign.id}`)).body);
    expect(parsed.messageId).toBe(stored.recipients[0]?.messageId);
    expect(parsed.from?.value).toEqual([{ address: 'zoe@example.org', name: 'Zoë Ñúñez' }]);
    expect(parsed.subject).toBe('Novidades, João: à procura de um novo desafio');
    expect(parsed.text).toContain('leitores de ecrã');
    const one = await a.request('GET', `/api/v1/campaigns/${campaign.id}/recipients/${joao.id}/eml`);
    expect(one.status).toBe(200);
    expect(String(one.headers['content-type'])).toContain('message/rfc822');
    expect(String(one.headers['content-disposition'])).toContain('001-joao-conceicao.eml');
    expect((await simpleParser(one.text)).messageId).toBe(parsed.messageId);

    const marked = await a.request('POST', `/api/v1/campaigns/${campaign.id}/mark-sent`, { contactIds: [joao.id] });
    expect(marked.status, marked.text).toBe(200);
    const report = sendReportSchema.parse(marked.body);
    expect(report.campaign.recipients[0]).toMatchObject({ sendState: 'sent', sentVia: 'manual' });
    expect(report.campaign.status).toBe('partial');

    // João replies two days later: Today shows a thank-you for him.
    a.clock.advanceDays(2);
    await logInteraction(a, {
      contactIds: [joao.id],
      kind: 'email',
      direction: 'in',
      note: 'Respondeu com duas dicas',
    });
    const agenda = agendaSchema.parse((await a.request('GET', '/api/v1/agenda/today?lang=en')).body);
    const item = agenda.items.find((i) => i.contactId === joao.id);
    expect(item?.kind).toBe('thanks-owed');
    expect(item?.reason).toMatch(/João Conceição helped you on June 3/);
    const view = campaignSchema.parse((await a.request('GET', `/api/v1/campaigns/${campaign.id}`)).body);
    expect(view.recipients[0]?.repliedAt).not.toBeNull();

    // Thanking him clears it.
    await logInteraction(a, { contactIds: [joao.id], kind: 'email', value: 'thanks' });
    const after = agendaSchema.parse((await a.request('GET', '/api/v1/agenda/today?lang=en')).body);
    expect(after.items.find((i) => i.contactId === joao.id && i.kind === 'thanks-owed')).toBeUndefined();
  });

  it('validates templates, naming unknown fields, and keeps accounts apart', async () => {
    const a = await api();
    const bad = expectError(
      await a.request('POST', '/api/v1/templates', {
        name: 'x',
        kind: 'general',
        subject: 'Hi {{nombre}}',
        body: 'Hello {{firstName}}',
        askKind: 'job',
      }),
      400,
      'validation_failed',
    );
    expect(issueFields(bad).sort()).toEqual(['askKind', 'subject']);
    expect(JSON.stringify(bad)).toContain('{{nombre}}');
    const t = await createTemplate(a);
    const patched = await a.request('PATCH', `/api/v1/templates/${t.id}`, { kind: 'personal' });
    expect(templateSchema.parse(patched.body)).toMatchObject({ kind: 'personal', askKind: 'advice' });
    expectError(await a.request('GET', '/api/v1/campaigns/nope'), 404, 'not_found');
    expectError(
      await a.request('POST', '/api/v1/campaigns', { templateId: 'missing', contactIds: ['x'] }),
      404,
      'not_found',
    );
    expect((await a.request('DELETE', `/api/v1/templates/${t.id}`)).status).toBe(204);
  });
});
