/** Input schema for recording that two contacts know each other. */
import { z } from 'zod';
import { optionalText, recordId } from '../shared/schema.js';
import { knowsStrengths } from './types.js';

export const newKnowsEdgeSchema = z
  .object({
    contactId: recordId,
    knowsContactId: recordId,
    strength: z.enum(knowsStrengths).default('medium'),
    how: optionalText(500).optional(),
  })
  .strict()
  .refine((v) => v.contactId !== v.knowsContactId, {
    path: ['knowsContactId'],
    message: 'A contact cannot know themselves.',
  });
