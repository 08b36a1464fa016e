/**
 * The one fetch client of the web app: JSON in and out, the coach's language on every request,
 * and failures turned into `ApiError`.
 */
import { ApiError, toApiError } from './errors';

let currentLang = 'en';

/** Sets the language sent as Accept-Language (and as `lang` where a route asks for it). */
export function setApiLanguage(lang: string): void {
  currentLang = lang;
}

export function getApiLanguage(): string {
  return currentLang;
}

type QueryValue = string | number | boolean | null | undefined;

export interface RequestOptions {
  method?: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  query?: Record<string, QueryValue>;
  body?: unknown;
  /** Add `?lang=` for routes that render coach texts (they accept it; strict list routes do not). */
  withLang?: boolean;
  signal?: AbortSignal;
}

function buildUrl(path: string, query: Record<string, QueryValue> = {}, lang?: string): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value === undefined || value === null || value === '') continue;
    params.set(key, String(value));
  }
  if (lang) params.set('lang', lang);
  const qs = params.toString();
  return `/api${path}${qs ? `?${qs}` : ''}`;
}

/**
 * Calls the API and returns the parsed JSON body (undefined for 204).
 * @throws ApiError with the server's code and field issues, or `network_error` when unreachable.
 */
export async function apiFetch<T>(path: string, options: RequestOptions = {}): Promise<T> {
  const { method = 'GET', query, body, withLang = false, signal } = options;
  const headers: Record<string, string> = { Accept: 'application/json', 'Accept-Language': currentLang };
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  let response: Response;
  try {
    response = await fetch(buildUrl(path, query, withLang ? currentLang : undefined), {
      method,
      headers,
      body: body === undefined ? null : JSON.stringify(body),
      signal: signal ?? null,
    });
  } catch (error) {
    if (error instanceof DOMException && error.name === 'AbortError') throw error;
    throw new ApiError('network_error', 0, error instanceof Error ? error.message : 'Network error');
  }
  if (response.status === 204) return undefined as T;
  const text = await response.text();
  let parsed: unknown = undefined;
  if (text) {
    try {
      parsed = JSON.parse(text);
    } catch {
      parsed = undefined;
    }
  }
  if (!response.ok) throw toApiError(response.status, parsed);
  return parsed as T;
}
