/** Response schemas for the message reviewer, the question bank and the give library. */
import { z } from 'zod';
import { giveItemKinds, reviewLangs, reviewRules } from '@nexo/core';
import { langSchema } from './common.js';

const dateTime = z.string().describe('ISO 8601 date-time in UTC.');

export const findingSchema = z.object({
  rule: z.enum(reviewRules).describe('Stable rule id.'),
  severity: z.enum(['warning', 'info']).describe('`warning`: worth fixing before sending; `info`: a suggestion.'),
  message: z.string().describe('What is wrong and what to do, in plain words.'),
  evidence: z.string().describe('The words of the draft that triggered it.'),
  start: z.number().int().describe('Offset of the evidence in the draft (UTF-16 code units).'),
  end: z.number().int().describe('End of the evidence, exclusive.'),
});

export const reviewSchema = z.object({
  lang: z.enum(reviewLangs).describe("The draft's language: as given, or detected."),
  findings: z.array(findingSchema),
});

export const questionSchema = z.object({
  id: z.string(),
  text: z.string(),
  source: z.enum(['bank', 'own']).describe('`bank`: built in, in the requested language; `own`: yours.'),
});

export const questionListSchema = z.object({ items: z.array(questionSchema) });

export const giveItemSchema = z.object({
  id: z.string(),
  kind: z.enum(giveItemKinds),
  title: z.string(),
  url: z.string().nullable(),
  topics: z.array(z.string()).describe('What it is about; matched against interests, sector and role.'),
  note: z.string().nullable(),
  createdAt: dateTime,
  updatedAt: dateTime,
});

export const giveItemListSchema = z.object({ items: z.array(giveItemSchema) });

export const giveSuggestionsSchema = z.object({
  items: z.array(
    z.object({
      item: giveItemSchema,
      score: z.number().describe('Higher fits better.'),
      reasons: z.array(z.string()).describe('Why it fits this person, in the requested language.'),
    }),
  ),
});

export const suggestionsQuerySchema = z
  .object({
    limit: z.coerce.number().int().min(1).max(50).optional().describe('At most this many items (default 5).'),
    lang: langSchema.optional(),
  })
  .strict();
