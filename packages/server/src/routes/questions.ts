/** The question bank for first meetings: the built-in questions in the requested language, and your own. */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { addQuestion, listQuestions, newQuestionSchema, removeQuestion } from '@nexo/core';
import { bodyErrors, errorResponses, idParamsSchema, langQuerySchema, noContentSchema } from '../schemas/common.js';
import { questionListSchema, questionSchema } from '../schemas/library.js';
import type { RouteOptions } from './route-options.js';

const tags = ['questions'];

export const questionRoutes: FastifyPluginAsyncZod<RouteOptions> = async (app, { services, contextOf }) => {
  const { questions, clock, ids } = services;

  app.get(
    '/questions',
    {
      schema: {
        summary: 'Questions for a first meeting',
        description: 'The built-in bank in the requested language, then the questions you added.',
        tags,
        querystring: langQuerySchema,
        response: { 200: questionListSchema, ...errorResponses(400) },
      },
    },
    async (request) => listQuestions({ questions }, await contextOf(request)),
  );

  app.post(
    '/questions',
    {
      schema: {
        summary: 'Add your own question',
        tags,
        body: newQuestionSchema,
        response: { 201: questionSchema, ...errorResponses(...bodyErrors) },
      },
    },
    async (request, reply) =>
      reply.code(201).send(await addQuestion({ questions, clock, ids }, await contextOf(request), request.body)),
  );

  app.delete(
    '/questions/:id',
    {
      schema: {
        summary: 'Remove one of your own questions',
        tags,
        params: idParamsSchema,
        response: { 204: noContentSchema, ...errorResponses(400, 404) },
      },
    },
    async (request, reply) => {
      await removeQuestion({ questions }, await contextOf(request), request.params.id);
      return reply.code(204).send(null);
    },
  );
};
