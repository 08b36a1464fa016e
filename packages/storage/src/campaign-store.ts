/**
 * The CampaignStore port: campaigns, their per-recipient drafts and send states. Claiming a message
 * for sending is one conditional UPDATE, so no two senders can both send it.
 */
import type {
  AskKind,
  Campaign,
  CampaignRecipient,
  CampaignStore,
  GiveKind,
  ReviewLang,
  SendState,
  SendVia,
  TemplateKind,
} from '@nexo/core';
import { sql, type Selectable } from 'kysely';
import { fromDbBool, toDbBool, type StorageContext } from './database.js';
import type { CampaignRecipientsTable, CampaignsTable } from './schema.js';
import { iso } from './contact-row.js';

/** The CampaignStore of one database. */
export function createCampaignStore(ctx: StorageContext): CampaignStore {
  const bool = (v: boolean) => toDbBool(ctx.dialect, v);

  const recipients = (accountId: string, campaignId: string) =>
    ctx.db.updateTable('campaignRecipients').where('accountId', '=', accountId).where('campaignId', '=', campaignId);

  /** A recipient's columns, without the keys of its campaign. */
  const recipientRow = (r: CampaignRecipient) => ({
    contactId: r.contactId,
    position: r.position,
    toName: r.toName,
    toAddress: r.toAddress,
    personal: r.personal,
    subject: r.subject,
    body: r.body,
    edited: bool(r.edited),
    ready: bool(r.ready),
    sendState: r.sendState,
    messageId: r.messageId,
    attempts: r.attempts,
    lastError: r.lastError,
    sentAt: r.sentAt === null ? null : iso(r.sentAt),
    sentVia: r.sentVia,
    interactionId: r.interactionId,
    updatedAt: iso(r.updatedAt),
  });

  const touch = (accountId: string, campaignId: string, at: string) =>
    ctx.db
      .updateTable('campaigns')
      .set({ updatedAt: iso(at) })
      .where('accountId', '=', accountId)
      .where('id', '=', campaignId)
      .execute();

  const get = async (accountId: string, id: string) => {
    const row = await ctx.db
      .selectFrom('campaigns')
      .selectAll()
      .where('accountId', '=', accountId)
      .where('id', '=', id)
      .executeTakeFirst();
    if (!row) return null;
    const rows = await ctx.db
      .selectFrom('campaignRecipients')
      .selectAll()
      .where('accountId', '=', accountId)
      .where('campaignId', '=', id)
      .orderBy('position')
      .orderBy('contactId')
      .execute();
    return { ...toCampaign(row), recipients: rows.map(toRecipient) };
  };

  return {
    async insert(accountId, c) {
      await ctx.db.transaction().execute(async (trx) => {
        await trx
          .insertInto('campaigns')
          .values({
            accountId,
            id: c.id,
            name: c.name,
            templateId: c.templateId,
            kind: c.kind,
            lang: c.lang,
            subject: c.subject,
            body: c.body,
            askKind: c.askKind,
            giveKind: c.giveKind,
            createdAt: iso(c.createdAt),
            updatedAt: iso(c.updatedAt),
          })
          .execute();
        // Batches keep each INSERT well under the engines' bound-parameter limits.
        for (let i = 0; i < c.recipients.length; i += 50) {
          await trx
            .insertInto('campaignRecipients')
            .values(c.recipients.slice(i, i + 50).map((r) => ({ accountId, campaignId: c.id, ...recipientRow(r) })))
            .execute();
        }
      });
      return (await get(accountId, c.id)) as NonNullable<Awaited<ReturnType<typeof get>>>;
    },

    get,

    async list(accountId) {
      const count = (state: SendState) =>
        sql<number>`coalesce(sum(case when r.send_state = ${state} then 1 else 0 end), 0)`;
      const rows = await ctx.db
        .selectFrom('campaigns as c')
        .leftJoin('campaignRecipients as r', (j) =>
          j.onRef('r.accountId', '=', 'c.accountId').onRef('r.campaignId', '=', 'c.id'),
        )
        .selectAll('c')
        .select((eb) => [
          eb.fn.count<number>('r.contactId').as('total'),
          sql<number>`coalesce(sum(case when r.ready = ${bool(true)} then 1 else 0 end), 0)`.as('readyCount'),
          count('sent').as('sentCount'),
          count('failed').as('failedCount'),
          count('sending').as('sendingCount'),
        ])
        .where('c.accountId', '=', accountId)
        .groupBy(['c.accountId', 'c.id'])
        .orderBy('c.createdAt', 'desc')
        .orderBy('c.id', 'desc')
        .execute();
      return rows.map((r) => ({
        ...toCampaign(r),
        total: Number(r.total),
        ready: Number(r.readyCount),
        sent: Number(r.sentCount),
        failed: Number(r.failedCount),
        sending: Number(r.sendingCount),
      }));
    },

    async delete(accountId, id) {
      const result = await ctx.db
        .deleteFrom('campaigns')
        .where('accountId', '=', accountId)
        .where('id', '=', id)
        .executeTakeFirst();
      return result.numDeletedRows > 0n;
    },

    async updateRecipient(accountId, campaignId, contactId, patch, updatedAt) {
      const set: Partial<CampaignRecipientsTable> = { updatedAt: iso(updatedAt) };
      if (patch.personal !== undefined) set.personal = patch.personal;
      if (patch.subject !== undefined) set.subject = patch.subject;
      if (patch.body !== undefined) set.body = patch.body;
      if (patch.edited !== undefined) set.edited = bool(patch.edited);
      if (patch.ready !== undefined) set.ready = bool(patch.ready);
      const result = await recipients(accountId, campaignId)
        .set(set)
        .where('contactId', '=', contactId)
        .executeTakeFirst();
      if (result.numUpdatedRows === 0n) return null;
      await touch(accountId, campaignId, updatedAt);
      const row = await ctx.db
        .selectFrom('campaignRecipients')
        .selectAll()
        .where('accountId', '=', accountId)
        .where('campaignId', '=', campaignId)
        .where('contactId', '=', contactId)
        .executeTakeFirstOrThrow();
      return toRecipient(row);
    },

    async removeRecipient(accountId, campaignId, contactId) {
      const result = await ctx.db
        .deleteFrom('campaignRecipients')
        .where('accountId', '=', accountId)
        .where('campaignId', '=', campaignId)
        .where('contactId', '=', contactId)
        .executeTakeFirst();
      return result.numDeletedRows > 0n;
    },

    async addRecipients(accountId, campaignId, list, updatedAt) {
      const added: string[] = [];
      for (const r of list) {
        // One row at a time: someone already in the campaign keeps their draft (a concurrent add wins).
        const result = await ctx.db
          .insertInto('campaignRecipients')
          .values({ accountId, campaignId, ...recipientRow(r) })
          .onConflict((oc) => oc.columns(['accountId', 'campaignId', 'contactId']).doNothing())
          .executeTakeFirst();
        if (Number(result.numInsertedOrUpdatedRows ?? 0n) > 0) added.push(r.contactId);
      }
      if (added.length > 0) await touch(accountId, campaignId, updatedAt);
      return added;
    },

    async assignMessageIds(accountId, campaignId, ids) {
      for (const [contactId, messageId] of ids) {
        await recipients(accountId, campaignId)
          .set({ messageId })
          .where('contactId', '=', contactId)
          .where('messageId', 'is', null)
          .execute();
      }
    },

    async claimSend(accountId, campaignId, contactId, from, at) {
      if (from.length === 0) return false;
      const result = await recipients(accountId, campaignId)
        .set((eb) => ({ sendState: 'sending', attempts: eb('attempts', '+', 1), lastError: null, updatedAt: iso(at) }))
        .where('contactId', '=', contactId)
        .where('sendState', 'in', [...from])
        .executeTakeFirst();
      return result.numUpdatedRows > 0n;
    },

    async recordSent(accountId, campaignId, contactId, outcome) {
      await recipients(accountId, campaignId)
        .set({
          sendState: 'sent',
          sentAt: iso(outcome.sentAt),
          sentVia: outcome.via,
          interactionId: outcome.interactionId,
          lastError: null,
          updatedAt: iso(outcome.sentAt),
        })
        .where('contactId', '=', contactId)
        .execute();
      await touch(accountId, campaignId, outcome.sentAt);
    },

    async recordFailure(accountId, campaignId, contactId, error, at) {
      await recipients(accountId, campaignId)
        .set({ sendState: 'failed', lastError: error, updatedAt: iso(at) })
        .where('contactId', '=', contactId)
        .where('sendState', '=', 'sending')
        .execute();
      await touch(accountId, campaignId, at);
    },
  };
}

function toCampaign(row: Selectable<CampaignsTable>): Campaign {
  return {
    id: row.id,
    name: row.name,
    templateId: row.templateId,
    kind: row.kind as TemplateKind,
    lang: row.lang as ReviewLang,
    subject: row.subject,
    body: row.body,
    askKind: row.askKind as AskKind | null,
    giveKind: row.giveKind as GiveKind | null,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
  };
}

function toRecipient(row: Selectable<CampaignRecipientsTable>): CampaignRecipient {
  return {
    contactId: row.contactId,
    position: row.position,
    toName: row.toName,
    toAddress: row.toAddress,
    personal: row.personal,
    subject: row.subject,
    body: row.body,
    edited: fromDbBool(row.edited),
    ready: fromDbBool(row.ready),
    sendState: row.sendState as SendState,
    messageId: row.messageId,
    attempts: row.attempts,
    lastError: row.lastError,
    sentAt: row.sentAt,
    sentVia: row.sentVia as SendVia | null,
    interactionId: row.interactionId,
    updatedAt: row.updatedAt,
  };
}
