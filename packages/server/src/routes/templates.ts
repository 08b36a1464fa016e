/** Template routes: the general e-mail and the personal request, with their `{{fields}}`. */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  createTemplate,
  deleteTemplate,
  getTemplate,
  listTemplates,
  newTemplateSchema,
  templateFields,
  templatePatchSchema,
  updateTemplate,
} from '@nexo/core';
import { bodyErrors, errorResponses, idParamsSchema, noContentSchema } from '../schemas/common.js';
import { templateListSchema, templateSchema } from '../schemas/campaigns.js';
import type { RouteOptions } from './route-options.js';

const tags = ['templates'];
const fields = templateFields.map((f) => `\`{{${f}}}\``).join(', ');

export const templateRoutes: FastifyPluginAsyncZod<RouteOptions> = async (app, { services, contextOf }) => {
  const { templates, clock, ids } = services;

  app.get(
    '/templates',
    { schema: { summary: 'List templates', tags, response: { 200: templateListSchema, ...errorResponses() } } },
    async (request) => ({ items: await listTemplates({ templates }, await contextOf(request)) }),
  );

  app.post(
    '/templates',
    {
      schema: {
        summary: 'Create a template',
        description:
          `Fields: ${fields}. A field a recipient has no value for stays visibly unfilled in their draft. ` +
          'A `personal` request is logged as an ask (`askKind`, default advice); a `general` e-mail as neutral, ' +
          'or as a give when it shares something (`giveKind`). Mentors, managers and employers are kept out of ' +
          'general e-mails.',
        tags,
        body: newTemplateSchema,
        response: { 201: templateSchema, ...errorResponses(...bodyErrors) },
      },
    },
    async (request, reply) =>
      reply.code(201).send(await createTemplate({ templates, clock, ids }, await contextOf(request), request.body)),
  );

  app.get(
    '/templates/:id',
    {
      schema: {
        summary: 'Get a template',
        tags,
        params: idParamsSchema,
        response: { 200: templateSchema, ...errorResponses(400, 404) },
      },
    },
    async (request) => getTemplate({ templates }, await contextOf(request), request.params.id),
  );

  app.patch(
    '/templates/:id',
    {
      schema: {
        summary: 'Change a template',
        description: 'Campaigns already made from it keep their own copy.',
        tags,
        params: idParamsSchema,
        body: templatePatchSchema,
        response: { 200: templateSchema, ...errorResponses(...bodyErrors, 404) },
      },
    },
    async (request) => updateTemplate({ templates, clock }, await contextOf(request), request.params.id, request.body),
  );

  app.delete(
    '/templates/:id',
    {
      schema: {
        summary: 'Delete a template',
        tags,
        params: idParamsSchema,
        response: { 204: noContentSchema, ...errorResponses(400, 404) },
      },
    },
    async (request, reply) => {
      await deleteTemplate({ templates }, await contextOf(request), request.params.id);
      return reply.code(204).send(null);
    },
  );
};
