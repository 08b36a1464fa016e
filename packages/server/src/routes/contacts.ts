/** Contact routes: list with filters and cursor, create, read with the coach's view, update, archive, snooze. */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  archiveContact,
  contactFilterSchema,
  contactPatchSchema,
  createContact,
  getContact,
  listContacts,
  newContactSchema,
  snoozeContact,
  snoozeSchema,
  updateContact,
} from '@nexo/core';
import { bodyErrors, errorResponses, idParamsSchema, langQuerySchema } from '../schemas/common.js';
import { contactDetailsSchema, contactPageSchema, contactSchema } from '../schemas/contacts.js';
import type { RouteOptions } from './route-options.js';

const tags = ['contacts'];

export const contactRoutes: FastifyPluginAsyncZod<RouteOptions> = async (app, { services, contextOf }) => {
  const { contacts, interactions, knows, settings, clock, ids } = services;

  app.get(
    '/contacts',
    {
      schema: {
        summary: 'List contacts',
        description: 'Filters combine; `nextCursor` fetches the next page.',
        tags,
        querystring: contactFilterSchema,
        response: { 200: contactPageSchema, ...errorResponses(400) },
      },
    },
    async (request) => listContacts({ contacts, clock }, await contextOf(request), request.query),
  );

  app.post(
    '/contacts',
    {
      schema: {
        summary: 'Create a contact',
        tags,
        body: newContactSchema,
        response: { 201: contactSchema, ...errorResponses(...bodyErrors) },
      },
    },
    async (request, reply) => {
      const contact = await createContact({ contacts, clock, ids }, await contextOf(request), request.body);
      return reply.code(201).send(contact);
    },
  );

  app.get(
    '/contacts/:id',
    {
      schema: {
        summary: 'Get a contact with the relationship, recent interactions and who they know',
        description: "The relationship carries the coach's stage, reciprocity, cadence and health, each with a reason.",
        tags,
        params: idParamsSchema,
        querystring: langQuerySchema,
        response: { 200: contactDetailsSchema, ...errorResponses(400, 404) },
      },
    },
    async (request) =>
      getContact({ contacts, interactions, knows, settings, clock }, await contextOf(request), request.params.id),
  );

  app.patch(
    '/contacts/:id',
    {
      schema: {
        summary: 'Change a contact',
        description: 'Any subset of fields; `null` clears an optional one.',
        tags,
        params: idParamsSchema,
        body: contactPatchSchema,
        response: { 200: contactSchema, ...errorResponses(...bodyErrors, 404) },
      },
    },
    async (request) => updateContact({ contacts, clock }, await contextOf(request), request.params.id, request.body),
  );

  for (const [action, archived] of [
    ['archive', true],
    ['unarchive', false],
  ] as const) {
    app.post(
      `/contacts/:id/${action}`,
      {
        schema: {
          summary: archived
            ? 'Archive a contact (hidden from lists and the agenda, history kept)'
            : 'Restore an archived contact',
          tags,
          params: idParamsSchema,
          response: { 200: contactSchema, ...errorResponses(400, 404) },
        },
      },
      async (request) => archiveContact({ contacts, clock }, await contextOf(request), request.params.id, archived),
    );
  }

  app.post(
    '/contacts/:id/snooze',
    {
      schema: {
        summary: 'Snooze a contact: keep them off the Today agenda until a future date',
        description: 'Stored with the contact, so the snooze holds on every device. `until` must be in the future.',
        tags,
        params: idParamsSchema,
        body: snoozeSchema,
        response: { 200: contactSchema, ...errorResponses(...bodyErrors, 404) },
      },
    },
    async (request) => snoozeContact({ contacts, clock }, await contextOf(request), request.params.id, request.body),
  );

  app.delete(
    '/contacts/:id/snooze',
    {
      schema: {
        summary: 'End a snooze: the contact is back on the Today agenda when due',
        tags,
        params: idParamsSchema,
        response: { 200: contactSchema, ...errorResponses(400, 404) },
      },
    },
    async (request) => snoozeContact({ contacts, clock }, await contextOf(request), request.params.id, null),
  );
};
