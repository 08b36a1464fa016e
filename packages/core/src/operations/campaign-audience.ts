/**
 * Who a campaign goes to, person by person: campaigns.preview (who would get a draft and who is
 * left out, and why, before anything is written) and campaigns.addRecipients (more people for a
 * campaign not sent yet). Removing someone is campaigns.removeRecipient.
 */
import { AppError, notFound } from '../errors.js';
import type { CampaignStore, Clock, ContactStore, TemplateStore } from '../ports.js';
import { addRecipientsSchema, campaignAudienceSchema, maxCampaignRecipients } from '../campaigns/schema.js';
import type { Campaign } from '../campaigns/types.js';
import { parseInput } from '../shared/validate.js';
import type { RequestContext } from './context.js';
import { draftFor, getCampaign, pickContacts, splitAudience, type Exclusion } from './campaigns.js';
import type { CampaignView } from './campaign-views.js';

/** Someone who would get a draft. */
export interface AudienceMember {
  contactId: string;
  name: string;
}

export interface CampaignAudience {
  included: AudienceMember[];
  /** Left out, with the coach's reason in the user's language (the same as campaigns.create gives). */
  excluded: Exclusion[];
}

/**
 * campaigns.preview: for a new campaign from `templateId`, or people joining `campaignId`, who
 * would get a draft and who would be left out and why (archived, no e-mail address, and for a
 * general e-mail mentors, managers and employers). Writes nothing.
 * @throws AppError `validation_failed`, `not_found` for an unknown template, campaign or contact.
 */
export async function previewCampaign(
  deps: { campaigns: CampaignStore; contacts: ContactStore; templates: TemplateStore; clock: Clock },
  ctx: RequestContext,
  input: unknown,
): Promise<CampaignAudience> {
  const v = parseInput(campaignAudienceSchema, input);
  let kind: Campaign['kind'];
  if (v.templateId !== undefined) {
    const template = await deps.templates.get(ctx.accountId, v.templateId);
    if (!template) throw notFound('template', v.templateId);
    kind = template.kind;
  } else {
    const id = v.campaignId ?? '';
    const campaign = await deps.campaigns.get(ctx.accountId, id);
    if (!campaign) throw notFound('campaign', id);
    kind = campaign.kind;
  }
  const { included, excluded } = splitAudience(await pickContacts(deps, ctx.accountId, v), kind, ctx.locale);
  return { included: included.map((c) => ({ contactId: c.id, name: c.name })), excluded };
}

/**
 * campaigns.addRecipients: adds people to a campaign before it is sent, each with a draft rendered
 * from the campaign's own copy of the template (not ready yet). People already in it are skipped;
 * those the campaign cannot go to are left out and listed in `excluded`, as at creation.
 * @throws AppError `validation_failed` (bad input, or more than 200 people), `not_found` for an
 *   unknown campaign or contact, `conflict` once any message of it was sent: everyone in one
 *   campaign gets it the same day, so later people go in a new campaign.
 */
export async function addRecipients(
  deps: { campaigns: CampaignStore; contacts: ContactStore; clock: Clock },
  ctx: RequestContext,
  campaignId: string,
  input: unknown,
): Promise<{ campaign: CampaignView; excluded: Exclusion[] }> {
  const v = parseInput(addRecipientsSchema, input);
  const campaign = await deps.campaigns.get(ctx.accountId, campaignId);
  if (!campaign) throw notFound('campaign', campaignId);
  if (campaign.recipients.some((r) => r.sendState !== 'pending')) {
    throw new AppError(
      'conflict',
      `"${campaign.name}" is already being sent: start a new campaign for more people, so that everyone in ` +
        'one campaign gets their message the same day.',
      { campaignId },
    );
  }
  const already = new Set(campaign.recipients.map((r) => r.contactId));
  const people = (await pickContacts(deps, ctx.accountId, v)).filter((c) => !already.has(c.id));
  const { included, excluded } = splitAudience(people, campaign.kind, ctx.locale);
  if (already.size + included.length > maxCampaignRecipients) {
    throw new AppError(
      'validation_failed',
      `A campaign has at most ${maxCampaignRecipients} people; this one has ${already.size}: add fewer, or start another campaign.`,
      { issues: [{ field: 'contactIds', message: `More than ${maxCampaignRecipients} people.` }] },
    );
  }
  const now = deps.clock.now().toISOString();
  const next = Math.max(-1, ...campaign.recipients.map((r) => r.position)) + 1;
  const drafts = included.map((contact, i) =>
    draftFor(contact, campaign, next + i, v.personal?.[contact.id] ?? null, now),
  );
  if (drafts.length > 0) await deps.campaigns.addRecipients(ctx.accountId, campaignId, drafts, now);
  return { campaign: await getCampaign(deps, ctx, campaignId), excluded };
}
