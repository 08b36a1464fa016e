/**
 * Campaign operations: campaigns.create (a draft per person from a template), campaigns.list,
 * campaigns.get, campaigns.updateRecipient (edit a draft), campaigns.removeRecipient,
 * campaigns.markReady and campaigns.delete. Sending lives in campaign-send.ts.
 */
import type { z } from 'zod';
import { AppError, notFound } from '../errors.js';
import type { CampaignStore, Clock, ContactRecord, ContactStore, IdGenerator, TemplateStore } from '../ports.js';
import { exclusionMessage, keptOutOfGeneral, type ExclusionReason } from '../campaigns/audience.js';
import { fieldValues, renderSubject, renderTemplate } from '../campaigns/render.js';
import {
  maxCampaignRecipients,
  newCampaignSchema,
  recipientPatchSchema,
  recipientSelectionSchema,
} from '../campaigns/schema.js';
import type { recipientFilterSchema } from '../campaigns/schema.js';
import type { Campaign, CampaignRecipient, CampaignSummary, RecipientPatch } from '../campaigns/types.js';
import { translate } from '../i18n/translate.js';
import { parseInput } from '../shared/validate.js';
import type { RequestContext } from './context.js';
import { contactsOf, renderCampaign, type CampaignView } from './campaign-views.js';

type RecipientFilter = z.output<typeof recipientFilterSchema>;

/** Someone picked for a campaign who was left out of it, and why. */
export interface Exclusion {
  contactId: string;
  name: string;
  reason: ExclusionReason;
  message: string;
}

type CampaignDeps = { campaigns: CampaignStore; contacts: ContactStore };

/** Why a contact cannot be in this campaign, or null when they can. */
export function exclusionOf(contact: ContactRecord, kind: Campaign['kind']): ExclusionReason | null {
  if (contact.archived) return 'archived';
  if (contact.emails.length === 0) return 'no-email';
  return kind === 'general' ? keptOutOfGeneral(contact) : null;
}

/** The people picked by id and/or by the contact filters, at most `maxCampaignRecipients`. */
export async function pickContacts(
  deps: { contacts: ContactStore; clock: Clock },
  accountId: string,
  v: { contactIds?: string[] | undefined; filter?: RecipientFilter | undefined },
): Promise<ContactRecord[]> {
  const picked = new Map<string, ContactRecord>();
  if (v.contactIds && v.contactIds.length > 0) {
    const found = await deps.contacts.getMany(accountId, v.contactIds);
    const missing = v.contactIds.find((id) => !found.some((c) => c.id === id));
    if (missing !== undefined) throw notFound('contact', missing);
    const byId = new Map(found.map((c) => [c.id, c]));
    for (const id of v.contactIds) picked.set(id, byId.get(id) as ContactRecord);
  }
  if (v.filter) {
    const page = await deps.contacts.list(
      accountId,
      { ...v.filter, sort: 'name', limit: maxCampaignRecipients + 1 },
      deps.clock.now(),
    );
    for (const c of page.items) if (!picked.has(c.id)) picked.set(c.id, c);
  }
  if (picked.size > maxCampaignRecipients) {
    throw new AppError(
      'validation_failed',
      `A campaign has at most ${maxCampaignRecipients} people: narrow the filter or pick fewer contacts.`,
      { issues: [{ field: 'filter', message: `More than ${maxCampaignRecipients} people.` }] },
    );
  }
  return [...picked.values()];
}

/**
 * campaigns.create: renders the template for each picked person (fields without a value stay as
 * `{{field}}` for the reviewer to flag). Archived people, people without an e-mail address and, for
 * a general e-mail, mentors, managers and employers are left out and listed in `excluded`.
 * @throws AppError `validation_failed` (bad input, nobody left to write to), `not_found` for an
 *   unknown template or contact.
 */
export async function createCampaign(
  deps: CampaignDeps & { templates: TemplateStore; clock: Clock; ids: IdGenerator },
  ctx: RequestContext,
  input: unknown,
): Promise<{ campaign: CampaignView; excluded: Exclusion[] }> {
  const v = parseInput(newCampaignSchema, input);
  const template = await deps.templates.get(ctx.accountId, v.templateId);
  if (!template) throw notFound('template', v.templateId);
  const people = await pickContacts(deps, ctx.accountId, v);
  const { included, excluded } = splitAudience(people, template.kind, ctx.locale);
  if (included.length === 0) {
    throw new AppError('validation_failed', 'Nobody to write to: every person picked was left out.', {
      issues: [{ field: 'contactIds', message: 'No recipient left.' }],
      excluded,
    });
  }
  const now = deps.clock.now().toISOString();
  const recipients = included.map((contact, position) =>
    draftFor(contact, template, position, v.personal?.[contact.id] ?? null, now),
  );
  const record = await deps.campaigns.insert(ctx.accountId, {
    id: deps.ids.next(),
    name: v.name ?? `${template.name} · ${now.slice(0, 10)}`,
    templateId: template.id,
    kind: template.kind,
    lang: template.lang,
    subject: template.subject,
    body: template.body,
    askKind: template.askKind,
    giveKind: template.giveKind,
    createdAt: now,
    updatedAt: now,
    recipients,
  });
  const contacts = new Map(included.map((c) => [c.id, c]));
  return { campaign: renderCampaign(record, contacts, ctx.locale), excluded };
}

/** Splits the people picked into those who may receive this kind of campaign and those left out (and why). */
export function splitAudience(
  people: readonly ContactRecord[],
  kind: Campaign['kind'],
  locale: RequestContext['locale'],
): { included: ContactRecord[]; excluded: Exclusion[] } {
  const excluded: Exclusion[] = [];
  const included: ContactRecord[] = [];
  for (const contact of people) {
    const reason = exclusionOf(contact, kind);
    if (reason === null) included.push(contact);
    else {
      const message = translate(locale, exclusionMessage(reason, contact.name));
      excluded.push({ contactId: contact.id, name: contact.name, reason, message });
    }
  }
  return { included, excluded };
}

/** A new, not yet ready draft for one person: the template (or the campaign's copy) rendered with their fields. */
export function draftFor(
  contact: ContactRecord,
  copy: Pick<Campaign, 'subject' | 'body'>,
  position: number,
  personal: string | null,
  now: string,
): CampaignRecipient {
  const values = fieldValues(contact, personal);
  return {
    contactId: contact.id,
    position,
    toName: contact.name,
    toAddress: contact.emails[0] as string,
    personal,
    subject: renderSubject(copy.subject, values),
    body: renderTemplate(copy.body, values),
    edited: false,
    ready: false,
    sendState: 'pending',
    messageId: null,
    attempts: 0,
    lastError: null,
    sentAt: null,
    sentVia: null,
    interactionId: null,
    updatedAt: now,
  };
}

/** campaigns.list: the account's campaigns, newest first, with how many messages stand where. */
export async function listCampaigns(
  deps: { campaigns: CampaignStore },
  ctx: RequestContext,
): Promise<CampaignSummary[]> {
  return deps.campaigns.list(ctx.accountId);
}

/** campaigns.get: one campaign with every draft reviewed. @throws AppError `not_found`. */
export async function getCampaign(deps: CampaignDeps, ctx: RequestContext, id: string): Promise<CampaignView> {
  const campaign = await deps.campaigns.get(ctx.accountId, id);
  if (!campaign) throw notFound('campaign', id);
  return renderCampaign(campaign, await contactsOf(deps.contacts, ctx.accountId, campaign), ctx.locale);
}

/** campaigns.delete: removes a campaign; interactions logged for sent messages stay. @throws AppError `not_found`. */
export async function deleteCampaign(
  deps: { campaigns: CampaignStore },
  ctx: RequestContext,
  id: string,
): Promise<void> {
  if (!(await deps.campaigns.delete(ctx.accountId, id))) throw notFound('campaign', id);
}

function recipientOf(campaign: { id: string; recipients: CampaignRecipient[] }, contactId: string): CampaignRecipient {
  const recipient = campaign.recipients.find((r) => r.contactId === contactId);
  if (!recipient) {
    throw new AppError('not_found', `Campaign "${campaign.id}" has no recipient "${contactId}".`, {
      kind: 'recipient',
      id: contactId,
    });
  }
  return recipient;
}

function assertEditable(recipient: CampaignRecipient): void {
  if (recipient.sendState === 'sent' || recipient.sendState === 'sending') {
    throw new AppError('conflict', `The message to ${recipient.toName} was already sent; it cannot change.`, {
      contactId: recipient.contactId,
      sendState: recipient.sendState,
    });
  }
}

/**
 * campaigns.updateRecipient: edits one draft. A new `personal` paragraph re-renders the draft from
 * the template (or, once the draft was edited by hand, fills the `{{personal}}` left in it); editing
 * the subject or body marks it edited. Any change makes it not ready again unless `ready` is given.
 * @throws AppError `validation_failed`, `not_found`, `conflict` when it was already sent.
 */
export async function updateRecipient(
  deps: CampaignDeps & { clock: Clock },
  ctx: RequestContext,
  campaignId: string,
  contactId: string,
  input: unknown,
): Promise<CampaignView> {
  const v = parseInput(recipientPatchSchema, input);
  const campaign = await deps.campaigns.get(ctx.accountId, campaignId);
  if (!campaign) throw notFound('campaign', campaignId);
  const recipient = recipientOf(campaign, contactId);
  assertEditable(recipient);
  const patch: RecipientPatch = {};
  const contentChanged = v.personal !== undefined || v.subject !== undefined || v.body !== undefined;
  if (v.personal !== undefined) {
    patch.personal = v.personal;
    const edited = recipient.edited || v.body !== undefined || v.subject !== undefined;
    if (!edited) {
      const [contact] = await deps.contacts.getMany(ctx.accountId, [contactId]);
      const values = fieldValues(contact ?? { ...emptyContact, name: recipient.toName }, v.personal);
      patch.subject = renderSubject(campaign.subject, values);
      patch.body = renderTemplate(campaign.body, values);
    } else if (v.body === undefined && v.personal !== null) {
      patch.body = renderTemplate(recipient.body, { personal: v.personal });
    }
  }
  if (v.subject !== undefined) patch.subject = v.subject.replace(/\s*[\r\n]+\s*/gu, ' ');
  if (v.body !== undefined) patch.body = v.body;
  if (v.subject !== undefined || v.body !== undefined) patch.edited = true;
  if (v.ready !== undefined) patch.ready = v.ready;
  else if (contentChanged) patch.ready = false;
  await deps.campaigns.updateRecipient(ctx.accountId, campaignId, contactId, patch, deps.clock.now().toISOString());
  return getCampaign(deps, ctx, campaignId);
}

const emptyContact = { givenName: null, familyName: null, company: null, role: null, sector: null, location: null };

/**
 * campaigns.removeRecipient: takes someone out of a campaign before their message is sent.
 * @throws AppError `not_found`, `conflict` when it was already sent.
 */
export async function removeRecipient(
  deps: CampaignDeps,
  ctx: RequestContext,
  campaignId: string,
  contactId: string,
): Promise<CampaignView> {
  const campaign = await deps.campaigns.get(ctx.accountId, campaignId);
  if (!campaign) throw notFound('campaign', campaignId);
  assertEditable(recipientOf(campaign, contactId));
  await deps.campaigns.removeRecipient(ctx.accountId, campaignId, contactId);
  return getCampaign(deps, ctx, campaignId);
}

/**
 * campaigns.markReady: marks drafts ready to send (all, or those named), findings or not: the
 * reviewer advises, the user decides. Sent messages are left as they are.
 * @throws AppError `validation_failed`, `not_found`.
 */
export async function markReady(
  deps: CampaignDeps & { clock: Clock },
  ctx: RequestContext,
  campaignId: string,
  input: unknown = {},
  ready = true,
): Promise<CampaignView> {
  const v = parseInput(recipientSelectionSchema, input ?? {});
  const campaign = await deps.campaigns.get(ctx.accountId, campaignId);
  if (!campaign) throw notFound('campaign', campaignId);
  const targets = v.contactIds ? v.contactIds.map((id) => recipientOf(campaign, id)) : campaign.recipients;
  const now = deps.clock.now().toISOString();
  for (const r of targets) {
    if (r.sendState === 'sent' || r.sendState === 'sending' || r.ready === ready) continue;
    await deps.campaigns.updateRecipient(ctx.accountId, campaignId, r.contactId, { ready }, now);
  }
  return getCampaign(deps, ctx, campaignId);
}
