/** Small factories for API tests: each call makes new records through the API itself. */
import { expect } from 'vitest';
import type { z } from 'zod';
import { errorEnvelopeSchema, type ErrorEnvelope } from '../schemas/common.js';
import { contactSchema, loggedInteractionSchema } from '../schemas/contacts.js';
import type { Api, Reply } from './harness.js';

export type ContactJson = z.infer<typeof contactSchema>;

let serial = 0;

/** Creates a contact (a unique name unless given) and returns it as the API answers. */
export async function createContact(api: Api, fields: Record<string, unknown> = {}): Promise<ContactJson> {
  serial += 1;
  const res = await api.request('POST', '/api/v1/contacts', { name: `Person ${serial}`, ...fields });
  expect(res.status, res.text).toBe(201);
  return contactSchema.parse(res.body);
}

/** Logs an interaction at the clock's "now" unless given, and returns what the API answered. */
export async function logInteraction(api: Api, fields: Record<string, unknown>, query = '') {
  const res = await api.request('POST', `/api/v1/interactions${query}`, fields);
  expect(res.status, res.text).toBe(201);
  return loggedInteractionSchema.parse(res.body);
}

/** Asserts a failure: its status, its code, and the envelope shape. Returns the envelope. */
export function expectError(res: Reply, status: number, code: ErrorEnvelope['error']['code']): ErrorEnvelope {
  expect(res.status, res.text).toBe(status);
  expect(String(res.headers['content-type'])).toContain('application/json');
  const envelope = errorEnvelopeSchema.strict().parse(res.body);
  expect(envelope.error.code).toBe(code);
  expect(envelope.error.message.length).toBeGreaterThan(0);
  return envelope;
}

/** The fields named in a validation failure. */
export function issueFields(envelope: ErrorEnvelope): string[] {
  const issues = envelope.error.details.issues;
  if (!Array.isArray(issues)) return [];
  return issues.map((issue: { field?: unknown }) => String(issue.field));
}
