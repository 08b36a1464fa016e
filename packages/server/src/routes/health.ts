/** GET /api/health: answers `ok` only when the database answers a trivial query. */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { AppError } from '@nexo/core';
import type { Storage } from '@nexo/storage';
import { errorResponses } from '../schemas/common.js';
import { healthSchema } from '../schemas/coach.js';
import { serverVersion } from '../version.js';

/** Runs `SELECT 1` on the database. @throws AppError `storage_unavailable` when it does not answer. */
async function pingDatabase(storage: Storage): Promise<void> {
  try {
    await storage.db.selectNoFrom((eb) => eb.lit(1).as('ok')).execute();
  } catch {
    throw new AppError('storage_unavailable', 'The database does not answer.', { database: storage.dialect });
  }
}

export const healthRoutes: FastifyPluginAsyncZod<{ storage: Storage }> = async (app, { storage }) => {
  app.get(
    '/api/health',
    {
      schema: {
        summary: 'Is the server up and the database answering?',
        tags: ['system'],
        response: { 200: healthSchema, ...errorResponses() },
      },
    },
    async () => {
      await pingDatabase(storage);
      return {
        status: 'ok' as const,
        version: serverVersion,
        database: storage.dialect,
        dataLocation: storage.location,
      };
    },
  );
};
