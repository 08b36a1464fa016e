/** Input schemas for templates, campaigns and the SMTP settings, with field-level messages. */
import { z } from 'zod';
import { contactContexts, circles, tiers } from '../contacts/types.js';
import { stages } from '../coach/stage.js';
import { askKinds, giveKinds } from '../interactions/types.js';
import { reviewLangs } from '../review/types.js';
import { optionalText, recordId, text } from '../shared/schema.js';
import { templateFields, templateKinds } from './types.js';
import { unknownFields } from './render.js';

const fieldList = templateFields.map((f) => `{{${f}}}`).join(', ');

/** A template text whose `{{...}}` are all known fields. */
function templateText(max: number) {
  return text(max).superRefine((value, ctx) => {
    const unknown = unknownFields(value);
    if (unknown.length > 0) {
      ctx.addIssue({
        code: 'custom',
        message: `Unknown field ${unknown.map((f) => `{{${f}}}`).join(', ')}: use ${fieldList}.`,
      });
    }
  });
}

const templateFieldsSchema = {
  name: text(200),
  kind: z.enum(templateKinds),
  lang: z.enum(reviewLangs),
  subject: templateText(300),
  body: templateText(20_000),
  askKind: z.enum(askKinds).nullable(),
  giveKind: z.enum(giveKinds).nullable(),
};

function checkKinds(v: { kind?: string; askKind?: string | null; giveKind?: string | null }, ctx: z.RefinementCtx) {
  if (v.askKind && v.kind === 'general') {
    ctx.addIssue({
      code: 'custom',
      path: ['askKind'],
      message: 'A general e-mail asks for nothing specific; an ask kind only fits a personal request.',
    });
  }
  if (v.giveKind && v.kind === 'personal') {
    ctx.addIssue({
      code: 'custom',
      path: ['giveKind'],
      message: 'A personal request is an ask; a give kind only fits a general e-mail.',
    });
  }
}

/**
 * What `templates.create` accepts. A personal request is logged as an ask (`askKind`, default
 * `advice`); a general e-mail as neutral, or as a give when it shares something (`giveKind`).
 */
export const newTemplateSchema = z
  .object({
    ...templateFieldsSchema,
    lang: templateFieldsSchema.lang.default('en'),
    askKind: templateFieldsSchema.askKind.optional(),
    giveKind: templateFieldsSchema.giveKind.optional(),
  })
  .strict()
  .superRefine(checkKinds)
  .transform((v) => ({
    ...v,
    askKind: v.kind === 'personal' ? (v.askKind ?? 'advice') : null,
    giveKind: v.kind === 'general' ? (v.giveKind ?? null) : null,
  }));

/** What `templates.update` accepts: any subset of the fields. */
export const templatePatchSchema = z
  .object({
    name: templateFieldsSchema.name.optional(),
    kind: templateFieldsSchema.kind.optional(),
    lang: templateFieldsSchema.lang.optional(),
    subject: templateFieldsSchema.subject.optional(),
    body: templateFieldsSchema.body.optional(),
    askKind: templateFieldsSchema.askKind.optional(),
    giveKind: templateFieldsSchema.giveKind.optional(),
  })
  .strict()
  .superRefine(checkKinds)
  .refine((v) => Object.keys(v).length > 0, { message: 'Nothing to change: give at least one field.' });

/** The contact-list filters a campaign can pick its recipients with. */
export const recipientFilterSchema = z
  .object({
    search: z.string().trim().max(200).optional(),
    circle: z.enum(circles).optional(),
    tier: z.enum(tiers).optional(),
    context: z.enum(contactContexts).optional(),
    tag: z.string().trim().min(1).max(60).toLowerCase().optional(),
    stage: z.enum(stages).optional(),
  })
  .strict();

/** At most this many people in one campaign: a wave you can prepare well in a day. */
export const maxCampaignRecipients = 200;

/** What `campaigns.create` accepts: a template and the people, by id or by the contact filters. */
export const newCampaignSchema = z
  .object({
    templateId: recordId,
    name: text(200).optional(),
    contactIds: z
      .array(recordId)
      .max(maxCampaignRecipients)
      .transform((ids) => [...new Set(ids)])
      .optional(),
    filter: recipientFilterSchema.optional(),
    /** The personal paragraph of some recipients, by contact id. */
    personal: z.record(recordId, optionalText(5000)).optional(),
  })
  .strict()
  .refine((v) => (v.contactIds?.length ?? 0) > 0 || v.filter !== undefined, {
    path: ['contactIds'],
    message: 'Pick the recipients: give contact ids or a filter.',
  });

/**
 * What `campaigns.preview` accepts: the people (by id and/or filter) and the template a new campaign
 * would use, or the campaign they would join.
 */
export const campaignAudienceSchema = z
  .object({
    templateId: recordId.optional(),
    campaignId: recordId.optional(),
    contactIds: newCampaignSchema.shape.contactIds,
    filter: recipientFilterSchema.optional(),
  })
  .strict()
  .refine((v) => (v.templateId === undefined) !== (v.campaignId === undefined), {
    path: ['templateId'],
    message: 'Say what the people are for: a templateId (a new campaign) or a campaignId (an existing one).',
  })
  .refine((v) => (v.contactIds?.length ?? 0) > 0 || v.filter !== undefined, {
    path: ['contactIds'],
    message: 'Pick the recipients: give contact ids or a filter.',
  });

/** What `campaigns.addRecipients` accepts: the people to add and, optionally, their personal paragraphs. */
export const addRecipientsSchema = z
  .object({
    contactIds: z
      .array(recordId)
      .min(1, { message: 'Pick at least one person to add.' })
      .max(maxCampaignRecipients)
      .transform((ids) => [...new Set(ids)]),
    personal: newCampaignSchema.shape.personal,
  })
  .strict();

/** What `campaigns.updateRecipient` accepts: the personal paragraph, the draft itself, or readiness. */
export const recipientPatchSchema = z
  .object({
    personal: optionalText(5000).optional(),
    subject: text(300).optional(),
    body: text(20_000).optional(),
    ready: z.boolean().optional(),
  })
  .strict()
  .refine((v) => Object.keys(v).length > 0, { message: 'Nothing to change: give at least one field.' });

/** Which recipients an action applies to: all of them unless `contactIds` names some. */
export const recipientSelectionSchema = z
  .object({
    contactIds: z
      .array(recordId)
      .max(maxCampaignRecipients)
      .transform((ids) => [...new Set(ids)])
      .optional(),
  })
  .strict();

/** What `campaigns.send` accepts. */
export const sendCampaignSchema = z
  .object({
    contactIds: recipientSelectionSchema.shape.contactIds,
    /**
     * Also re-send messages whose earlier attempt has no recorded outcome (the program stopped while
     * sending). They may have been delivered: only set this after checking your sent folder.
     */
    includeUncertain: z.boolean().default(false),
  })
  .strict();

const hostname = z
  .string()
  .trim()
  .min(1)
  .max(253)
  .regex(/^[A-Za-z0-9.:[\]-]+$/, { message: 'Expected a host name or IP address, such as smtp.example.org.' });

/**
 * What `settings.smtp.update` accepts. Leaving `password` out keeps the stored one; `null` removes it.
 */
export const smtpSettingsSchema = z
  .object({
    host: hostname,
    port: z.number().int().min(1).max(65_535).default(587),
    secure: z.boolean().optional(),
    user: optionalText(320).optional(),
    password: z.string().max(1000).nullable().optional(),
    fromName: optionalText(200).optional(),
    fromAddress: z
      .string()
      .trim()
      .pipe(z.email({ message: 'Not a valid e-mail address.' })),
  })
  .strict()
  .transform((v) => ({ ...v, secure: v.secure ?? v.port === 465 }));
