/** The coach's account-wide views: today's agenda and the network metrics, in the requested language. */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { getMetrics, today } from '@nexo/core';
import { errorResponses, langQuerySchema } from '../schemas/common.js';
import { agendaQuerySchema, agendaSchema, metricsSchema } from '../schemas/coach.js';
import type { RouteOptions } from './route-options.js';

const tags = ['coach'];

export const coachRoutes: FastifyPluginAsyncZod<RouteOptions> = async (app, { services, contextOf }) => {
  const { agenda, metrics, settings, clock, gives } = services;

  app.get(
    '/agenda/today',
    {
      schema: {
        summary: "Today's agenda: who to reach out to now, why, and what to send",
        tags,
        querystring: agendaQuerySchema,
        response: { 200: agendaSchema, ...errorResponses(400) },
      },
    },
    async (request) => {
      const limit = request.query.limit;
      const items = await today(
        { agenda, settings, clock, gives },
        await contextOf(request),
        limit === undefined ? {} : { limit },
      );
      return { items };
    },
  );

  app.get(
    '/metrics',
    {
      schema: {
        summary: 'Network metrics: quality, not vanity',
        description: 'Active two-way relationships, ghosts, give/ask balance, tiers against targets, and insights.',
        tags,
        querystring: langQuerySchema,
        response: { 200: metricsSchema, ...errorResponses(400) },
      },
    },
    async (request) => getMetrics({ metrics, settings, clock }, await contextOf(request)),
  );
};
