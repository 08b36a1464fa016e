/** What every route plugin receives from `buildApp`: the services and the request-context resolver. */
import type { FastifyRequest } from 'fastify';
import type { RequestContext } from '@nexo/core';
import type { Services } from '../runtime.js';

export interface RouteOptions {
  services: Services;
  /** The account and language a request acts in. */
  contextOf(request: FastifyRequest): Promise<RequestContext>;
}
