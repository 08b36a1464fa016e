/** The message reviewer over HTTP: POST /coach/review with a draft, its context or a contact. */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { reviewDraft, reviewRequestSchema } from '@nexo/core';
import { bodyErrors, errorResponses, langQuerySchema } from '../schemas/common.js';
import { reviewSchema } from '../schemas/library.js';
import type { RouteOptions } from './route-options.js';

export const reviewRoutes: FastifyPluginAsyncZod<RouteOptions> = async (app, { services, contextOf }) => {
  const { contacts, interactions } = services;

  app.post(
    '/coach/review',
    {
      schema: {
        summary: 'Review a draft message before sending it',
        description:
          'Returns findings (generic invitation, early ask, unfilled placeholder, nothing personal, missing ' +
          'thanks, nothing offered), each with the evidence and where it is in the text. With `contactId` the ' +
          "context comes from the contact's stage, details, notes and history; `context` fields override it. " +
          'Without either, the draft is read as a first contact with someone unknown. Findings are explained ' +
          'in `lang` when given, else in the request language. Nothing is saved.',
        tags: ['coach'],
        querystring: langQuerySchema,
        body: reviewRequestSchema,
        response: { 200: reviewSchema, ...errorResponses(...bodyErrors, 404) },
      },
    },
    async (request) => reviewDraft({ contacts, interactions }, await contextOf(request), request.body),
  );
};
