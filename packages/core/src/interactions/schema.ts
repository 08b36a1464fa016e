/** Input schema for logging an interaction. */
import { z } from 'zod';
import { isoDateTime, optionalText, recordId } from '../shared/schema.js';
import { askKinds, directions, giveKinds, interactionKinds, interactionValues } from './types.js';

/** Kinds that are conversations by nature: both sides took part unless said otherwise. */
const conversational = new Set(['call', 'meeting', 'coffee', 'event']);

/**
 * What `interactions.log` accepts. `occurredAt` defaults to now; `direction` defaults to `both` for
 * conversations (call, meeting, coffee, event) and to `out` for the rest.
 */
export const newInteractionSchema = z
  .object({
    contactIds: z
      .array(recordId)
      .min(1, { message: 'Name at least one contact.' })
      .max(50)
      .transform((ids) => [...new Set(ids)]),
    occurredAt: isoDateTime.optional(),
    kind: z.enum(interactionKinds).default('message'),
    channel: optionalText(60).optional(),
    direction: z.enum(directions).optional(),
    value: z.enum(interactionValues).default('neutral'),
    askKind: z.enum(askKinds).nullish(),
    giveKind: z.enum(giveKinds).nullish(),
    note: optionalText(20_000).optional(),
    followUpAt: isoDateTime.nullish(),
    giveItemId: recordId.nullish(),
  })
  .strict()
  .superRefine((v, ctx) => {
    if (v.askKind && v.value !== 'ask') {
      ctx.addIssue({
        code: 'custom',
        path: ['askKind'],
        message: 'An ask kind only fits an interaction whose value is "ask".',
      });
    }
    if (v.giveItemId && v.value !== 'give') {
      ctx.addIssue({
        code: 'custom',
        path: ['giveItemId'],
        message: 'A library item only fits an interaction whose value is "give".',
      });
    }
    if (v.giveKind && v.value !== 'give') {
      ctx.addIssue({
        code: 'custom',
        path: ['giveKind'],
        message: 'A give kind only fits an interaction whose value is "give".',
      });
    }
  })
  .transform((v) => ({
    ...v,
    direction: v.direction ?? (conversational.has(v.kind) ? ('both' as const) : ('out' as const)),
  }));

export type NewInteractionInput = z.input<typeof newInteractionSchema>;
