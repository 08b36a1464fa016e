/**
 * The typed error of the API client: the `{"error":{"code","message","details"}}` envelope, or a
 * network failure, as one class the UI can map to translated text and to form fields.
 */
import type { ApiIssue, ErrorEnvelope } from './types';

/** Codes the server may answer with, plus `network_error` when it could not be reached at all. */
export type ApiErrorCode =
  | 'validation_failed'
  | 'not_found'
  | 'ambiguous_reference'
  | 'conflict'
  | 'forbidden'
  | 'unauthenticated'
  | 'rate_limited'
  | 'storage_unavailable'
  | 'migration_mismatch'
  | 'internal_error'
  | 'network_error';

export class ApiError extends Error {
  readonly code: ApiErrorCode;
  readonly status: number;
  readonly issues: ApiIssue[];

  constructor(code: ApiErrorCode, status: number, message: string, issues: ApiIssue[] = []) {
    super(message);
    this.name = 'ApiError';
    this.code = code;
    this.status = status;
    this.issues = issues;
  }

  /** The issues for one form field: exact match or a nested path under it (`emails.0` → `emails`). */
  issuesFor(field: string): ApiIssue[] {
    return this.issues.filter((i) => i.field === field || i.field.startsWith(`${field}.`));
  }
}

const knownCodes = new Set<string>([
  'validation_failed',
  'not_found',
  'ambiguous_reference',
  'conflict',
  'forbidden',
  'unauthenticated',
  'rate_limited',
  'storage_unavailable',
  'migration_mismatch',
  'internal_error',
]);

function isEnvelope(body: unknown): body is ErrorEnvelope {
  if (typeof body !== 'object' || body === null || !('error' in body)) return false;
  const error = (body as { error: unknown }).error;
  return typeof error === 'object' && error !== null && 'code' in error;
}

/** Builds an ApiError from a failed response's status and parsed body (any shape). */
export function toApiError(status: number, body: unknown): ApiError {
  if (!isEnvelope(body))
    return new ApiError(status >= 500 ? 'internal_error' : 'validation_failed', status, `HTTP ${status}`);
  const { code, message, details } = body.error;
  const issues = Array.isArray(details?.issues)
    ? details.issues.filter((i): i is ApiIssue => typeof i.field === 'string' && typeof i.message === 'string')
    : [];
  const known = knownCodes.has(code) ? (code as ApiErrorCode) : 'internal_error';
  return new ApiError(known, status, message, issues);
}

export function isApiError(error: unknown): error is ApiError {
  return error instanceof ApiError;
}
