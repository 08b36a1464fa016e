/** Response schemas of imports, duplicates and merges, for validation of answers and the OpenAPI document. */
import { z } from 'zod';
import { importFormats, matchReasons, mergeChoiceFields, recordId } from '@nexo/core';
import { langSchema } from './common.js';
import { contactSchema } from './contacts.js';

const count = z.number().int().min(0);
const flag = z.enum(['true', 'false', '1', '0']);

export const importQuerySchema = z
  .object({
    format: z
      .enum(['auto', ...importFormats])
      .default('auto')
      .describe('The file format; `auto` (the default) detects it from the content and the file name.'),
    dryRun: flag.optional().describe('`true`: report what would happen, save nothing.'),
    skipInvalid: flag
      .optional()
      .describe('`true`: import the good records when some fail, and report each failure (else all or nothing).'),
    fileName: z
      .string()
      .max(255)
      .optional()
      .describe('The original file name: a hint for detection, kept with the import.'),
    lang: langSchema.optional(),
  })
  .strict();

export const importUploadSchema = z
  .any()
  .meta({ type: 'string', format: 'binary' })
  .describe('The file as it is, in any encoding nexo reads (vCard, CSV, JSON).');

const issueSchema = z.object({
  record: z.number().int().nullable().describe('1-based record (card or row) in the file.'),
  line: z.number().int().nullable().describe('1-based line where the record starts.'),
  severity: z.enum(['error', 'warning']),
  code: z.string(),
  message: z.string(),
});

const exampleSchema = z.object({
  record: z.number().int(),
  line: z.number().int(),
  name: z.string(),
  contactId: z.string().optional(),
  matchedBy: z.enum(matchReasons).optional(),
  fields: z.array(z.string()).optional(),
  message: z.string().optional(),
});

const countsShape = {
  records: count.describe('Contacts read from the file.'),
  created: count,
  updated: count,
  duplicates: count.describe('Records of people already known that brought nothing new.'),
  failed: count,
  skipped: count.describe('Rows the reader skipped on purpose (LinkedIn members who left).'),
};

export const importReportSchema = z.object({
  batchId: z
    .string()
    .nullable()
    .describe('The recorded import (undo it with POST /imports/{id}/undo); null for a dry run.'),
  dryRun: z.boolean(),
  format: z.enum(importFormats),
  fileName: z.string().nullable(),
  ...countsShape,
  problems: z.array(issueSchema).describe('Problems in file order (the first 1000).'),
  problemCount: count,
  examples: z.object({
    created: z.array(exampleSchema),
    updated: z.array(exampleSchema),
    duplicates: z.array(exampleSchema),
    failed: z.array(exampleSchema),
  }),
  possibleDuplicates: z.object({
    count,
    examples: z.array(
      z.object({
        record: z.number().int(),
        name: z.string(),
        contactId: z.string(),
        otherId: z.string(),
        reason: z.enum(matchReasons),
      }),
    ),
  }),
});

export const importBatchSchema = z.object({
  id: z.string(),
  format: z.enum(importFormats),
  fileName: z.string().nullable(),
  ...countsShape,
  problemCount: count,
  createdAt: z.string(),
  undoneAt: z.string().nullable(),
});

export const importListSchema = z.object({ items: z.array(importBatchSchema) });

export const importUndoSchema = z.object({
  batch: importBatchSchema,
  removed: count.describe('Contacts the import created, removed with their interactions.'),
  restored: count.describe('Contacts the import updated, back to their previous values.'),
  missing: count.describe('Contacts merged or deleted since, left alone.'),
});

export const duplicateListSchema = z.object({
  items: z.array(
    z.object({
      a: contactSchema.describe('The older contact: a natural one to keep.'),
      b: contactSchema,
      reasons: z.array(z.enum(matchReasons)).describe('Why they look like one person, strongest first.'),
    }),
  ),
});

export const mergeBodySchema = z
  .object({
    keepId: z.string().min(1).describe('The contact that stays.'),
    otherId: z.string().min(1).describe('The contact folded into it (deleted; undo brings it back).'),
    prefer: z
      .partialRecord(z.enum(mergeChoiceFields), z.enum(['keep', 'other']))
      .optional()
      .describe('Per field, which side wins; by default the kept contact, unless its field is empty.'),
  })
  .strict();

export const mergeRecordSchema = z.object({
  id: z.string(),
  keepId: z.string(),
  otherId: z.string(),
  otherName: z.string(),
  createdAt: z.string(),
  undoneAt: z.string().nullable(),
});

export const mergeResultSchema = z.object({ merge: mergeRecordSchema, contact: contactSchema });
export const mergeListSchema = z.object({ items: z.array(mergeRecordSchema) });

export const dismissalBodySchema = z
  .object({
    aId: z.string().min(1).describe('One contact of the pair.'),
    bId: z.string().min(1).describe('The other contact (the order does not matter).'),
  })
  .strict();

export const dismissalParamsSchema = z
  .object({
    aId: recordId.describe('One contact of the pair.'),
    bId: recordId.describe('The other contact (the order does not matter).'),
  })
  .strict();

export const dismissedPairSchema = z.object({
  a: contactSchema,
  b: contactSchema,
  createdAt: z.string().describe('When the user said they are different people.'),
});

export const dismissalResultSchema = z.object({
  dismissal: dismissedPairSchema,
  created: z.boolean().describe('False when the pair was dismissed already (nothing changed).'),
});

export const dismissalListSchema = z.object({ items: z.array(dismissedPairSchema) });
