/** Response schemas for the agenda, metrics, settings and health endpoints. */
import { z } from 'zod';
import { circles, locales, stages, tiers } from '@nexo/core';

const perTier = <T extends z.ZodType>(value: T) => z.object({ inner: value, key: value, network: value, wide: value });

const agendaKindSchema = z.enum(['follow-up', 'thanks-owed', 'overdue', 'first-give']);

export const agendaEntrySchema = z.object({
  id: z.string().describe('The contact id.'),
  contactId: z.string(),
  name: z.string(),
  kind: agendaKindSchema,
  reason: z.string().describe('Why this person is on the agenda today, in the requested language.'),
  suggestion: z.string().describe('A concrete next step, in the requested language.'),
  score: z.number().describe('Higher comes first.'),
  dueAt: z.string().nullable(),
  daysOverdue: z.number(),
  also: z
    .array(z.object({ kind: agendaKindSchema, reason: z.string() }))
    .describe('Other reasons the same person is due today, less urgent, in the requested language.'),
  giveItem: z
    .object({ id: z.string(), title: z.string(), url: z.string().nullable() })
    .optional()
    .describe('The give-library item the suggestion names, when one fits this person.'),
});

export const agendaSchema = z.object({ items: z.array(agendaEntrySchema) });

export const agendaQuerySchema = z
  .object({
    limit: z.coerce.number().int().min(1).max(200).optional().describe('At most this many people (default 20).'),
    lang: z.enum(locales).optional().describe('Language of reasons and suggestions.'),
  })
  .strict();

const counts = z.record(z.string(), z.number());

const sourceSchema = z.object({
  top: z.array(z.object({ value: z.string(), count: z.number() })).describe('The largest values, largest first.'),
  other: z.number().describe('Contacts with a value outside `top`.'),
  unknown: z.number().describe('Contacts without a value.'),
  known: z.number(),
  distinct: z.number().describe('Different values.'),
  top3Share: z.number().describe('0-1: share of the three largest values.'),
  hhi: z.number().describe('0-1: Herfindahl index, the sum of squared shares.'),
  concentration: z.enum(['diverse', 'moderate', 'concentrated', 'too-few']),
  verdict: z.string().describe("The coach's plain-language verdict, in the requested language."),
});

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
  exchangesByMonth: z
    .array(
      z.object({
        month: z.string().describe('YYYY-MM, UTC.'),
        gives: z.number(),
        asks: z.number(),
        thanks: z.number(),
      }),
    )
    .describe('My gives, asks and thanks per month, the last 12 months, oldest first.'),
  sources: z
    .object({ context: sourceSchema, sector: sourceSchema, company: sourceSchema })
    .describe('Where contacts come from and how concentrated that is.'),
  cadenceByTier: perTier(
    z.object({ onTrack: z.number(), dueSoon: z.number(), overdue: z.number(), neverContacted: z.number() }),
  ).describe('Cadence kept vs missed: contacts per tier by cadence state.'),
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
