/** Knows-edge routes: record that two contacts know each other, and forget it. */
import { z } from 'zod';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { addKnowsEdge, newKnowsEdgeSchema, recordId, removeKnowsEdge } from '@nexo/core';
import { bodyErrors, errorResponses, noContentSchema } from '../schemas/common.js';
import { knowsEdgeSchema } from '../schemas/contacts.js';
import type { RouteOptions } from './route-options.js';

const tags = ['network'];

const pairParamsSchema = z.object({ contactId: recordId, otherId: recordId }).strict();

export const knowsRoutes: FastifyPluginAsyncZod<RouteOptions> = async (app, { services, contextOf }) => {
  const { contacts, knows, clock } = services;

  app.post(
    '/knows',
    {
      schema: {
        summary: 'Record that two contacts know each other',
        description: 'Replaces what was known of the pair; the edge has no direction.',
        tags,
        body: newKnowsEdgeSchema,
        response: { 201: knowsEdgeSchema, ...errorResponses(...bodyErrors, 404) },
      },
    },
    async (request, reply) => {
      const edge = await addKnowsEdge({ contacts, knows, clock }, await contextOf(request), request.body);
      return reply.code(201).send(edge);
    },
  );

  app.delete(
    '/knows/:contactId/:otherId',
    {
      schema: {
        summary: 'Forget that two contacts know each other',
        tags,
        params: pairParamsSchema,
        response: { 204: noContentSchema, ...errorResponses(400, 404) },
      },
    },
    async (request, reply) => {
      const { contactId, otherId } = request.params;
      await removeKnowsEdge({ knows }, await contextOf(request), contactId, otherId);
      return reply.code(204).send(null);
    },
  );
};
