/** Response schemas for the agenda, metrics, settings and health endpoints. */
import { z } from 'zod';
import { circles, locales, stages, tiers } from '@nexo/core';

const perTier = <T extends z.ZodType>(value: T) => z.object({ inner: value, key: value, network: value, wide: value });

export const agendaEntrySchema = z.object({
  id: z.string().describe('The contact id.'),
  contactId: z.string(),
  name: z.string(),
  kind: z.enum(['follow-up', 'thanks-owed', 'overdue', 'first-give']),
  reason: z.string().describe('Why this person is on the agenda today, in the requested language.'),
  suggestion: z.string().describe('A concrete next step, in the requested language.'),
  score: z.number().describe('Higher comes first.'),
  dueAt: z.string().nullable(),
  daysOverdue: z.number(),
});

export const agendaSchema = z.object({ items: z.array(agendaEntrySchema) });

export const agendaQuerySchema = z
  .object({
    limit: z.coerce.number().int().min(1).max(200).optional().describe('At most this many people (default 20).'),
    lang: z.enum(locales).optional().describe('Language of reasons and suggestions.'),
  })
  .strict();

const counts = z.record(z.string(), z.number());

export const metricsSchema = z.object({
  totalContacts: z.number(),
  activeRelationships: z.number().describe('Two-way contact in the last 90 days.'),
  activeShare: z.number(),
  ghosts: z.number().describe('Never two-way and not in touch for a year.'),
  ghostShare: z.number(),
  gives: z.number(),
  asks: z.number(),
  thanks: z.number(),
  giveShare: z.number().describe('gives / (gives + asks), 0 when none.'),
  byCircle: counts.describe(`Contacts per circle: ${circles.join(', ')}.`),
  byContext: counts.describe('Contacts per context (how you know them).'),
  byStage: counts.describe(`Contacts per stage: ${stages.join(', ')}.`),
  tiers: z.record(z.enum(tiers), z.object({ size: z.number(), target: z.number(), fill: z.number() })),
  overdue: z.number(),
  insights: z.array(z.string()).describe('Plain-language observations, most important first.'),
});

export const settingsSchema = z.object({
  locale: z.enum(locales),
  cadenceDays: perTier(z.number().int()).describe('Days between check-ins per tier.'),
  tierTargets: perTier(z.number().int()).describe('How many people you want in each tier.'),
});

export const healthSchema = z.object({
  status: z.literal('ok'),
  version: z.string(),
  database: z.enum(['sqlite', 'postgres']),
  /** The SQLite file, or the PostgreSQL URL with its password masked. */
  dataLocation: z.string(),
});
