/**
 * The one error table and the one error handler: every failure, from the domain, from Fastify or
 * unexpected, leaves the server as `{"error":{"code","message","details"}}`.
 */
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { isAppError, type ErrorCode } from '@nexo/core';
import type { ErrorEnvelope } from './schemas/common.js';

/** The one table mapping domain error codes to HTTP statuses. */
export const httpStatusByCode: Record<ErrorCode, number> = {
  validation_failed: 400,
  not_found: 404,
  ambiguous_reference: 409,
  conflict: 409,
  forbidden: 403,
  unauthenticated: 401,
  rate_limited: 429,
  storage_unavailable: 503,
  migration_mismatch: 503,
  internal_error: 500,
};

/** What the handler sends: the status, the envelope, and whether the cause must be logged. */
export interface ErrorReply {
  status: number;
  body: ErrorEnvelope;
  log: boolean;
}

const GENERIC_MESSAGE = 'Something went wrong on our side. The details are in the server log.';

function envelope(code: ErrorCode, message: string, details: Record<string, unknown> = {}): ErrorEnvelope {
  return { error: { code, message, details } };
}

/** Fastify's transport errors, in plain words. Status 413 and 415 are kept: HTTP has exact words for them. */
const transportErrors: Record<string, { status?: number; message: string }> = {
  FST_ERR_CTP_INVALID_JSON_BODY: { message: 'The request body is not valid JSON.' },
  FST_ERR_CTP_EMPTY_JSON_BODY: { message: 'The request body is empty but Content-Type says JSON: send a JSON object.' },
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: { message: 'The request body does not match its Content-Length.' },
  FST_ERR_CTP_BODY_TOO_LARGE: { status: 413, message: 'The request body is too large (at most 5 MB).' },
  FST_ERR_CTP_INVALID_MEDIA_TYPE: {
    status: 415,
    message: 'Send the request body as JSON (Content-Type: application/json).',
  },
};

function isFastifyError(error: unknown): error is FastifyError {
  return error instanceof Error && typeof (error as Partial<FastifyError>).code === 'string';
}

/**
 * Turns anything thrown while answering a request into the status and envelope to send.
 * Unknown errors become `internal_error` with a generic message; their cause is only logged.
 */
export function toErrorReply(error: unknown): ErrorReply {
  if (isAppError(error)) {
    const status = httpStatusByCode[error.code];
    const details = { ...error.details };
    const source = (error as { validationContext?: unknown }).validationContext;
    if (error.code === 'validation_failed' && typeof source === 'string') details.source = source;
    return { status, body: envelope(error.code, error.message, details), log: status >= 500 };
  }
  if (isFastifyError(error)) {
    const known = transportErrors[error.code];
    if (known) return { status: known.status ?? 400, body: envelope('validation_failed', known.message), log: false };
    const status = error.statusCode ?? 500;
    if (Array.isArray(error.validation)) {
      const issues = error.validation.map((v) => ({
        field: v.instancePath.replace(/^\//, '').replaceAll('/', '.'),
        message: v.message,
      }));
      return { status: 400, body: envelope('validation_failed', error.message, { issues }), log: false };
    }
    if (status < 500) {
      const code: ErrorCode = status === 404 ? 'not_found' : status === 429 ? 'rate_limited' : 'validation_failed';
      return { status: httpStatusByCode[code], body: envelope(code, error.message), log: false };
    }
  }
  return { status: 500, body: envelope('internal_error', GENERIC_MESSAGE), log: true };
}

/** Answers a request no route took, when it can (the web app's pages); false lets the 404 envelope answer. */
export type NotFoundFallback = (request: FastifyRequest, reply: FastifyReply) => boolean;

/**
 * Installs the error and not-found handlers on `app` (and so on every route registered in it).
 * `fallback` may answer unknown paths first; /api paths always get the JSON envelope.
 */
export function installErrorHandlers(app: FastifyInstance, fallback?: NotFoundFallback): void {
  app.setErrorHandler((error: unknown, request: FastifyRequest, reply: FastifyReply) => {
    const { status, body, log } = toErrorReply(error);
    if (log) request.log.error({ err: error }, 'request failed');
    return reply.code(status).type('application/json; charset=utf-8').send(body);
  });
  app.setNotFoundHandler((request: FastifyRequest, reply: FastifyReply) => {
    const path = request.url.split('?')[0] ?? request.url;
    if (fallback && !path.startsWith('/api/') && fallback(request, reply)) return reply;
    const body = envelope('not_found', `No route ${request.method} ${path}.`, { method: request.method, path });
    return reply.code(404).type('application/json; charset=utf-8').send(body);
  });
}
