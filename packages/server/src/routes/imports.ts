/**
 * Import routes: upload a file (the raw body, up to 64 MB, streamed through the parser in chunks)
 * for a dry run or an import, list past imports, undo one.
 */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { listImports, undoImport } from '@nexo/core';
import { errorResponses, idParamsSchema } from '../schemas/common.js';
import {
  importListSchema,
  importQuerySchema,
  importReportSchema,
  importUndoSchema,
  importUploadSchema,
} from '../schemas/imports.js';
import { importFile } from '../imports/import-file.js';
import type { RouteOptions } from './route-options.js';

const tags = ['imports'];

/** Room for a 100,000-row export with photos; only this route accepts that much. */
export const IMPORT_BODY_LIMIT_BYTES = 64 * 1024 * 1024;

const fileTypes = [
  'application/octet-stream',
  'text/csv',
  'text/vcard',
  'text/x-vcard',
  'text/directory',
  'text/plain',
];

export const importRoutes: FastifyPluginAsyncZod<RouteOptions> = async (app, { services, contextOf }) => {
  // The file arrives as it is (any charset): keep the bytes, decoding is the parser's job.
  for (const type of ['application/octet-stream', /^text\/.+/]) {
    app.addContentTypeParser(type, { parseAs: 'buffer', bodyLimit: IMPORT_BODY_LIMIT_BYTES }, (_request, body, done) =>
      done(null, body),
    );
  }

  app.post(
    '/imports',
    {
      bodyLimit: IMPORT_BODY_LIMIT_BYTES,
      schema: {
        summary: 'Import a contacts file (or try it with a dry run)',
        description:
          'Send the file as the raw body (`application/octet-stream` or `text/*`). vCard 2.1/3.0/4.0, LinkedIn, ' +
          'Google, Outlook and Thunderbird CSV, and nexo JSON are detected. Each record is matched by LinkedIn ' +
          'profile, e-mail, phone, then name and company: known people are updated, never duplicated. The import ' +
          'is all or nothing (400 with `details.report` when a record fails) unless `skipInvalid=true`. ' +
          '`dryRun=true` saves nothing and answers 200; an import answers 201 with the batch id to undo it.',
        tags,
        consumes: fileTypes,
        querystring: importQuerySchema,
        body: importUploadSchema,
        response: { 200: importReportSchema, 201: importReportSchema, ...errorResponses(400, 413, 415) },
      },
    },
    async (request, reply) => {
      const q = request.query;
      const raw = request.body as unknown;
      const bytes = Buffer.isBuffer(raw) ? raw : Buffer.from(typeof raw === 'string' ? raw : JSON.stringify(raw ?? ''));
      const report = await importFile(services, await contextOf(request), bytes, {
        format: q.format,
        fileName: q.fileName ?? null,
        dryRun: q.dryRun === 'true' || q.dryRun === '1',
        skipInvalid: q.skipInvalid === 'true' || q.skipInvalid === '1',
      });
      return reply.code(report.dryRun ? 200 : 201).send(report);
    },
  );

  app.get(
    '/imports',
    {
      schema: {
        summary: 'List past imports',
        description: 'Newest first, with their counts and whether they were undone.',
        tags,
        response: { 200: importListSchema, ...errorResponses(400) },
      },
    },
    async (request) => listImports(services, await contextOf(request), { limit: 50 }),
  );

  app.post(
    '/imports/:id/undo',
    {
      schema: {
        summary: 'Undo an import',
        description:
          'Removes the contacts it created (with the interactions it created) and restores the contacts it ' +
          'updated to their previous values, in one transaction. 409 when it was undone already.',
        tags,
        params: idParamsSchema,
        response: { 200: importUndoSchema, ...errorResponses(400, 404, 409) },
      },
    },
    async (request) => undoImport(services, await contextOf(request), request.params.id),
  );
};
