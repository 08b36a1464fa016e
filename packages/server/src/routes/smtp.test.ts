// The SMTP password at rest: stored sealed (AES-256-GCM), never returned, still sending through a real
// SMTP peer that checks it; plain text from before sealed on use; clear errors for a wrong or missing key.
import { randomBytes } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import { createSecretBox } from '@nexo/storage';
import type { SecretBox } from '@nexo/core';
import { buildApp } from '../app.js';
import { createServices } from '../runtime.js';
import { backends, type Api } from '../testing/harness.js';
import { createContact, expectError } from '../testing/factories.js';
import { startSmtpPeer, type SmtpPeer } from '../testing/smtp-peer.js';
import { createdCampaignSchema, sendReportSchema, smtpSettingsResponseSchema } from '../schemas/campaigns.js';

const peers: SmtpPeer[] = [];
const apps: { close(): Promise<unknown> }[] = [];
afterEach(async () => {
  for (const p of peers.splice(0)) await p.close();
  for (const app of apps.splice(0)) await app.close();
});

async function startPeer(): Promise<SmtpPeer> {
  const peer = await startSmtpPeer();
  peers.push(peer);
  return peer;
}

const settingsFor = (peer: SmtpPeer) => ({
  host: '127.0.0.1',
  port: peer.port,
  secure: false,
  user: peer.user,
  password: peer.password,
  fromAddress: 'zoe@example.org',
});

/** The password column exactly as the database holds it. */
async function storedPassword(a: Api): Promise<string | null | undefined> {
  const row = await a.storage.db
    .selectFrom('smtpSettings')
    .select('password')
    .where('accountId', '=', a.accountId)
    .executeTakeFirst();
  return row?.password;
}

/** A campaign of one, ready to send. */
async function readyCampaign(a: Api): Promise<string> {
  const contact = await createContact(a, { name: 'Ana Souza', company: 'Nubank', emails: ['ana@example.org'] });
  const template = await a.request('POST', '/api/v1/templates', {
    name: 'Geral',
    kind: 'general',
    lang: 'pt',
    subject: 'Olá {{firstName}}',
    body: 'Olá {{firstName}}, vi o seu trabalho na {{company}} e gostei muito. Abraço, Zoë',
  });
  expect(template.status, template.text).toBe(201);
  const created = await a.request('POST', '/api/v1/campaigns', {
    templateId: (template.body as { id: string }).id,
    contactIds: [contact.id],
  });
  expect(created.status, created.text).toBe(201);
  const id = createdCampaignSchema.parse(created.body).campaign.id;
  expect((await a.request('POST', `/api/v1/campaigns/${id}/ready`, {})).status).toBe(200);
  return id;
}

/** The same storage and account behind another app whose SecretBox is `secretBox`. */
async function withBox(a: Api, secretBox: SecretBox) {
  const app = await buildApp({
    storage: a.storage,
    services: createServices(a.storage, { clock: a.clock, secretBox }),
    webRoot: false,
    resolveAccount: () => Promise.resolve(a.accountId),
  });
  apps.push(app);
  return async (method: 'GET' | 'PUT' | 'POST', url: string, body?: object) => {
    const res = await app.inject({ method, url, ...(body ? { payload: body } : {}) });
    return { status: res.statusCode, headers: res.headers, body: res.json<unknown>(), text: res.body };
  };
}

describe.each(backends())('SMTP password at rest on $name', (backend) => {
  const api = backend.setup();

  it('is stored encrypted, never returned, and still logs in to the mail server', async () => {
    const a = await api();
    const peer = await startPeer();
    const put = await a.request('PUT', '/api/v1/settings/smtp', settingsFor(peer));
    expect(put.status, put.text).toBe(200);
    expect(put.text).not.toContain(peer.password);
    const stored = await storedPassword(a);
    expect(stored).toMatch(/^nexo1:[0-9a-f]{8}:/);
    expect(stored).not.toContain(peer.password);
    const read = await a.request('GET', '/api/v1/settings/smtp');
    expect(read.text).not.toContain(peer.password);
    expect(read.text).not.toContain(String(stored));
    expect(smtpSettingsResponseSchema.parse(read.body).smtp?.hasPassword).toBe(true);

    const id = await readyCampaign(a);
    const sent = await a.request('POST', `/api/v1/campaigns/${id}/send`, {});
    expect(sendReportSchema.parse(sent.body).results.map((r) => r.outcome)).toEqual(['sent']);
    expect(peer.delivered).toHaveLength(1);
    expect(peer.logins).toEqual([peer.user]);
  });

  it('keeps working with a password stored in plain text before, and seals it on first use', async () => {
    const a = await api();
    const peer = await startPeer();
    expect((await a.request('PUT', '/api/v1/settings/smtp', settingsFor(peer))).status).toBe(200);
    // As nexo stored it before passwords were encrypted.
    await a.storage.db
      .updateTable('smtpSettings')
      .set({ password: peer.password })
      .where('accountId', '=', a.accountId)
      .execute();
    const id = await readyCampaign(a);
    const sent = await a.request('POST', `/api/v1/campaigns/${id}/send`, {});
    expect(sendReportSchema.parse(sent.body).results.map((r) => r.outcome)).toEqual(['sent']);
    expect(await storedPassword(a)).toMatch(/^nexo1:/);

    // Saving other settings without the password seals a plain one too.
    await a.storage.db
      .updateTable('smtpSettings')
      .set({ password: peer.password })
      .where('accountId', '=', a.accountId)
      .execute();
    const { password: _password, ...withoutPassword } = settingsFor(peer);
    const put = await a.request('PUT', '/api/v1/settings/smtp', { ...withoutPassword, fromName: 'Zoë' });
    expect(smtpSettingsResponseSchema.parse(put.body).smtp?.hasPassword).toBe(true);
    expect(await storedPassword(a)).toMatch(/^nexo1:/);
  });

  it('with the wrong key, stops the send before anything is tried and says what to do', async () => {
    const a = await api();
    const peer = await startPeer();
    expect((await a.request('PUT', '/api/v1/settings/smtp', settingsFor(peer))).status).toBe(200);
    const id = await readyCampaign(a);
    const other = await withBox(a, createSecretBox({ key: randomBytes(32).toString('base64') }));
    const res = await other('POST', `/api/v1/campaigns/${id}/send`, {});
    const error = expectError(res, 409, 'conflict');
    expect(error.error.message).toMatch(/encrypted with key [0-9a-f]{8}, which this nexo does not have/);
    expect(error.error.message).toMatch(/NEXO_SECRET_KEY.*or enter the SMTP password again in the settings/);
    expect(res.text).not.toContain(peer.password);
    expect(peer.delivered).toHaveLength(0);
    // Nothing was claimed or marked failed: with the right key it goes out once.
    const campaign = await a.request('GET', `/api/v1/campaigns/${id}`);
    expect((campaign.body as { recipients: { sendState: string; attempts: number }[] }).recipients).toMatchObject([
      { sendState: 'pending', attempts: 0 },
    ]);
    expect((await a.request('POST', `/api/v1/campaigns/${id}/send`, {})).status).toBe(200);
    expect(peer.delivered).toHaveLength(1);
  });

  it('without a key (hosted, no NEXO_SECRET_KEY), refuses to store a password and says how to set one up', async () => {
    const a = await api();
    const peer = await startPeer();
    const hosted = await withBox(a, createSecretBox({}));
    const res = await hosted('PUT', '/api/v1/settings/smtp', settingsFor(peer));
    const error = expectError(res, 409, 'conflict');
    expect(error.error.message).toMatch(/Set NEXO_SECRET_KEY on the server to 32 random bytes in base64/);
    expect(error.error.details).toMatchObject({ setting: 'NEXO_SECRET_KEY' });
    // Nothing half-written; settings without a password can still be saved.
    expect(smtpSettingsResponseSchema.parse((await hosted('GET', '/api/v1/settings/smtp')).body).smtp).toBeNull();
    const { password: _password, ...withoutPassword } = settingsFor(peer);
    const saved = await hosted('PUT', '/api/v1/settings/smtp', withoutPassword);
    expect(saved.status, saved.text).toBe(200);
    expect(smtpSettingsResponseSchema.parse(saved.body).smtp?.hasPassword).toBe(false);
  });
});
