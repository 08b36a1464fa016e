/** The account's SMTP server: GET shows it without the password, PUT saves it, DELETE forgets it. */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { deleteSmtpSettings, getSmtpSettings, smtpSettingsSchema, updateSmtpSettings } from '@nexo/core';
import { bodyErrors, errorResponses, noContentSchema } from '../schemas/common.js';
import { smtpSettingsResponseSchema } from '../schemas/campaigns.js';
import type { RouteOptions } from './route-options.js';

const tags = ['settings'];

export const smtpRoutes: FastifyPluginAsyncZod<RouteOptions> = async (app, { services, contextOf }) => {
  const { smtp, clock, secretBox } = services;

  app.get(
    '/settings/smtp',
    {
      schema: {
        summary: 'Get the SMTP settings',
        description:
          '`smtp` is null until set up. The password is never returned: `hasPassword` says if one is stored.',
        tags,
        response: { 200: smtpSettingsResponseSchema, ...errorResponses() },
      },
    },
    async (request) => ({ smtp: await getSmtpSettings({ smtp }, await contextOf(request)) }),
  );

  app.put(
    '/settings/smtp',
    {
      schema: {
        summary: 'Set up the SMTP server campaigns are sent through',
        description:
          'Leave `password` out to keep the stored one; `null` removes it. `secure` (TLS from the start) ' +
          'defaults to true on port 465; otherwise STARTTLS is used when the server offers it. The password is ' +
          'stored encrypted (AES-256-GCM) with a key kept out of the database; a hosted nexo without ' +
          'NEXO_SECRET_KEY answers 409 rather than store it.',
        tags,
        body: smtpSettingsSchema,
        response: { 200: smtpSettingsResponseSchema, ...errorResponses(...bodyErrors, 409) },
      },
    },
    async (request) => ({
      smtp: await updateSmtpSettings({ smtp, clock, secretBox }, await contextOf(request), request.body),
    }),
  );

  app.delete(
    '/settings/smtp',
    {
      schema: {
        summary: 'Forget the SMTP settings, password included',
        tags,
        response: { 204: noContentSchema, ...errorResponses() },
      },
    },
    async (request, reply) => {
      await deleteSmtpSettings({ smtp }, await contextOf(request));
      return reply.code(204).send(null);
    },
  );
};
