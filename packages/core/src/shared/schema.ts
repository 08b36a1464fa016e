/**
 * Zod building blocks shared by the input schemas of every capability. The same schemas validate
 * in the domain, validate HTTP requests and generate the OpenAPI document.
 */
import { z } from 'zod';

/** A trimmed string of 1..max characters; blank strings are rejected. */
export function text(max: number) {
  return z.string().trim().min(1).max(max);
}

/** An optional free-text field where `null` or `""` means "no value". */
export function optionalText(max: number) {
  return z
    .string()
    .trim()
    .max(max)
    .nullable()
    .transform((v) => (v === null || v === '' ? null : v));
}

/** An ISO 8601 date-time with offset, or a plain `YYYY-MM-DD` date (read as UTC midnight). */
export const isoDateTime = z
  .string()
  .trim()
  .refine(
    (v) =>
      /^\d{4}-\d{2}-\d{2}([T ]\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:?\d{2})?)?$/.test(v) &&
      !Number.isNaN(Date.parse(v)),
    {
      message: 'Expected an ISO 8601 date such as 2026-05-01 or 2026-05-01T09:30:00Z.',
    },
  )
  .transform((v) => new Date(/^\d{4}-\d{2}-\d{2}$/.test(v) ? `${v}T00:00:00Z` : v).toISOString());

/** A stable record id as issued by the id generator. */
export const recordId = z.string().trim().min(1).max(64);

/** Turns a Zod failure into the `details.issues` list of a `validation_failed` error. */
export function describeIssues(error: z.ZodError): { field: string; message: string }[] {
  return error.issues.flatMap((issue) => {
    const at = issue.path.map(String);
    // An unknown property is reported once per key, named, so the caller sees what to remove.
    if (issue.code === 'unrecognized_keys') {
      return issue.keys.map((key) => ({ field: [...at, key].join('.'), message: 'Unknown field.' }));
    }
    return [{ field: at.join('.') || '(input)', message: issue.message }];
  });
}
