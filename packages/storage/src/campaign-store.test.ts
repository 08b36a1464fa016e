// Templates, campaigns (drafts and send states) and SMTP settings on both engines, per account.
import { describe, expect, it } from 'vitest';
import type { CampaignRecipient, CampaignRecord, Template } from '@nexo/core';
import type { Storage } from './index.js';
import { forEachEngine } from './test-support/engines.js';
import { addDays, makeContact, newAccount, newId, T0 } from './test-support/factories.js';

function makeTemplate(overrides: Partial<Template> = {}): Template {
  return {
    id: newId('t'),
    name: 'Búsqueda general',
    kind: 'general',
    lang: 'es',
    subject: 'Hola {{firstName}}',
    body: 'Hola {{firstName}},\n\n{{personal}}\n\nUn saludo',
    askKind: null,
    giveKind: null,
    createdAt: T0,
    updatedAt: T0,
    ...overrides,
  };
}

function makeRecipient(
  contactId: string,
  position: number,
  overrides: Partial<CampaignRecipient> = {},
): CampaignRecipient {
  return {
    contactId,
    position,
    toName: 'João Conceição',
    toAddress: 'joao@example.org',
    personal: null,
    subject: 'Olá João',
    body: 'Olá João, tudo bem?',
    edited: false,
    ready: false,
    sendState: 'pending',
    messageId: null,
    attempts: 0,
    lastError: null,
    sentAt: null,
    sentVia: null,
    interactionId: null,
    updatedAt: T0,
    ...overrides,
  };
}

async function makeCampaign(s: Storage, account: string, people = 3): Promise<CampaignRecord> {
  const contacts = Array.from({ length: people }, () => makeContact());
  for (const c of contacts) await s.contacts.insert(account, c);
  return s.campaigns.insert(account, {
    id: newId('k'),
    name: 'Ola de mayo',
    templateId: null,
    kind: 'personal',
    lang: 'pt',
    subject: 'Olá {{firstName}}',
    body: 'Olá {{firstName}}',
    askKind: 'referral',
    giveKind: null,
    createdAt: T0,
    updatedAt: T0,
    recipients: contacts.map((c, i) => makeRecipient(c.id, i, { toName: `Person ${i}` })),
  });
}

function contactAt(c: CampaignRecord, i: number): string {
  const r = c.recipients[i];
  if (!r) throw new Error(`no recipient ${i}`);
  return r.contactId;
}

async function firstRecipient(s: Storage, account: string, id: string): Promise<CampaignRecipient> {
  const r = (await s.campaigns.get(account, id))?.recipients[0];
  if (!r) throw new Error('no recipient');
  return r;
}

forEachEngine((engine) => {
  describe('templates', () => {
    it('stores, lists by name, updates and deletes templates, each account its own', async () => {
      const s = await engine.open();
      const account = await newAccount(s);
      const other = await newAccount(s);
      const b = await s.templates.insert(
        account,
        makeTemplate({ name: 'B: petición', kind: 'personal', askKind: 'job' }),
      );
      const a = await s.templates.insert(account, makeTemplate({ name: 'A: general 日本語 Zoë' }));
      expect(a.name).toBe('A: general 日本語 Zoë');
      expect(b).toMatchObject({ kind: 'personal', askKind: 'job', giveKind: null, lang: 'es', createdAt: T0 });
      expect((await s.templates.list(account)).map((t) => t.id)).toEqual([a.id, b.id]);
      expect(await s.templates.list(other)).toEqual([]);
      expect(await s.templates.get(other, a.id)).toBeNull();

      const later = addDays(T0, 1);
      const updated = await s.templates.update(account, a.id, { subject: 'Novidades', lang: 'pt' }, later);
      expect(updated).toMatchObject({ subject: 'Novidades', lang: 'pt', updatedAt: later, body: a.body });
      expect(await s.templates.update(other, a.id, { subject: 'x' }, later)).toBeNull();
      expect(await s.templates.delete(other, a.id)).toBe(false);
      expect(await s.templates.delete(account, a.id)).toBe(true);
      expect(await s.templates.get(account, a.id)).toBeNull();
    });
  });

  describe('campaigns', () => {
    it('keeps the recipients in order and counts their states in the list, newest campaign first', async () => {
      const s = await engine.open();
      const account = await newAccount(s);
      const first = await makeCampaign(s, account, 3);
      expect(first.recipients.map((r) => r.position)).toEqual([0, 1, 2]);
      expect(first.recipients[0]).toMatchObject({ sendState: 'pending', ready: false, edited: false, attempts: 0 });
      const second = await makeCampaign(s, account, 1);
      await s.campaigns.updateRecipient(account, first.id, contactAt(first, 0), { ready: true }, T0);
      const list = await s.campaigns.list(account);
      // Same creation time: the larger id comes first (newest first, then id descending).
      const rows: [string, number, number, number][] = [
        [first.id, 3, 1, 0],
        [second.id, 1, 0, 0],
      ];
      const expected = rows.sort((x, y) => (x[0] < y[0] ? 1 : -1));
      expect(list.map((c) => [c.id, c.total, c.ready, c.sent])).toEqual(expected);
      expect(await s.campaigns.list(await newAccount(s))).toEqual([]);
    });

    it('adds drafts to a campaign, keeps the draft of someone already in it, only within the account', async () => {
      const s = await engine.open();
      const account = await newAccount(s);
      const other = await newAccount(s);
      const c = await makeCampaign(s, account, 1);
      const newcomer = makeContact({ name: 'Zoë Ñúñez' });
      await s.contacts.insert(account, newcomer);
      const later = addDays(T0, 3);
      const existing = contactAt(c, 0);
      const added = await s.campaigns.addRecipients(
        account,
        c.id,
        [
          makeRecipient(newcomer.id, 1, { toName: 'Zoë Ñúñez', body: 'Olá Zoë' }),
          makeRecipient(existing, 2, { body: 'would replace the draft' }),
        ],
        later,
      );
      expect(added).toEqual([newcomer.id]);
      const after = await s.campaigns.get(account, c.id);
      expect(after?.recipients.map((r) => [r.contactId, r.position, r.body])).toEqual([
        [existing, 0, 'Olá João, tudo bem?'],
        [newcomer.id, 1, 'Olá Zoë'],
      ]);
      expect(after?.updatedAt).toBe(later);
      // Another account's campaign of the same id cannot be reached: the foreign key needs the account.
      await expect(s.campaigns.addRecipients(other, c.id, [makeRecipient(newcomer.id, 3)], later)).rejects.toThrow();
      expect((await s.campaigns.get(account, c.id))?.recipients).toHaveLength(2);
    });

    it('edits one draft and removes a recipient, only within the account', async () => {
      const s = await engine.open();
      const account = await newAccount(s);
      const other = await newAccount(s);
      const c = await makeCampaign(s, account, 2);
      const target = contactAt(c, 1);
      const later = addDays(T0, 2);
      const edited = await s.campaigns.updateRecipient(
        account,
        c.id,
        target,
        { body: 'Olá João, vi a sua palestra sobre acessibilidade.', edited: true, personal: 'palestra' },
        later,
      );
      expect(edited).toMatchObject({ edited: true, personal: 'palestra', updatedAt: later });
      expect((await s.campaigns.get(account, c.id))?.updatedAt).toBe(later);
      expect(await s.campaigns.updateRecipient(other, c.id, target, { ready: true }, later)).toBeNull();
      expect(await s.campaigns.get(other, c.id)).toBeNull();
      expect(await s.campaigns.removeRecipient(other, c.id, target)).toBe(false);
      expect(await s.campaigns.removeRecipient(account, c.id, target)).toBe(true);
      expect((await s.campaigns.get(account, c.id))?.recipients.map((r) => r.contactId)).toEqual([contactAt(c, 0)]);
    });

    it('claims a message once, records a failure, lets the failure be claimed again, and never a sent one', async () => {
      const s = await engine.open();
      const account = await newAccount(s);
      const c = await makeCampaign(s, account, 1);
      const id = contactAt(c, 0);
      const retryable = ['pending', 'failed'] as const;
      await s.campaigns.assignMessageIds(account, c.id, new Map([[id, '<one@example.org>']]));
      await s.campaigns.assignMessageIds(account, c.id, new Map([[id, '<two@example.org>']]));

      expect(await s.campaigns.claimSend(account, c.id, id, retryable, T0)).toBe(true);
      // A second sender finds it taken.
      expect(await s.campaigns.claimSend(account, c.id, id, retryable, T0)).toBe(false);
      await s.campaigns.recordFailure(account, c.id, id, '550 mailbox unavailable', T0);
      let r = await firstRecipient(s, account, c.id);
      expect(r).toMatchObject({
        sendState: 'failed',
        attempts: 1,
        lastError: '550 mailbox unavailable',
        messageId: '<one@example.org>',
      });

      expect(await s.campaigns.claimSend(account, c.id, id, retryable, addDays(T0, 1))).toBe(true);
      await s.campaigns.recordSent(account, c.id, id, { sentAt: addDays(T0, 1), via: 'smtp', interactionId: 'i-1' });
      r = await firstRecipient(s, account, c.id);
      expect(r).toMatchObject({
        sendState: 'sent',
        attempts: 2,
        lastError: null,
        sentAt: addDays(T0, 1),
        sentVia: 'smtp',
        interactionId: 'i-1',
      });
      expect(await s.campaigns.claimSend(account, c.id, id, ['pending', 'failed', 'sending'], T0)).toBe(false);
      // A late failure report cannot turn a sent message back into a failed one.
      await s.campaigns.recordFailure(account, c.id, id, 'timeout', T0);
      expect((await firstRecipient(s, account, c.id)).sendState).toBe('sent');
      const [summary] = await s.campaigns.list(account);
      expect(summary).toMatchObject({ total: 1, sent: 1, failed: 0, sending: 0 });
    });

    it('deletes a campaign with its recipients; deleting a contact takes them out of campaigns', async () => {
      const s = await engine.open();
      const account = await newAccount(s);
      const c = await makeCampaign(s, account, 2);
      const gone = contactAt(c, 0);
      await s.db.deleteFrom('contacts').where('accountId', '=', account).where('id', '=', gone).execute();
      expect((await s.campaigns.get(account, c.id))?.recipients).toHaveLength(1);
      expect(await s.campaigns.delete(await newAccount(s), c.id)).toBe(false);
      expect(await s.campaigns.delete(account, c.id)).toBe(true);
      expect(await s.campaigns.get(account, c.id)).toBeNull();
      const left = await s.db
        .selectFrom('campaignRecipients')
        .select('contactId')
        .where('accountId', '=', account)
        .execute();
      expect(left).toEqual([]);
    });
  });

  describe('smtp settings', () => {
    it('saves, replaces and deletes the settings of one account, password included', async () => {
      const s = await engine.open();
      const account = await newAccount(s);
      const other = await newAccount(s);
      expect(await s.smtp.get(account)).toBeNull();
      const settings = {
        host: 'smtp.example.org',
        port: 587,
        secure: false,
        user: 'zoe',
        password: 'pässwörd-秘密',
        fromName: 'Zoë Ñúñez',
        fromAddress: 'zoe@example.org',
        updatedAt: T0,
      };
      expect(await s.smtp.save(account, settings)).toEqual(settings);
      const replaced = { ...settings, port: 465, secure: true, password: null, updatedAt: addDays(T0, 1) };
      expect(await s.smtp.save(account, replaced)).toEqual(replaced);
      expect(await s.smtp.get(other)).toBeNull();
      expect(await s.smtp.delete(other)).toBe(false);
      expect(await s.smtp.delete(account)).toBe(true);
      expect(await s.smtp.get(account)).toBeNull();
    });
  });
});
