/**
 * Response schemas for contacts, interactions and knows-edges. They document the API in the OpenAPI
 * document; the route handlers' return types are checked against them at compile time.
 */
import { z } from 'zod';
import {
  askKinds,
  circles,
  contactContexts,
  directions,
  giveKinds,
  interactionKinds,
  interactionValues,
  knowsStrengths,
  stages,
  tiers,
} from '@nexo/core';
import { questionSchema } from './library.js';

const nullableText = z.string().nullable();
const dateTime = z.string().describe('ISO 8601 date-time in UTC.');

export const contactSchema = z
  .object({
    id: z.string(),
    name: z.string(),
    givenName: nullableText,
    familyName: nullableText,
    emails: z.array(z.string()),
    phones: z.array(z.string()),
    company: nullableText,
    role: nullableText,
    sector: nullableText,
    location: nullableText,
    linkedinUrl: nullableText,
    birthday: nullableText.describe('YYYY-MM-DD, or --MM-DD when the year is unknown.'),
    photo: nullableText.describe('A data:image URI or an http(s) URL.'),
    notes: nullableText,
    tags: z.array(z.string()),
    circle: z.enum(circles),
    context: z.enum(contactContexts).nullable(),
    tier: z.enum(tiers),
    cadenceDays: z.number().int().nullable().describe("Own keep-in-touch cadence; null follows the tier's."),
    archived: z.boolean(),
    createdAt: dateTime,
    updatedAt: dateTime,
    stage: z.enum(stages),
    dueAt: dateTime.describe('When the next check-in is due.'),
    lastInteractionAt: dateTime.nullable(),
    snoozedUntil: dateTime.nullable().describe('Kept off the Today agenda until then (snoozed); null when not.'),
  })
  .describe('A contact with the relationship facts kept beside it.');

export const contactPageSchema = z.object({
  items: z.array(contactSchema),
  nextCursor: z.string().nullable().describe('Pass as `cursor` for the next page; null at the end.'),
});

export const interactionSchema = z.object({
  id: z.string(),
  contactIds: z.array(z.string()),
  occurredAt: dateTime,
  kind: z.enum(interactionKinds),
  channel: nullableText,
  direction: z.enum(directions),
  value: z.enum(interactionValues),
  askKind: z.enum(askKinds).nullable(),
  giveKind: z.enum(giveKinds).nullable(),
  note: nullableText,
  followUpAt: dateTime.nullable(),
  createdAt: dateTime,
  giveItemId: z.string().nullable().optional().describe('The library item this give shared, if any.'),
});

export const interactionPageSchema = z.object({
  items: z.array(interactionSchema),
  nextCursor: z.string().nullable(),
});

/** A coach warning before or after an ask; it explains and suggests, it never blocks. */
export const warningSchema = z.object({
  code: z.string().describe('`early-ask` or `negative-balance`.'),
  contactId: z.string(),
  name: z.string(),
  message: z.string(),
  suggestion: z.string(),
});

export const loggedInteractionSchema = z.object({
  interaction: interactionSchema,
  warnings: z.array(warningSchema).describe('Coach warnings; the interaction was saved anyway.'),
  questions: z
    .array(questionSchema)
    .optional()
    .describe('Only for a first meeting, coffee or call: questions to ask, in the requested language.'),
});

export const askReadinessBodySchema = z
  .object({
    askKind: z.enum(askKinds).nullish().describe('What you mean to ask for; omit for a general ask.'),
  })
  .strict();

export const warningsSchema = z.object({ warnings: z.array(warningSchema) });

export const knowsEdgeSchema = z.object({
  contactA: z.string(),
  contactB: z.string(),
  strength: z.enum(knowsStrengths),
  how: nullableText,
  createdAt: dateTime,
});

export const knowsViewSchema = z.object({
  contactId: z.string().describe('The other person.'),
  name: z.string(),
  company: nullableText,
  strength: z.enum(knowsStrengths),
  how: nullableText,
  createdAt: dateTime,
});

export const knowsListSchema = z.object({ items: z.array(knowsViewSchema) });

const reason = z.string().describe("The coach's explanation, in the requested language.");
const component = z.object({ score: z.number(), weight: z.number(), reason });

export const relationshipSchema = z.object({
  stage: z.object({ value: z.enum(stages), reason }),
  reciprocity: z.object({
    gives: z.number(),
    asks: z.number(),
    thanks: z.number(),
    givesReceived: z.number(),
    asksReceived: z.number(),
    thanksReceived: z.number(),
    balance: z.number().describe('My gives minus my asks.'),
    verdict: z.enum(['empty', 'giving', 'balanced', 'taking']),
    reason,
  }),
  cadence: z.object({
    cadenceDays: z.number(),
    lastAt: dateTime.nullable(),
    dueAt: dateTime,
    daysOverdue: z.number(),
    daysUntilDue: z.number(),
    state: z.enum(['on-track', 'due-soon', 'overdue', 'never-contacted']),
    reason,
  }),
  health: z.object({
    score: z.number().describe('0-100'),
    reason,
    components: z.object({ recency: component, reciprocity: component, depth: component }),
  }),
});

export const contactDetailsSchema = z.object({
  contact: contactSchema,
  relationship: relationshipSchema,
  recentInteractions: z.array(interactionSchema),
  knows: z.array(knowsViewSchema),
});
