/** The give library: things worth sharing (CRUD), and the items that fit one contact. */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  addGiveItem,
  getGiveItem,
  giveItemPatchSchema,
  listGiveItems,
  newGiveItemSchema,
  removeGiveItem,
  suggestGiveItems,
  updateGiveItem,
} from '@nexo/core';
import { bodyErrors, errorResponses, idParamsSchema, noContentSchema } from '../schemas/common.js';
import {
  giveItemListSchema,
  giveItemSchema,
  giveSuggestionsSchema,
  suggestionsQuerySchema,
} from '../schemas/library.js';
import type { RouteOptions } from './route-options.js';

const tags = ['gives'];

export const giveRoutes: FastifyPluginAsyncZod<RouteOptions> = async (app, { services, contextOf }) => {
  const { gives, contacts, clock, ids } = services;

  app.get(
    '/gives',
    {
      schema: {
        summary: 'The give library, newest first',
        tags,
        response: { 200: giveItemListSchema, ...errorResponses() },
      },
    },
    async (request) => listGiveItems({ gives }, await contextOf(request)),
  );

  app.post(
    '/gives',
    {
      schema: {
        summary: 'Add something worth sharing',
        description: 'An article, job ad, event, e-book, book or introduction, with the topics it is about.',
        tags,
        body: newGiveItemSchema,
        response: { 201: giveItemSchema, ...errorResponses(...bodyErrors) },
      },
    },
    async (request, reply) =>
      reply.code(201).send(await addGiveItem({ gives, clock, ids }, await contextOf(request), request.body)),
  );

  app.get(
    '/gives/:id',
    {
      schema: {
        summary: 'Get a library item',
        tags,
        params: idParamsSchema,
        response: { 200: giveItemSchema, ...errorResponses(400, 404) },
      },
    },
    async (request) => getGiveItem({ gives }, await contextOf(request), request.params.id),
  );

  app.patch(
    '/gives/:id',
    {
      schema: {
        summary: 'Change a library item',
        tags,
        params: idParamsSchema,
        body: giveItemPatchSchema,
        response: { 200: giveItemSchema, ...errorResponses(...bodyErrors, 404) },
      },
    },
    async (request) => updateGiveItem({ gives, clock }, await contextOf(request), request.params.id, request.body),
  );

  app.delete(
    '/gives/:id',
    {
      schema: {
        summary: 'Remove a library item',
        description: 'Interactions that shared it are kept, without the link.',
        tags,
        params: idParamsSchema,
        response: { 204: noContentSchema, ...errorResponses(400, 404) },
      },
    },
    async (request, reply) => {
      await removeGiveItem({ gives }, await contextOf(request), request.params.id);
      return reply.code(204).send(null);
    },
  );

  app.get(
    '/contacts/:id/give-suggestions',
    {
      schema: {
        summary: 'Library items that fit this contact',
        description:
          'Matched against their interests (tags), sector, role and company, best first, explained; items ' +
          'already sent to them are left out.',
        tags,
        params: idParamsSchema,
        querystring: suggestionsQuerySchema,
        response: { 200: giveSuggestionsSchema, ...errorResponses(400, 404) },
      },
    },
    async (request) => {
      const { limit } = request.query;
      return suggestGiveItems(
        { contacts, gives },
        await contextOf(request),
        request.params.id,
        limit === undefined ? {} : { limit },
      );
    },
  );
};
