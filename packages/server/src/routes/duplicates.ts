/**
 * Duplicate routes: likely duplicates with why, "not the same person" dismissals (and their undo),
 * merging two contacts into one, and undoing a merge.
 */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  dismissDuplicate,
  findDuplicates,
  listDismissedDuplicates,
  listMerges,
  mergeContacts,
  undoDismissal,
  undoMerge,
} from '@nexo/core';
import { bodyErrors, errorResponses, idParamsSchema } from '../schemas/common.js';
import {
  dismissalBodySchema,
  dismissalListSchema,
  dismissalParamsSchema,
  dismissalResultSchema,
  dismissedPairSchema,
  duplicateListSchema,
  mergeBodySchema,
  mergeListSchema,
  mergeRecordSchema,
  mergeResultSchema,
} from '../schemas/imports.js';
import type { RouteOptions } from './route-options.js';

const tags = ['duplicates'];

export const duplicateRoutes: FastifyPluginAsyncZod<RouteOptions> = async (app, { services, contextOf }) => {
  app.get(
    '/duplicates',
    {
      schema: {
        summary: 'Find likely duplicates',
        description:
          'Pairs of contacts that are probably one person: the same LinkedIn profile, e-mail or phone (compared in ' +
          'E.164), or a similar name at the same company (accents and case ignored). Strongest evidence first. ' +
          'Pairs dismissed as different people (POST /duplicates/dismissals) are never listed.',
        tags,
        querystring: z.object({ limit: z.coerce.number().int().min(1).max(500).optional() }).strict(),
        response: { 200: duplicateListSchema, ...errorResponses(400) },
      },
    },
    async (request) => findDuplicates(services, await contextOf(request), { limit: request.query.limit ?? 100 }),
  );

  app.post(
    '/duplicates/dismissals',
    {
      schema: {
        summary: 'Dismiss a pair: not the same person',
        description:
          'The two contacts are never suggested as duplicates again, whatever is edited or imported, until the ' +
          'dismissal is undone. Idempotent: 201 when recorded, 200 when the pair was dismissed already. If one of ' +
          'them is later merged into a third contact, the dismissal follows the contact that stays.',
        tags,
        body: dismissalBodySchema,
        response: { 200: dismissalResultSchema, 201: dismissalResultSchema, ...errorResponses(...bodyErrors, 404) },
      },
    },
    async (request, reply) => {
      const result = await dismissDuplicate(services, await contextOf(request), request.body);
      return reply.code(result.created ? 201 : 200).send(result);
    },
  );

  app.get(
    '/duplicates/dismissals',
    {
      schema: {
        summary: 'List dismissed pairs',
        description: 'Pairs the user said are different people, newest first.',
        tags,
        querystring: z.object({ limit: z.coerce.number().int().min(1).max(500).optional() }).strict(),
        response: { 200: dismissalListSchema, ...errorResponses(400) },
      },
    },
    async (request) =>
      listDismissedDuplicates(services, await contextOf(request), { limit: request.query.limit ?? 100 }),
  );

  app.delete(
    '/duplicates/dismissals/:aId/:bId',
    {
      schema: {
        summary: 'Undo a dismissal',
        description: 'The pair (in either order) can be suggested as duplicates again. Answers the removed dismissal.',
        tags,
        params: dismissalParamsSchema,
        response: { 200: dismissedPairSchema, ...errorResponses(400, 404) },
      },
    },
    async (request) => undoDismissal(services, await contextOf(request), request.params),
  );

  app.post(
    '/merges',
    {
      schema: {
        summary: 'Merge two contacts',
        description:
          'Folds `otherId` into `keepId`: every interaction and knows-edge moves over, e-mails, phones and tags are ' +
          'united, notes concatenated, empty fields filled (or as `prefer` says). Undo with POST /merges/{id}/undo.',
        tags,
        body: mergeBodySchema,
        response: { 201: mergeResultSchema, ...errorResponses(...bodyErrors, 404) },
      },
    },
    async (request, reply) =>
      reply.code(201).send(await mergeContacts(services, await contextOf(request), request.body)),
  );

  app.get(
    '/merges',
    {
      schema: {
        summary: 'List past merges',
        tags,
        response: { 200: mergeListSchema, ...errorResponses(400) },
      },
    },
    async (request) => listMerges(services, await contextOf(request), {}),
  );

  app.post(
    '/merges/:id/undo',
    {
      schema: {
        summary: 'Undo a merge',
        description: 'Both contacts come back as they were, each with their own interactions and edges.',
        tags,
        params: idParamsSchema,
        response: { 200: mergeRecordSchema, ...errorResponses(400, 404, 409) },
      },
    },
    async (request) => undoMerge(services, await contextOf(request), request.params.id),
  );
};
