/** Export routes: contacts as vCard 4.0 or 3.0, CSV or JSON, all of them, a selection or by filters. */
import { z } from 'zod';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { exportContacts, exportQuerySchema } from '@nexo/core';
import { errorResponses } from '../schemas/common.js';
import { attachment, downloadName, renderContactsFile } from '../export-formats.js';
import type { RouteOptions } from './route-options.js';

const tags = ['export'];

export const exportRoutes: FastifyPluginAsyncZod<RouteOptions> = async (app, { services, contextOf }) => {
  const { contacts, clock } = services;

  app.get(
    '/export/contacts',
    {
      schema: {
        summary: 'Download contacts as vCard, CSV or JSON',
        description:
          '`format`: `vcard` (4.0, default), `vcard3` (3.0, for old clients), `csv` (spreadsheets; formulas ' +
          'neutralised) or `json` (nexo). `ids` (comma-separated or repeated) picks contacts; otherwise the ' +
          'list filters apply, and archived contacts are included unless `archived=false`. Sent as an attachment.',
        tags,
        querystring: exportQuerySchema,
        response: { 200: z.string().describe('The file.'), ...errorResponses(400, 404) },
      },
    },
    async (request, reply) => {
      const { format, contacts: list } = await exportContacts(
        { contacts, clock },
        await contextOf(request),
        request.query,
      );
      const file = renderContactsFile(format, list);
      return reply
        .type(file.contentType)
        .header('content-disposition', attachment(downloadName('contacts', clock.now(), file.extension)))
        .header('cache-control', 'no-store')
        .send(file.body);
    },
  );
};
