/** Interaction routes: log one (with the coach's warnings, which never block), read one, delete one. */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { deleteInteraction, getInteraction, logInteraction, newInteractionSchema } from '@nexo/core';
import { bodyErrors, errorResponses, idParamsSchema, langQuerySchema, noContentSchema } from '../schemas/common.js';
import { interactionSchema, loggedInteractionSchema } from '../schemas/contacts.js';
import type { RouteOptions } from './route-options.js';

const tags = ['interactions'];

export const interactionRoutes: FastifyPluginAsyncZod<RouteOptions> = async (app, { services, contextOf }) => {
  const { contacts, interactions, settings, clock, ids, questions, gives } = services;

  app.post(
    '/interactions',
    {
      schema: {
        summary: 'Log an interaction',
        description:
          'Saves the interaction with one or more contacts. An ask that comes too early, or while taking more ' +
          'than giving, is saved too and answered with `warnings` that explain what to give first. A give ' +
          'from the library names it in `giveItemId`. A first meeting, coffee or call (stage none or first ' +
          'contact) is answered with `questions` to ask.',
        tags,
        querystring: langQuerySchema,
        body: newInteractionSchema,
        response: { 201: loggedInteractionSchema, ...errorResponses(...bodyErrors, 404) },
      },
    },
    async (request, reply) => {
      const result = await logInteraction(
        { contacts, interactions, settings, clock, ids, questions, gives },
        await contextOf(request),
        request.body,
      );
      return reply.code(201).send(result);
    },
  );

  app.get(
    '/interactions/:id',
    {
      schema: {
        summary: 'Get an interaction',
        tags,
        params: idParamsSchema,
        response: { 200: interactionSchema, ...errorResponses(400, 404) },
      },
    },
    async (request) => getInteraction({ interactions }, await contextOf(request), request.params.id),
  );

  app.delete(
    '/interactions/:id',
    {
      schema: {
        summary: 'Delete an interaction',
        description: "The contacts' history summaries are updated in the same step.",
        tags,
        params: idParamsSchema,
        response: { 204: noContentSchema, ...errorResponses(400, 404) },
      },
    },
    async (request, reply) => {
      await deleteInteraction({ interactions }, await contextOf(request), request.params.id);
      return reply.code(204).send(null);
    },
  );
};
