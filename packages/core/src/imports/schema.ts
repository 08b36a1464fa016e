/** Input schemas of imports, merges and the duplicates list. */
import { z } from 'zod';
import { optionalText, recordId } from '../shared/schema.js';
import { mergeChoiceFields } from './merge.js';
import { importFormats } from './types.js';

const flag = z
  .union([z.boolean(), z.enum(['true', 'false', '1', '0'])])
  .transform((v) => v === true || v === 'true' || v === '1');

/** How to run an import: the format (already detected by the adapter), the file name, dry run, skip bad records. */
export const importOptionsSchema = z
  .object({
    format: z.enum(importFormats),
    fileName: optionalText(255).optional(),
    dryRun: flag.default(false),
    skipInvalid: flag.default(false),
  })
  .strict();

export const importListQuerySchema = z.object({ limit: z.coerce.number().int().min(1).max(200).default(50) }).strict();

/** What `merges.create` accepts: which contact stays, which is folded into it, and per-field choices. */
export const mergeInputSchema = z
  .object({
    keepId: recordId,
    otherId: recordId,
    prefer: z.partialRecord(z.enum(mergeChoiceFields), z.enum(['keep', 'other'])).default({}),
  })
  .strict()
  .refine((v) => v.keepId !== v.otherId, { message: 'A contact cannot be merged with itself.', path: ['otherId'] });

export const duplicatesQuerySchema = z.object({ limit: z.coerce.number().int().min(1).max(500).default(100) }).strict();

/** Two contacts that are not the same person (either order): what dismissing or undoing a dismissal takes. */
export const dismissalInputSchema = z
  .object({ aId: recordId, bId: recordId })
  .strict()
  .refine((v) => v.aId !== v.bId, { message: 'A contact is always the same person as themselves.', path: ['bId'] });

export const dismissalListQuerySchema = z
  .object({ limit: z.coerce.number().int().min(1).max(500).default(100) })
  .strict();
