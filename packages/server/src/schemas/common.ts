/**
 * Schemas every route shares: the error envelope, path parameters, the `lang` query parameter and
 * the helper that documents which error statuses a route can answer.
 */
import { z } from 'zod';
import { errorCodes, locales, recordId } from '@nexo/core';

/** The one shape of every failure: `{"error":{"code","message","details"}}`. */
export const errorEnvelopeSchema = z.object({
  error: z.object({
    code: z.enum(errorCodes).describe('Stable, machine-readable error code.'),
    message: z.string().describe('What went wrong, in plain words.'),
    details: z
      .record(z.string(), z.unknown())
      .describe('Structured details; `issues: [{ field, message }]` for validation failures.'),
  }),
});

export type ErrorEnvelope = z.infer<typeof errorEnvelopeSchema>;

const errorDescriptions = {
  400: 'Invalid input (`validation_failed`): `details.issues` names each bad field.',
  404: 'Not found (`not_found`).',
  409: 'Conflict (`conflict` or `ambiguous_reference`).',
  413: 'Request body too large (`validation_failed`).',
  415: 'Request body is not JSON (`validation_failed`).',
  500: 'Unexpected failure (`internal_error`); details are logged, never returned.',
  503: 'The database is unavailable (`storage_unavailable`, `migration_mismatch`).',
} as const;

type ErrorStatus = keyof typeof errorDescriptions;

/** Error responses for the OpenAPI document: 500 and 503 always, plus the given statuses. */
export function errorResponses<S extends ErrorStatus>(
  ...statuses: S[]
): Record<S | 500 | 503, typeof errorEnvelopeSchema> {
  const all: ErrorStatus[] = [...statuses, 500, 503];
  return Object.fromEntries(
    all.map((status) => [status, errorEnvelopeSchema.describe(errorDescriptions[status])]),
  ) as Record<S | 500 | 503, typeof errorEnvelopeSchema>;
}

/** The statuses a route with a JSON body can answer on bad input. */
export const bodyErrors = [400, 413, 415] as const;

export const idParamsSchema = z.object({ id: recordId.describe('The record id.') }).strict();

export const langSchema = z
  .enum(locales)
  .describe('Language of coach messages; defaults to the Accept-Language header, then to the account setting.');

/** Query string of routes that only render coach messages. */
export const langQuerySchema = z.object({ lang: langSchema.optional() }).strict();

export const noContentSchema = z.null().describe('Done; no content.');
