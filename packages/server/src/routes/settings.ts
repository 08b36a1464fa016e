/** Account settings routes: language, keep-in-touch cadence per tier and tier targets. */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { getSettings, settingsPatchSchema, updateSettings } from '@nexo/core';
import { bodyErrors, errorResponses } from '../schemas/common.js';
import { settingsSchema } from '../schemas/coach.js';
import type { RouteOptions } from './route-options.js';

const tags = ['settings'];

export const settingsRoutes: FastifyPluginAsyncZod<RouteOptions> = async (app, { services, contextOf }) => {
  const { settings } = services;

  app.get(
    '/settings',
    { schema: { summary: 'Get the account settings', tags, response: { 200: settingsSchema, ...errorResponses() } } },
    async (request) => getSettings({ settings }, await contextOf(request)),
  );

  app.patch(
    '/settings',
    {
      schema: {
        summary: 'Change the account settings',
        description: "Any subset; changing a tier's cadence moves the due dates of that tier.",
        tags,
        body: settingsPatchSchema,
        response: { 200: settingsSchema, ...errorResponses(...bodyErrors) },
      },
    },
    async (request) => updateSettings({ settings }, await contextOf(request), request.body),
  );
};
