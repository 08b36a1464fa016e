/**
 * Calendar routes: a one-off .ics download, the secret feed URL (create or rotate, status, revoke),
 * and the feed itself at /api/calendar/<token>.ics, unauthenticated by design: the token is the secret.
 */
import { z } from 'zod';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { FastifyRequest } from 'fastify';
import {
  calendarWeeks,
  createCalendarFeed,
  exportCalendar,
  getCalendarFeed,
  openCalendarFeed,
  revokeCalendarFeed,
} from '@nexo/core';
import { errorResponses, langSchema, noContentSchema } from '../schemas/common.js';
import { attachment, downloadName } from '../export-formats.js';
import type { RouteOptions } from './route-options.js';

const tags = ['calendar'];
const ICS = 'text/calendar; charset=utf-8';

const weeks = z.coerce
  .number()
  .int()
  .min(calendarWeeks.min)
  .max(calendarWeeks.max)
  .optional()
  .describe(`How many weeks ahead (default ${calendarWeeks.default}); overdue items always come, on today.`);

const feedInfoSchema = z.object({
  active: z.boolean(),
  createdAt: z.string().nullable().describe('When the active feed was created.'),
});

const newFeedSchema = z.object({
  token: z.string().describe('The secret; shown this once, only its hash is stored.'),
  path: z.string().describe('/api/calendar/<token>.ics'),
  url: z.string().describe('The address to subscribe to, as this request reached the server.'),
  webcalUrl: z.string().describe('The same address with webcal://, which opens calendar apps directly.'),
  createdAt: z.string(),
});

/** The origin the client used to reach us, for subscription URLs. */
function originOf(request: FastifyRequest): { protocol: string; host: string } {
  return { protocol: request.protocol, host: request.host };
}

/** Routes under /api/v1 (the account's own, behind the usual account resolution). */
export const calendarRoutes: FastifyPluginAsyncZod<RouteOptions> = async (app, { services, contextOf }) => {
  const { calendarFeeds, calendarQueries, settings, secrets, ids, clock } = services;

  app.get(
    '/calendar/export',
    {
      schema: {
        summary: 'Download due check-ins and follow-ups as an .ics file',
        description: 'RFC 5545, one all-day event per item, in the language of `lang` or Accept-Language.',
        tags,
        querystring: z.object({ weeks, lang: langSchema.optional() }).strict(),
        response: { 200: z.string().describe('An iCalendar file.'), ...errorResponses(400) },
      },
    },
    async (request, reply) => {
      const ics = await exportCalendar({ calendarQueries, settings, clock }, await contextOf(request), {
        weeks: request.query.weeks,
      });
      return reply
        .type(ICS)
        .header('content-disposition', attachment(downloadName('calendar', clock.now(), 'ics')))
        .header('cache-control', 'no-store')
        .send(ics);
    },
  );

  app.get(
    '/calendar-feed',
    {
      schema: {
        summary: 'Is there an active calendar feed?',
        description: 'The feed URL itself is only shown when it is created.',
        tags,
        response: { 200: feedInfoSchema, ...errorResponses() },
      },
    },
    async (request) => getCalendarFeed({ calendarFeeds }, await contextOf(request)),
  );

  app.post(
    '/calendar-feed',
    {
      schema: {
        summary: 'Create (or rotate) the secret calendar feed URL',
        description: 'A new secret URL for calendar apps to subscribe to; any previous one stops working.',
        tags,
        response: { 201: newFeedSchema, ...errorResponses() },
      },
    },
    async (request, reply) => {
      const { token, createdAt } = await createCalendarFeed(
        { calendarFeeds, secrets, ids, clock },
        await contextOf(request),
      );
      const { protocol, host } = originOf(request);
      const path = `/api/calendar/${token}.ics`;
      return reply
        .code(201)
        .header('cache-control', 'no-store')
        .send({ token, path, url: `${protocol}://${host}${path}`, webcalUrl: `webcal://${host}${path}`, createdAt });
    },
  );

  app.delete(
    '/calendar-feed',
    {
      schema: {
        summary: 'Revoke the calendar feed URL',
        description: 'The URL answers 404 from now on.',
        tags,
        response: { 204: noContentSchema, ...errorResponses(404) },
      },
    },
    async (request, reply) => {
      await revokeCalendarFeed({ calendarFeeds, clock }, await contextOf(request));
      return reply.code(204).send(null);
    },
  );
};

/** The public feed, outside /api/v1: no account resolution, the token names and opens the account. */
export const calendarFeedRoutes: FastifyPluginAsyncZod<RouteOptions> = async (app, { services }) => {
  const { calendarFeeds, calendarQueries, settings, clock } = services;

  app.get(
    '/api/calendar/:file',
    {
      schema: {
        summary: 'The calendar feed behind a secret URL',
        description:
          'For calendar apps to subscribe to: `<token>.ics`, in the account language. 404 once revoked or rotated.',
        tags,
        params: z.object({ file: z.string().max(400).describe('`<token>.ics`') }).strict(),
        querystring: z.object({ weeks }).strict(),
        response: { 200: z.string().describe('An iCalendar file.'), ...errorResponses(400, 404) },
      },
    },
    async (request, reply) => {
      const file = request.params.file;
      const token = file.endsWith('.ics') ? file.slice(0, -'.ics'.length) : '';
      const ics = await openCalendarFeed({ calendarFeeds, calendarQueries, settings, clock }, token, {
        weeks: request.query.weeks,
      });
      return reply
        .type(ICS)
        .header('content-disposition', 'inline; filename="nexo.ics"')
        .header('cache-control', 'private, no-cache')
        .header('x-robots-tag', 'noindex')
        .send(ics);
    },
  );
};
