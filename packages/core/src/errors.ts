/**
 * The one error type the domain throws. Codes are a closed, transport-free catalogue: the server
 * maps them to HTTP statuses and the CLI to exit codes, each in exactly one table.
 */

export const errorCodes = [
  'validation_failed',
  'not_found',
  'conflict',
  'ambiguous_reference',
  'forbidden',
  'unauthenticated',
  'rate_limited',
  'storage_unavailable',
  'migration_mismatch',
  'internal_error',
] as const;

export type ErrorCode = (typeof errorCodes)[number];

/** One problem with one input field, named by its path (`emails.1`, `tier`). */
export interface FieldIssue {
  field: string;
  message: string;
}

export class AppError extends Error {
  override readonly name = 'AppError';

  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details?: Record<string, unknown>,
  ) {
    super(message);
  }
}

/** True for an AppError, including one that crossed a module boundary. */
export function isAppError(value: unknown): value is AppError {
  return value instanceof AppError;
}

/** A `not_found` error for one record kind and id. */
export function notFound(kind: string, id: string): AppError {
  return new AppError('not_found', `No ${kind} with id "${id}".`, { kind, id });
}
