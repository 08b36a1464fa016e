/**
 * Builds the Fastify application: zod validation, the error envelope, the OpenAPI document, the
 * web app (or a placeholder page without a web build) and every /api/v1 route, wired to one storage.
 */
import Fastify, { type FastifyInstance, type FastifyRequest } from 'fastify';
import type { Storage } from '@nexo/storage';
import { createServices, type Services } from './runtime.js';
import { installErrorHandlers } from './errors.js';
import { serializerCompiler, validatorCompiler } from './validation.js';
import { createContextResolver } from './request-context.js';
import { registerOpenApi } from './openapi.js';
import { homePage } from './home-page.js';
import { defaultWebRoot, hasWebApp, registerWebApp } from './web-app.js';
import { healthRoutes } from './routes/health.js';
import { contactRoutes } from './routes/contacts.js';
import { contactRelationRoutes } from './routes/contact-relations.js';
import { interactionRoutes } from './routes/interactions.js';
import { knowsRoutes } from './routes/knows.js';
import { coachRoutes } from './routes/coach.js';
import { settingsRoutes } from './routes/settings.js';
import { exportRoutes } from './routes/export.js';
import { backupRoutes } from './routes/backup.js';
import { calendarFeedRoutes, calendarRoutes } from './routes/calendar.js';
import { reviewRoutes } from './routes/review.js';
import { questionRoutes } from './routes/questions.js';
import { giveRoutes } from './routes/gives.js';
import { templateRoutes } from './routes/templates.js';
import { campaignRoutes } from './routes/campaigns.js';
import { smtpRoutes } from './routes/smtp.js';
import { importRoutes } from './routes/imports.js';
import { duplicateRoutes } from './routes/duplicates.js';

/** Photos travel as data URIs of 1-2 MB; 5 MB leaves room without inviting abuse. */
export const BODY_LIMIT_BYTES = 5 * 1024 * 1024;

export interface AppOptions {
  storage: Storage;
  /** Defaults to `createServices(storage)`. */
  services?: Services;
  /** Log with pino (default false); `{ level: 'warn' }` logs only warnings and failures. */
  logger?: boolean | { level: 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' };
  /** Resolves the account of a request; default: the single local account. */
  resolveAccount?: (request: FastifyRequest) => Promise<string>;
  /**
   * The web build to serve at `/` (default: packages/web/dist of this repository). Without one,
   * or with `false`, `/` shows a small page pointing to the API and the CLI.
   */
  webRoot?: string | false;
}

/**
 * Builds the API, ready for `inject()` or `listen()`.
 * @example
 * const app = await buildApp({ storage: await openStorage({ memory: true }) });
 * const res = await app.inject({ method: 'GET', url: '/api/v1/contacts' });
 */
export async function buildApp(options: AppOptions): Promise<FastifyInstance> {
  const { storage } = options;
  const services = options.services ?? createServices(storage);
  const resolveAccount = options.resolveAccount ?? localAccount(storage);
  const contextOf = createContextResolver(resolveAccount, services.settings);

  const app = Fastify({ logger: options.logger ?? false, bodyLimit: BODY_LIMIT_BYTES });
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  // The API speaks JSON only: a text/plain body is refused as an unsupported media type.
  app.removeContentTypeParser('text/plain');
  const webRoot = options.webRoot ?? defaultWebRoot;
  const webApp = webRoot !== false && hasWebApp(webRoot) ? await registerWebApp(app, webRoot) : undefined;
  installErrorHandlers(app, webApp);

  await registerOpenApi(app);
  if (!webApp) await app.register(homePage);
  await app.register(healthRoutes, { storage });
  for (const routes of [
    contactRoutes,
    contactRelationRoutes,
    interactionRoutes,
    knowsRoutes,
    coachRoutes,
    settingsRoutes,
    exportRoutes,
    backupRoutes,
    calendarRoutes,
    reviewRoutes,
    questionRoutes,
    giveRoutes,
    templateRoutes,
    campaignRoutes,
    importRoutes,
    duplicateRoutes,
    smtpRoutes,
  ]) {
    await app.register(routes, { prefix: '/api/v1', services, contextOf });
  }
  // The calendar feed sits outside /api/v1: its secret token, not the request, names the account.
  await app.register(calendarFeedRoutes, { services, contextOf });
  await app.ready();
  return app;
}

/** The default account resolver: the one local account, created on first use. */
function localAccount(storage: Storage): (request: FastifyRequest) => Promise<string> {
  let account: Promise<string> | undefined;
  return () => {
    if (!account) {
      account = storage.accounts.ensureLocal();
      // A failure is not remembered: the next request tries again.
      account.catch(() => {
        account = undefined;
      });
    }
    return account;
  };
}
