/**
 * Who a request acts for and in which language the coach answers it: the `lang` query parameter,
 * else the Accept-Language header, else the account's own setting.
 */
import type { FastifyRequest } from 'fastify';
import { locales, matchLocale, type Locale, type RequestContext, type SettingsStore } from '@nexo/core';

function queryLang(request: FastifyRequest): Locale | null {
  const query = request.query;
  if (typeof query !== 'object' || query === null || !('lang' in query)) return null;
  const lang = query.lang;
  return locales.find((l) => l === lang) ?? null;
}

/**
 * Builds the function that gives each request its `{ accountId, locale }`.
 * The account's settings are only read when neither `lang` nor Accept-Language decide.
 */
export function createContextResolver(
  resolveAccount: (request: FastifyRequest) => Promise<string>,
  settings: SettingsStore,
): (request: FastifyRequest) => Promise<RequestContext> {
  return async (request) => {
    const accountId = await resolveAccount(request);
    const fromQuery = queryLang(request);
    if (fromQuery) return { accountId, locale: fromQuery };
    const fromHeader = matchLocale(request.headers['accept-language']);
    if (fromHeader) return { accountId, locale: fromHeader };
    return { accountId, locale: (await settings.get(accountId)).locale };
  };
}
