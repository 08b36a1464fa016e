// The OpenAPI document: valid 3.1 structure, every route present and documented, generated from the core schemas.
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { contactFilterSchema, newContactSchema, newInteractionSchema, tiers } from '@nexo/core';
import { backends } from './testing/harness.js';

const expectedRoutes = [
  'GET /api/health',
  'GET /api/v1/contacts',
  'POST /api/v1/contacts',
  'GET /api/v1/contacts/{id}',
  'PATCH /api/v1/contacts/{id}',
  'POST /api/v1/contacts/{id}/archive',
  'POST /api/v1/contacts/{id}/unarchive',
  'POST /api/v1/contacts/{id}/snooze',
  'DELETE /api/v1/contacts/{id}/snooze',
  'GET /api/v1/contacts/{id}/interactions',
  'GET /api/v1/contacts/{id}/knows',
  'POST /api/v1/contacts/{id}/ask-readiness',
  'POST /api/v1/interactions',
  'GET /api/v1/interactions/{id}',
  'DELETE /api/v1/interactions/{id}',
  'POST /api/v1/knows',
  'DELETE /api/v1/knows/{contactId}/{otherId}',
  'GET /api/v1/agenda/today',
  'GET /api/v1/metrics',
  'GET /api/v1/settings',
  'PATCH /api/v1/settings',
  'GET /api/v1/export/contacts',
  'GET /api/v1/backup',
  'POST /api/v1/restore',
  'GET /api/v1/calendar/export',
  'GET /api/v1/calendar-feed',
  'POST /api/v1/calendar-feed',
  'DELETE /api/v1/calendar-feed',
  'GET /api/calendar/{file}',
  'POST /api/v1/imports',
  'GET /api/v1/imports',
  'POST /api/v1/imports/{id}/undo',
  'GET /api/v1/duplicates',
  'POST /api/v1/duplicates/dismissals',
  'GET /api/v1/duplicates/dismissals',
  'DELETE /api/v1/duplicates/dismissals/{aId}/{bId}',
  'POST /api/v1/merges',
  'GET /api/v1/merges',
  'POST /api/v1/merges/{id}/undo',
  'POST /api/v1/coach/review',
  'GET /api/v1/questions',
  'POST /api/v1/questions',
  'DELETE /api/v1/questions/{id}',
  'GET /api/v1/gives',
  'POST /api/v1/gives',
  'GET /api/v1/gives/{id}',
  'PATCH /api/v1/gives/{id}',
  'DELETE /api/v1/gives/{id}',
  'GET /api/v1/contacts/{id}/give-suggestions',
  'GET /api/v1/templates',
  'POST /api/v1/templates',
  'GET /api/v1/templates/{id}',
  'PATCH /api/v1/templates/{id}',
  'DELETE /api/v1/templates/{id}',
  'GET /api/v1/campaigns',
  'POST /api/v1/campaigns',
  'POST /api/v1/campaigns/preview',
  'GET /api/v1/campaigns/{id}',
  'DELETE /api/v1/campaigns/{id}',
  'POST /api/v1/campaigns/{id}/recipients',
  'PATCH /api/v1/campaigns/{id}/recipients/{contactId}',
  'DELETE /api/v1/campaigns/{id}/recipients/{contactId}',
  'POST /api/v1/campaigns/{id}/ready',
  'POST /api/v1/campaigns/{id}/send',
  'POST /api/v1/campaigns/{id}/mark-sent',
  'GET /api/v1/campaigns/{id}/eml',
  'GET /api/v1/campaigns/{id}/recipients/{contactId}/eml',
  'GET /api/v1/settings/smtp',
  'PUT /api/v1/settings/smtp',
  'DELETE /api/v1/settings/smtp',
];

const schemaObject = z.record(z.string(), z.unknown());
const mediaSchema = z.object({ 'application/json': z.object({ schema: schemaObject }) });
// Request bodies are JSON, except file uploads (POST /imports takes the raw file).
const bodyMediaSchema = z.record(z.string(), z.object({ schema: schemaObject }));
const operationSchema = z.object({
  summary: z.string().min(1),
  tags: z.array(z.string()).min(1),
  parameters: z
    .array(
      z.object({
        in: z.enum(['query', 'path', 'header']),
        name: z.string(),
        required: z.boolean().optional(),
        schema: schemaObject,
      }),
    )
    .optional(),
  requestBody: z.object({ required: z.boolean().optional(), content: bodyMediaSchema }).optional(),
  responses: z.record(z.string(), z.object({ description: z.string().min(1), content: mediaSchema.optional() })),
});
// Actions that take no body: the path says everything (archive, undo, create-or-rotate the feed).
const bodilessActions = ['archive', '/undo', '/calendar-feed'];
const documentSchema = z.object({
  openapi: z.string(),
  info: z.object({ title: z.string(), version: z.string() }),
  paths: z.record(z.string(), z.record(z.string(), operationSchema)),
});

describe('OpenAPI document', () => {
  const api = backends()[0]?.setup();

  async function fetchDocument() {
    if (!api) throw new Error('no backend');
    const res = await (await api()).request('GET', '/api/openapi.json');
    expect(res.status).toBe(200);
    return documentSchema.parse(res.body);
  }

  it('is OpenAPI 3.1 and lists exactly the API routes, each with a summary and tags', async () => {
    const doc = await fetchDocument();
    expect(doc.openapi).toMatch(/^3\.1\.\d+$/);
    expect(doc.info.version).toMatch(/^\d+\.\d+\.\d+/);
    const routes = Object.entries(doc.paths).flatMap(([path, ops]) =>
      Object.keys(ops).map((m) => `${m.toUpperCase()} ${path}`),
    );
    expect(routes.sort()).toEqual([...expectedRoutes].sort());
  });

  it('gives every parameter and body a schema, and declares every path template parameter', async () => {
    const doc = await fetchDocument();
    for (const [path, ops] of Object.entries(doc.paths)) {
      const templated = [...path.matchAll(/\{(\w+)\}/g)].map((m) => m[1]);
      for (const [method, op] of Object.entries(ops)) {
        const inPath = (op.parameters ?? []).filter((p) => p.in === 'path');
        expect(inPath.map((p) => p.name).sort(), `${method} ${path}`).toEqual([...templated].sort());
        expect(inPath.every((p) => p.required === true)).toBe(true);
        if (path === '/api/v1/imports' && method === 'post') {
          expect(op.requestBody?.content['application/octet-stream']?.schema).toMatchObject({ format: 'binary' });
        } else if (['post', 'patch'].includes(method) && !bodilessActions.some((end) => path.endsWith(end))) {
          expect(op.requestBody?.content['application/json']?.schema, `${method} ${path}`).toMatchObject({
            type: 'object',
          });
        }
      }
    }
  });

  it('documents the error envelope on every route', async () => {
    const doc = await fetchDocument();
    for (const [path, ops] of Object.entries(doc.paths)) {
      for (const [method, op] of Object.entries(ops)) {
        const errors = Object.entries(op.responses).filter(([status]) => /^[45]/.test(status));
        expect(
          errors.map(([s]) => s),
          `${method} ${path}`,
        ).toEqual(expect.arrayContaining(['500', '503']));
        if (path.includes('{')) expect(Object.keys(op.responses), `${method} ${path}`).toContain('404');
        if (op.requestBody) expect(Object.keys(op.responses), `${method} ${path}`).toContain('400');
        for (const [, response] of errors) {
          expect(response.content?.['application/json'].schema).toMatchObject({
            required: ['error'],
            properties: { error: { required: ['code', 'message', 'details'] } },
          });
        }
      }
    }
  });

  it('is generated from the same core schemas that validate the requests', async () => {
    const doc = await fetchDocument();
    const body = (path: string, method: string) =>
      doc.paths[path]?.[method]?.requestBody?.content['application/json']?.schema;
    const fromCore = (schema: z.ZodType) => z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' });

    const contact = body('/api/v1/contacts', 'post');
    expect(Object.keys(contact?.properties ?? {}).sort()).toEqual(
      Object.keys(fromCore(newContactSchema).properties ?? {}).sort(),
    );
    expect(contact).toMatchObject({ additionalProperties: false, properties: { tier: { enum: [...tiers] } } });
    expect(body('/api/v1/interactions', 'post')?.properties).toEqual(fromCore(newInteractionSchema).properties);

    const listParams = doc.paths['/api/v1/contacts']?.get?.parameters?.map((p) => p.name) ?? [];
    expect(listParams.sort()).toEqual(Object.keys(contactFilterSchema.shape).sort());
  });
});
