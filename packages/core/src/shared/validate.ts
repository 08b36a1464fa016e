/** Parses input at the domain boundary and turns failures into one `validation_failed` AppError. */
import type { z } from 'zod';
import { AppError } from '../errors.js';
import { describeIssues } from './schema.js';

/**
 * Validates `input` against `schema`.
 * @throws AppError `validation_failed` naming every bad field in `details.issues`.
 */
export function parseInput<S extends z.ZodType>(schema: S, input: unknown): z.output<S> {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  const issues = describeIssues(result.error);
  const first = issues[0];
  const message =
    issues.length === 1 && first
      ? `Invalid ${first.field}: ${first.message}`
      : `Invalid input: ${issues.map((i) => i.field).join(', ')}.`;
  throw new AppError('validation_failed', message, { issues });
}
