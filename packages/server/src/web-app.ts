/**
 * Serves the built web app (packages/web/dist) from the same process as the API: hashed assets
 * cached for good, index.html for every page path so client-side routes survive a reload.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { NotFoundFallback } from './errors.js';

/** Where the web build lives in this repository, seen from packages/server/{src,dist}. */
export const defaultWebRoot = fileURLToPath(new URL('../../web/dist/', import.meta.url));

/** True when `root` holds a web build. */
export function hasWebApp(root: string): boolean {
  return existsSync(join(root, 'index.html'));
}

// The app loads only its own scripts; photos may come from data: URIs or the user's own links.
const contentSecurityPolicy = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob: https: http:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "frame-ancestors 'none'",
  "form-action 'self'",
].join('; ');

function securityHeaders(reply: FastifyReply): void {
  reply.header('content-security-policy', contentSecurityPolicy);
  reply.header('x-content-type-options', 'nosniff');
  reply.header('referrer-policy', 'no-referrer');
}

/**
 * Registers the static files of the web build at `/` and returns the fallback that answers page
 * paths (`/contacts/abc`) with index.html. Requests for missing files with an extension get a 404.
 */
export async function registerWebApp(app: FastifyInstance, root: string): Promise<NotFoundFallback> {
  await app.register(fastifyStatic, {
    root,
    prefix: '/',
    wildcard: true,
    index: ['index.html'],
    // Cache headers are ours: hashed assets for good, everything else revalidated.
    cacheControl: false,
    setHeaders(res, path) {
      const immutable = path.includes(`${join(root, 'assets')}`);
      res.setHeader('cache-control', immutable ? 'public, max-age=31536000, immutable' : 'no-cache');
      res.setHeader('content-security-policy', contentSecurityPolicy);
      res.setHeader('x-content-type-options', 'nosniff');
      res.setHeader('referrer-policy', 'no-referrer');
    },
  });
  return (request: FastifyRequest, reply: FastifyReply) => {
    const path = request.url.split('?')[0] ?? '/';
    const isPage = (request.method === 'GET' || request.method === 'HEAD') && !/\.[a-z0-9]+$/i.test(path);
    if (!isPage) return false;
    securityHeaders(reply);
    void reply.header('cache-control', 'no-cache').sendFile('index.html', root);
    return true;
  };
}
