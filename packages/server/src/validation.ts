/**
 * Fastify's schema compilers for zod: requests are parsed by the same core schemas the operations
 * use, and a failure is the same `validation_failed` AppError, naming each bad field.
 */
import type { FastifySchemaCompiler, FastifySerializerCompiler } from 'fastify';
import type { z } from 'zod';
import { AppError, type FieldIssue } from '@nexo/core';

/**
 * One issue per field. Unlike core's `describeIssues`, an unknown property is named as the field
 * itself (`nickname: Unknown field.`) rather than reported against the whole input.
 */
function describeRequestIssues(error: z.ZodError): FieldIssue[] {
  return error.issues.flatMap((issue) => {
    const path = issue.path.map(String);
    if (issue.code === 'unrecognized_keys') {
      return issue.keys.map((key) => ({ field: [...path, key].join('.'), message: 'Unknown field.' }));
    }
    return [{ field: path.join('.') || '(input)', message: issue.message }];
  });
}

function validationError(issues: FieldIssue[]): AppError {
  const first = issues[0];
  const message =
    issues.length === 1 && first
      ? `Invalid ${first.field}: ${first.message}`
      : `Invalid input: ${[...new Set(issues.map((i) => i.field))].join(', ')}.`;
  return new AppError('validation_failed', message, { issues });
}

/** Validates one part of a request (body, querystring, params) with its zod schema. */
export const validatorCompiler: FastifySchemaCompiler<z.ZodType> =
  ({ schema, httpPart }) =>
  (data) => {
    if (httpPart === 'body' && (data === null || data === undefined)) {
      return { error: validationError([{ field: '(body)', message: 'Send a JSON object in the request body.' }]) };
    }
    const result = schema.safeParse(data);
    return result.success ? { value: result.data } : { error: validationError(describeRequestIssues(result.error)) };
  };

/**
 * Response schemas document the API; they do not filter what is sent (zod would silently strip
 * fields it does not know). Handlers' return types are checked against them at compile time.
 */
export const serializerCompiler: FastifySerializerCompiler<unknown> = () => (data) => JSON.stringify(data);
