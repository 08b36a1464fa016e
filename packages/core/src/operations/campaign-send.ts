/**
 * Sending a campaign: campaigns.send (through the account's SMTP server), campaigns.markSent (sent
 * by the user from exported .eml files or mailto links) and campaigns.exportEml. Each message is
 * claimed before it is handed over and its outcome recorded after, so a retry never sends a
 * message twice; each sent message is logged as an e-mail interaction.
 */
import { AppError, notFound } from '../errors.js';
import type {
  CampaignStore,
  Clock,
  ContactStore,
  IdGenerator,
  InteractionStore,
  Mailer,
  MailSession,
  SecretBox,
  SmtpSettingsStore,
} from '../ports.js';
import { campaignValue } from '../campaigns/interaction.js';
import { newMessageId, outgoingMail } from '../campaigns/mail.js';
import { recipientSelectionSchema, sendCampaignSchema } from '../campaigns/schema.js';
import type { CampaignRecipient, CampaignRecord, SendState, SendVia } from '../campaigns/types.js';
import { parseInput } from '../shared/validate.js';
import type { RequestContext } from './context.js';
import { getCampaign } from './campaigns.js';
import type { CampaignView } from './campaign-views.js';
import { openSmtpSettings } from './smtp.js';

/** What happened to one recipient in this send. */
export type SendOutcome = 'sent' | 'failed' | 'already-sent' | 'uncertain';

export interface SendResult {
  contactId: string;
  name: string;
  outcome: SendOutcome;
  messageId: string | null;
  /** What the mail server said when it refused or failed. */
  error: string | null;
}

export interface SendReport {
  campaign: CampaignView;
  results: SendResult[];
}

type SendDeps = {
  campaigns: CampaignStore;
  contacts: ContactStore;
  interactions: InteractionStore;
  clock: Clock;
  ids: IdGenerator;
};

function selectRecipients(campaign: CampaignRecord, contactIds: string[] | undefined): CampaignRecipient[] {
  if (!contactIds) return campaign.recipients;
  return contactIds.map((id) => {
    const r = campaign.recipients.find((x) => x.contactId === id);
    if (!r) {
      throw new AppError('not_found', `Campaign "${campaign.id}" has no recipient "${id}".`, {
        kind: 'recipient',
        id,
      });
    }
    return r;
  });
}

/** Principle 11: prepare them all, then send them the same day, so nobody feels second. */
function assertAllReady(campaign: CampaignRecord): void {
  const notReady = campaign.recipients.filter((r) => !r.ready && r.sendState !== 'sent');
  if (notReady.length > 0) {
    throw new AppError(
      'conflict',
      `${notReady.length} of ${campaign.recipients.length} drafts are not ready yet. Review them and mark them ready, ` +
        'or remove those people, so that everyone gets their message the same day.',
      { notReady: notReady.map((r) => ({ contactId: r.contactId, name: r.toName })) },
    );
  }
}

async function loadCampaign(campaigns: CampaignStore, ctx: RequestContext, id: string): Promise<CampaignRecord> {
  const campaign = await campaigns.get(ctx.accountId, id);
  if (!campaign) throw notFound('campaign', id);
  return campaign;
}

/** Gives every recipient without one a Message-ID on the sender's domain; returns the ids by contact. */
async function ensureMessageIds(
  deps: { campaigns: CampaignStore; ids: IdGenerator },
  ctx: RequestContext,
  campaign: CampaignRecord,
  recipients: CampaignRecipient[],
  fromAddress: string,
): Promise<Map<string, string>> {
  const fresh = new Map<string, string>();
  for (const r of recipients) {
    if (r.messageId === null)
      fresh.set(r.contactId, newMessageId(campaign.id, r.contactId, deps.ids.next(), fromAddress));
  }
  if (fresh.size > 0) await deps.campaigns.assignMessageIds(ctx.accountId, campaign.id, fresh);
  const stored = await loadCampaign(deps.campaigns, ctx, campaign.id);
  return new Map(stored.recipients.map((r) => [r.contactId, r.messageId ?? '']));
}

/** Logs the sent message as an e-mail interaction and records the recipient as sent. */
async function recordSent(
  deps: SendDeps,
  ctx: RequestContext,
  campaign: CampaignRecord,
  r: CampaignRecipient,
  via: SendVia,
): Promise<void> {
  const sentAt = deps.clock.now().toISOString();
  const meaning = campaignValue(campaign);
  const interaction = await deps.interactions.insert(ctx.accountId, {
    id: deps.ids.next(),
    contactIds: [r.contactId],
    occurredAt: sentAt,
    kind: 'email',
    channel: 'email',
    direction: 'out',
    ...meaning,
    note: `${campaign.name}: ${r.subject}`.slice(0, 20_000),
    followUpAt: null,
    createdAt: sentAt,
  });
  await deps.campaigns.recordSent(ctx.accountId, campaign.id, r.contactId, {
    sentAt,
    via,
    interactionId: interaction.id,
  });
}

/** An error of the mail server as one line, without anything secret in it. */
function describeFailure(error: unknown, secret: string | null): string {
  let text = error instanceof Error ? error.message : String(error);
  if (secret) text = text.split(secret).join('***');
  return text.replace(/\s+/gu, ' ').trim().slice(0, 500) || 'The mail server refused the message.';
}

/**
 * campaigns.send: sends every ready message not sent yet through the account's SMTP server, one
 * message per person, and reports each one. Messages already sent are never sent again; a failed
 * one is sent again by calling this again (with the same Message-ID). A message whose earlier
 * attempt has no recorded outcome is only re-sent with `includeUncertain`.
 * @throws AppError `validation_failed`, `not_found`, `conflict` when a draft is not ready yet, no
 *   SMTP server is set up, or its password cannot be opened with the key at hand.
 */
export async function sendCampaign(
  deps: SendDeps & { smtp: SmtpSettingsStore; mailer: Mailer; secretBox: SecretBox },
  ctx: RequestContext,
  campaignId: string,
  input: unknown = {},
): Promise<SendReport> {
  const v = parseInput(sendCampaignSchema, input ?? {});
  const campaign = await loadCampaign(deps.campaigns, ctx, campaignId);
  const targets = selectRecipients(campaign, v.contactIds);
  assertAllReady(campaign);
  const stored = await deps.smtp.get(ctx.accountId);
  // Opened before any message is claimed: a key problem stops the send with nothing marked failed.
  const smtp = stored ? await openSmtpSettings(deps, ctx, stored) : null;
  if (!smtp) {
    throw new AppError(
      'conflict',
      'No SMTP server is set up: add yours in the settings (host, port, user, password and your address), ' +
        'or export the messages as .eml files or mailto links.',
      { setting: 'smtp' },
    );
  }
  const from: SendState[] = v.includeUncertain ? ['pending', 'failed', 'sending'] : ['pending', 'failed'];
  const toSend = targets.filter((r) => from.includes(r.sendState));
  const messageIds = await ensureMessageIds(deps, ctx, campaign, toSend, smtp.fromAddress);
  const outcomes = new Map<string, Omit<SendResult, 'contactId' | 'name'>>();
  let session: MailSession | null = null;
  try {
    for (const r of toSend) {
      const messageId = messageIds.get(r.contactId) ?? null;
      const now = deps.clock.now().toISOString();
      if (!messageId || !(await deps.campaigns.claimSend(ctx.accountId, campaign.id, r.contactId, from, now))) {
        outcomes.set(r.contactId, { outcome: 'already-sent', messageId, error: null });
        continue;
      }
      try {
        session ??= await deps.mailer.open({
          host: smtp.host,
          port: smtp.port,
          secure: smtp.secure,
          user: smtp.user,
          password: smtp.password,
        });
        const mail = outgoingMail(r, { name: smtp.fromName, address: smtp.fromAddress }, messageId, now);
        await session.send(mail);
      } catch (error) {
        const message = describeFailure(error, smtp.password);
        await deps.campaigns.recordFailure(ctx.accountId, campaign.id, r.contactId, message, now);
        outcomes.set(r.contactId, { outcome: 'failed', messageId, error: message });
        continue;
      }
      await recordSent(deps, ctx, campaign, r, 'smtp');
      outcomes.set(r.contactId, { outcome: 'sent', messageId, error: null });
    }
  } finally {
    await session?.close().catch(() => undefined);
  }
  const results = targets.map((r): SendResult => {
    const done = outcomes.get(r.contactId);
    if (done) return { contactId: r.contactId, name: r.toName, ...done };
    const outcome: SendOutcome = r.sendState === 'sending' ? 'uncertain' : 'already-sent';
    return { contactId: r.contactId, name: r.toName, outcome, messageId: r.messageId, error: r.lastError };
  });
  return { campaign: await getCampaign(deps, ctx, campaignId), results };
}

/**
 * campaigns.markSent: records messages the user sent themselves (from the exported .eml files or
 * the mailto links) as sent, and logs each as an e-mail interaction. Already sent ones are skipped.
 * @throws AppError `validation_failed`, `not_found`, `conflict` when a draft is not ready yet.
 */
export async function markCampaignSent(
  deps: SendDeps,
  ctx: RequestContext,
  campaignId: string,
  input: unknown = {},
): Promise<SendReport> {
  const v = parseInput(recipientSelectionSchema, input ?? {});
  const campaign = await loadCampaign(deps.campaigns, ctx, campaignId);
  const targets = selectRecipients(campaign, v.contactIds);
  assertAllReady(campaign);
  const results: SendResult[] = [];
  for (const r of targets) {
    const now = deps.clock.now().toISOString();
    const claimed =
      r.sendState !== 'sent' &&
      (await deps.campaigns.claimSend(ctx.accountId, campaign.id, r.contactId, ['pending', 'failed', 'sending'], now));
    if (claimed) await recordSent(deps, ctx, campaign, r, 'manual');
    const outcome: SendOutcome = claimed ? 'sent' : 'already-sent';
    results.push({ contactId: r.contactId, name: r.toName, outcome, messageId: r.messageId, error: null });
  }
  return { campaign: await getCampaign(deps, ctx, campaignId), results };
}

/** One exported message. */
export interface EmlFile {
  contactId: string;
  name: string;
  fileName: string;
  /** The whole RFC 5322 message, CRLF line ends. */
  content: string;
}

function slug(text: string): string {
  const s = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^A-Za-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .toLowerCase()
    .slice(0, 40);
  return s || 'contact';
}

/**
 * campaigns.exportEml: the messages (all, or those named) as .eml files to open and send from your
 * own mail program. The From address is the SMTP settings' one unless given. Nothing is marked
 * sent: do that with campaigns.markSent once they are out.
 * @throws AppError `validation_failed` (no From address), `not_found`.
 */
export async function exportCampaignEml(
  deps: { campaigns: CampaignStore; smtp: SmtpSettingsStore; mailer: Mailer; clock: Clock; ids: IdGenerator },
  ctx: RequestContext,
  campaignId: string,
  input: { contactIds?: string[]; fromAddress?: string; fromName?: string | null } = {},
): Promise<EmlFile[]> {
  const v = parseInput(recipientSelectionSchema, { contactIds: input.contactIds });
  const campaign = await loadCampaign(deps.campaigns, ctx, campaignId);
  const targets = selectRecipients(campaign, v.contactIds);
  const smtp = await deps.smtp.get(ctx.accountId);
  const fromAddress = input.fromAddress ?? smtp?.fromAddress;
  if (!fromAddress) {
    throw new AppError(
      'validation_failed',
      'Say who the messages are from: set up your address in the SMTP settings, or give one.',
      {
        issues: [{ field: 'fromAddress', message: 'Missing.' }],
      },
    );
  }
  const fromName = input.fromName === undefined ? (smtp?.fromName ?? null) : input.fromName;
  const messageIds = await ensureMessageIds(deps, ctx, campaign, targets, fromAddress);
  const date = deps.clock.now().toISOString();
  const files: EmlFile[] = [];
  for (const r of targets) {
    const mail = outgoingMail(r, { name: fromName, address: fromAddress }, messageIds.get(r.contactId) ?? '', date);
    files.push({
      contactId: r.contactId,
      name: r.toName,
      fileName: `${String(r.position + 1).padStart(3, '0')}-${slug(r.toName)}.eml`,
      content: await deps.mailer.compose(mail),
    });
  }
  return files;
}
