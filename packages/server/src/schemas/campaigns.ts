/** Response schemas for templates, campaigns (drafts, findings, send states) and the SMTP settings. */
import { z } from 'zod';
import {
  askKinds,
  giveKinds,
  keptOutRoles,
  reviewLangs,
  reviewRules,
  sendStates,
  sendVias,
  templateFields,
  templateKinds,
} from '@nexo/core';

const dateTime = z.string().describe('ISO 8601 date-time in UTC.');

export const templateSchema = z
  .object({
    id: z.string(),
    name: z.string(),
    kind: z.enum(templateKinds).describe('`general`: for people in your sector; `personal`: the specific request.'),
    lang: z.enum(reviewLangs),
    subject: z.string(),
    body: z.string(),
    askKind: z.enum(askKinds).nullable(),
    giveKind: z.enum(giveKinds).nullable(),
    fields: z.array(z.enum(templateFields)).describe('The `{{fields}}` the subject and body use.'),
    createdAt: dateTime,
    updatedAt: dateTime,
  })
  .describe('An outreach template.');

export const templateListSchema = z.object({ items: z.array(templateSchema) });

const campaignBase = {
  id: z.string(),
  name: z.string(),
  templateId: z.string().nullable(),
  kind: z.enum(templateKinds),
  lang: z.enum(reviewLangs),
  subject: z.string().describe("The template's subject as copied into the campaign."),
  body: z.string(),
  askKind: z.enum(askKinds).nullable(),
  giveKind: z.enum(giveKinds).nullable(),
  createdAt: dateTime,
  updatedAt: dateTime,
};

export const draftFindingSchema = z.object({
  rule: z.enum(reviewRules),
  severity: z.enum(['warning', 'info']),
  field: z.enum(['subject', 'body']),
  message: z.string().describe('The explanation, in the requested language.'),
  evidence: z.string(),
  start: z.number().int(),
  end: z.number().int(),
});

export const warningSchema = z.object({
  code: z.string(),
  contactId: z.string(),
  name: z.string(),
  message: z.string(),
  suggestion: z.string(),
});

export const recipientSchema = z.object({
  contactId: z.string(),
  position: z.number().int(),
  toName: z.string(),
  toAddress: z.string(),
  personal: z.string().nullable(),
  subject: z.string(),
  body: z.string(),
  edited: z.boolean(),
  ready: z.boolean(),
  sendState: z
    .enum(sendStates)
    .describe('`sending` means an attempt has no recorded outcome: it is only re-sent when asked to.'),
  messageId: z.string().nullable(),
  attempts: z.number().int(),
  lastError: z.string().nullable(),
  sentAt: dateTime.nullable(),
  sentVia: z.enum(sendVias).nullable(),
  interactionId: z.string().nullable(),
  updatedAt: dateTime,
  findings: z.array(draftFindingSchema).describe("The reviewer's findings on this draft; they never block."),
  warnings: z.array(warningSchema).describe('Ask-readiness warnings of a personal request; they never block.'),
  mailto: z.string().describe('A mailto: link that opens this draft in your own mail program.'),
  repliedAt: dateTime.nullable().describe('When they engaged after this message was sent.'),
});

export const campaignSchema = z.object({
  ...campaignBase,
  status: z.enum(['draft', 'ready', 'partial', 'sent']),
  counts: z.object({
    total: z.number().int(),
    ready: z.number().int(),
    sent: z.number().int(),
    failed: z.number().int(),
    uncertain: z.number().int(),
  }),
  recipients: z.array(recipientSchema),
});

export const exclusionSchema = z.object({
  contactId: z.string(),
  name: z.string(),
  reason: z.enum(['archived', 'no-email', ...keptOutRoles]),
  message: z.string(),
});

export const createdCampaignSchema = z.object({ campaign: campaignSchema, excluded: z.array(exclusionSchema) });

export const campaignAudienceSchema = z.object({
  included: z.array(z.object({ contactId: z.string(), name: z.string() })).describe('Who would get a draft.'),
  excluded: z.array(exclusionSchema).describe('Who would be left out, and why, in the requested language.'),
});

export const campaignSummarySchema = z.object({
  ...campaignBase,
  total: z.number().int(),
  ready: z.number().int(),
  sent: z.number().int(),
  failed: z.number().int(),
  sending: z.number().int(),
});

export const campaignListSchema = z.object({ items: z.array(campaignSummarySchema) });

export const sendReportSchema = z.object({
  campaign: campaignSchema,
  results: z.array(
    z.object({
      contactId: z.string(),
      name: z.string(),
      outcome: z.enum(['sent', 'failed', 'already-sent', 'uncertain']),
      messageId: z.string().nullable(),
      error: z.string().nullable().describe("The mail server's answer when it refused or failed."),
    }),
  ),
});

export const emlListSchema = z.object({
  items: z.array(
    z.object({
      contactId: z.string(),
      name: z.string(),
      fileName: z.string(),
      content: z.string().describe('The whole RFC 5322 message.'),
    }),
  ),
});

export const smtpSettingsViewSchema = z
  .object({
    host: z.string(),
    port: z.number().int(),
    secure: z.boolean(),
    user: z.string().nullable(),
    fromName: z.string().nullable(),
    fromAddress: z.string(),
    updatedAt: dateTime,
    hasPassword: z.boolean().describe('Whether a password is stored; it is never returned.'),
  })
  .describe('The SMTP server messages are sent through (without the password).');

export const smtpSettingsResponseSchema = z.object({ smtp: smtpSettingsViewSchema.nullable() });

export const campaignRecipientParamsSchema = z
  .object({ id: z.string().min(1).max(64), contactId: z.string().min(1).max(64) })
  .strict();
