/** Routes about one contact's relations: their interactions, who they know, and readiness for an ask. */
import { z } from 'zod';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { checkAsk, listInteractions, listKnows } from '@nexo/core';
import { bodyErrors, errorResponses, idParamsSchema, langQuerySchema } from '../schemas/common.js';
import { askReadinessBodySchema, interactionPageSchema, knowsListSchema, warningsSchema } from '../schemas/contacts.js';
import type { RouteOptions } from './route-options.js';

const pageQuerySchema = z
  .object({
    limit: z.coerce.number().int().min(1).max(500).optional().describe('Page size (default 50).'),
    cursor: z.string().max(500).optional().describe('`nextCursor` of the previous page.'),
  })
  .strict();

export const contactRelationRoutes: FastifyPluginAsyncZod<RouteOptions> = async (app, { services, contextOf }) => {
  const { contacts, interactions, knows, settings, clock } = services;

  app.get(
    '/contacts/:id/interactions',
    {
      schema: {
        summary: "A contact's interactions, newest first",
        tags: ['interactions'],
        params: idParamsSchema,
        querystring: pageQuerySchema,
        response: { 200: interactionPageSchema, ...errorResponses(400, 404) },
      },
    },
    async (request) =>
      listInteractions({ contacts, interactions }, await contextOf(request), request.params.id, request.query),
  );

  app.get(
    '/contacts/:id/knows',
    {
      schema: {
        summary: 'Who a contact knows in your network',
        tags: ['network'],
        params: idParamsSchema,
        response: { 200: knowsListSchema, ...errorResponses(400, 404) },
      },
    },
    async (request) => ({ items: await listKnows({ contacts, knows }, await contextOf(request), request.params.id) }),
  );

  app.post(
    '/contacts/:id/ask-readiness',
    {
      schema: {
        summary: 'Check an ask before making it',
        description:
          'The warnings the coach would give if you asked this person now (too early, or taking more than giving), ' +
          'with what to give first. Nothing is saved.',
        tags: ['coach'],
        params: idParamsSchema,
        querystring: langQuerySchema,
        body: askReadinessBodySchema,
        response: { 200: warningsSchema, ...errorResponses(...bodyErrors, 404) },
      },
    },
    async (request) => {
      const warnings = await checkAsk(
        { contacts, settings, clock },
        await contextOf(request),
        request.params.id,
        request.body.askKind ?? null,
      );
      return { warnings };
    },
  );
};
