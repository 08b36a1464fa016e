/** Backup and restore routes: the whole account as one versioned JSON file, and back into an empty account. */
import { z } from 'zod';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { BACKUP_FORMAT, BACKUP_VERSION, backupTableNames, createBackup, restoreBackup } from '@nexo/core';
import { bodyErrors, errorResponses } from '../schemas/common.js';
import { attachment, downloadName } from '../export-formats.js';
import type { RouteOptions } from './route-options.js';

const tags = ['backup'];

/** A backup carries every photo as a data URI: far above the API's usual 5 MB. */
export const RESTORE_BODY_LIMIT_BYTES = 512 * 1024 * 1024;

const backupDocSchema = z
  .object({
    format: z.literal(BACKUP_FORMAT),
    version: z.literal(BACKUP_VERSION),
    exportedAt: z.string().describe('ISO 8601 date-time in UTC.'),
    tables: z
      .object(Object.fromEntries(backupTableNames.map((t) => [t, z.array(z.record(z.string(), z.unknown()))])))
      .describe('Every backed-up table of the account: its rows, without account ids and derived columns.'),
  })
  .describe(`A nexo backup (format "nexo-backup", version ${BACKUP_VERSION}; version 1 files still restore).`);

const restoredSchema = z.object({
  restored: z.record(z.string(), z.number().int()).describe('Rows written per table.'),
});

export const backupRoutes: FastifyPluginAsyncZod<RouteOptions> = async (app, { services, contextOf }) => {
  const { backup, clock } = services;

  app.get(
    '/backup',
    {
      schema: {
        summary: 'Download a full backup of the account',
        description: 'Every table of the account as one JSON file; restore it with POST /api/v1/restore.',
        tags,
        response: { 200: backupDocSchema, ...errorResponses() },
      },
    },
    async (request, reply) => {
      const file = await createBackup({ backup, clock }, await contextOf(request));
      return reply
        .header('content-disposition', attachment(downloadName('backup', clock.now(), 'json')))
        .header('cache-control', 'no-store')
        .send(file);
    },
  );

  app.post(
    '/restore',
    {
      bodyLimit: RESTORE_BODY_LIMIT_BYTES,
      schema: {
        summary: 'Restore a backup into this (empty) account',
        description:
          'All or nothing, in one transaction. The file is checked first; a bad record is named in the error. ' +
          'An account that already has contacts, interactions or knows-edges is refused with 409 `conflict`.',
        tags,
        body: z.record(z.string(), z.unknown()).describe('A backup file as GET /api/v1/backup wrote it.'),
        response: { 200: restoredSchema, ...errorResponses(...bodyErrors, 404, 409) },
      },
    },
    async (request) => restoreBackup({ backup }, await contextOf(request), request.body),
  );
};
