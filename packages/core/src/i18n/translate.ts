/**
 * Renders coach messages in the user's language with i18next (plural rules and interpolation from
 * Intl). Catalogues live beside this file, one JSON per locale, with the same keys in each.
 */
import i18next, { type i18n } from 'i18next';
import type { Locale } from '../settings/types.js';
import { locales } from '../settings/types.js';
import type { Message, MessageParams } from './message.js';
import en from './locales/en.json' with { type: 'json' };
import es from './locales/es.json' with { type: 'json' };
import it from './locales/it.json' with { type: 'json' };
import pt from './locales/pt.json' with { type: 'json' };

export const catalogues: Record<Locale, Record<string, unknown>> = { en, es, pt, it };

let instance: i18n | undefined;

function translator(): i18n {
  if (!instance) {
    instance = i18next.createInstance();
    void instance.init({
      resources: Object.fromEntries(locales.map((l) => [l, { translation: catalogues[l] }])),
      lng: 'en',
      fallbackLng: 'en',
      supportedLngs: [...locales],
      initAsync: false,
      interpolation: { escapeValue: false },
      returnNull: false,
    });
    // `{{date, day}}` renders an ISO timestamp as a day and month in the reader's language ("3 May",
    // "3 de mayo"). UTC, so that the text is the same wherever it is rendered.
    instance.services.formatter?.addCached('day', (lng) => {
      const format = new Intl.DateTimeFormat(lng, { day: 'numeric', month: 'long', timeZone: 'UTC' });
      return (value: unknown) => (typeof value === 'string' ? format.format(new Date(value)) : String(value));
    });
  }
  return instance;
}

/** The text of `message` in `locale`; falls back to English, then to the key itself. */
export function translate(locale: Locale, message: Message): string {
  return fastTranslate(locale, message) ?? translateWithI18next(locale, message);
}

/** `translate` always through i18next (the reference the fast path is tested against). */
export function translateWithI18next(locale: Locale, message: Message): string {
  return translator().t(message.key, { ...message.params, lng: locale });
}

/*
 * Fast path. i18next costs 10-20 µs a message (option handling, key resolution, regex
 * interpolation), and the agenda renders dozens. Most templates only interpolate plain variables
 * and `{{date, day}}`: for those, the template is resolved as i18next resolves it (the plural form
 * of the requested language, then the bare key, then the same in English) and split once into
 * literal and variable parts, cached per (locale, key, plural form). Anything else — nesting
 * (`$t(`), other formats, a missing variable, a parameter i18next reads as an option, a key found
 * nowhere — returns undefined and goes through i18next. `fast-translate.test.ts` checks that both
 * paths render every catalogue key identically.
 */

/** Parameters that i18next reads as options, not only as variables: leave these to i18next. */
const reservedParams = new Set([
  'lng',
  'lngs',
  'fallbackLng',
  'ns',
  'defaultValue',
  'context',
  'ordinal',
  'replace',
  'keyPrefix',
  'returnObjects',
  'returnDetails',
  'joinArrays',
  'postProcess',
  'interpolation',
  'skipInterpolation',
  'nsSeparator',
  'keySeparator',
  'lngIfNotPlural',
]);

type Part = string | { name: string; day: boolean };
/** A compiled template (`nests` when it holds `$t(…)`), or null when it must go through i18next. */
type Compiled = (Part[] & { nests?: boolean }) | null;

const compiledCache = new Map<string, Compiled>();
const pluralRules = new Map<string, Intl.PluralRules>();
const dayFormats = new Map<string, Intl.DateTimeFormat>();

function pluralSuffix(lng: string, count: number): string {
  let rules = pluralRules.get(lng);
  if (!rules) {
    rules = new Intl.PluralRules(lng, { type: 'cardinal' });
    pluralRules.set(lng, rules);
  }
  return `_${rules.select(count)}`;
}

function lookup(lng: string, key: string): unknown {
  let node: unknown = catalogues[lng as Locale];
  for (const part of key.split('.')) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<string, unknown>)[part];
  }
  return node;
}

function compile(template: string): Compiled {
  const parts: Part[] = [];
  const pattern = /{{(.+?)}}/g;
  let last = 0;
  for (let match = pattern.exec(template); match; match = pattern.exec(template)) {
    const inner = (match[1] ?? '').trim();
    let name = inner;
    let day = false;
    const comma = inner.indexOf(',');
    if (comma >= 0) {
      if (inner.slice(comma + 1).trim() !== 'day') return null;
      name = inner.slice(0, comma).trim();
      day = true;
    }
    if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(name)) return null;
    if (match.index > last) parts.push(template.slice(last, match.index));
    parts.push({ name, day });
    last = match.index + match[0].length;
  }
  if (last < template.length) parts.push(template.slice(last));
  const compiled: Compiled = parts;
  if (template.includes('$t(')) compiled.nests = true;
  return compiled;
}

const nesting = /\$t\((.+?)\)/g;
const plainKey = /^[A-Za-z0-9_-]+(\.[A-Za-z0-9_-]+)*$/;

/**
 * i18next's nesting for the two forms the catalogues use, `$t(key)` and `$t(key, {"count": n })`,
 * each rendered with the parent's parameters (plus the JSON's); anything else returns undefined.
 */
function nest(locale: Locale, parentKey: string, text: string, params: MessageParams | undefined, depth: number) {
  let out = '';
  let last = 0;
  nesting.lastIndex = 0;
  for (let match = nesting.exec(text); match; match = nesting.exec(text)) {
    const inner = (match[1] ?? '').trim();
    let key = inner;
    let nestedParams = params;
    const brace = inner.indexOf(',');
    if (brace >= 0) {
      const rest = inner.slice(brace + 1).trim();
      if (!/^{[^{}]*}$/.test(rest) || rest.includes("'")) return undefined;
      key = inner.slice(0, brace).trim();
      let parsed: unknown;
      try {
        parsed = JSON.parse(rest);
      } catch {
        return undefined;
      }
      if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) return undefined;
      const extra: MessageParams = {};
      for (const [name, value] of Object.entries(parsed as Record<string, unknown>)) {
        if (typeof value !== 'number' || !Number.isFinite(value)) return undefined;
        extra[name] = value;
      }
      nestedParams = { ...params, ...extra };
    }
    if (!plainKey.test(key) || key === parentKey) return undefined;
    const value = render(locale, key, nestedParams, depth + 1);
    if (value === undefined || value === '' || value.includes('$') || value.includes(')')) return undefined;
    out += text.slice(last, match.index) + value;
    last = match.index + match[0].length;
  }
  return out + text.slice(last);
}

function compiledFor(locale: Locale, key: string, count: number | undefined): Compiled {
  const localeSuffix = count === undefined ? '' : pluralSuffix(locale, count);
  const englishSuffix = count === undefined ? '' : pluralSuffix('en', count);
  const cacheKey = `${locale}\u0000${key}\u0000${localeSuffix}\u0000${englishSuffix}`;
  let compiled = compiledCache.get(cacheKey);
  if (compiled === undefined) {
    compiled = null;
    const candidates: [string, string][] = [];
    for (const [lng, suffix] of [
      [locale, localeSuffix],
      ['en', englishSuffix],
    ] as const) {
      if (suffix) candidates.push([lng, key + suffix]);
      candidates.push([lng, key]);
    }
    for (const [lng, k] of candidates) {
      const found = lookup(lng, k);
      if (found === undefined || found === null) continue;
      // i18next treats an empty string as found; an object (a key prefix) is left to i18next.
      compiled = typeof found === 'string' ? compile(found) : null;
      break;
    }
    compiledCache.set(cacheKey, compiled);
  }
  return compiled;
}

const formattedDays = new Map<string, string>();

function formatDay(locale: Locale, value: string | number): string {
  if (typeof value !== 'string') return String(value);
  const cacheKey = `${locale} ${value}`;
  let text = formattedDays.get(cacheKey);
  if (text === undefined) {
    let format = dayFormats.get(locale);
    if (!format) {
      format = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'long', timeZone: 'UTC' });
      dayFormats.set(locale, format);
    }
    text = format.format(new Date(value));
    // Bounded: instants are mostly distinct across contacts.
    if (formattedDays.size >= 2000) formattedDays.clear();
    formattedDays.set(cacheKey, text);
  }
  return text;
}

function fastTranslate(locale: Locale, message: Message): string | undefined {
  if (typeof message.key !== 'string') return undefined;
  return render(locale, message.key, message.params, 0);
}

function render(locale: Locale, key: string, params: MessageParams | undefined, depth: number): string | undefined {
  if (depth > 3) return undefined;
  let count: number | undefined;
  if (params) {
    for (const name in params) if (reservedParams.has(name)) return undefined;
    const c = params.count;
    if (typeof c === 'number') count = c;
    else if (c !== undefined && typeof c !== 'string') return undefined;
  }
  if (!Object.hasOwn(catalogues, locale)) return undefined;
  if (key === '' || key.includes(':')) return undefined;
  const compiled = compiledFor(locale, key, count);
  if (!compiled) return undefined;
  let out = '';
  for (const part of compiled) {
    if (typeof part === 'string') {
      out += part;
      continue;
    }
    const value = params && Object.hasOwn(params, part.name) ? params[part.name] : undefined;
    if (value === undefined || value === null) return undefined;
    const text = part.day ? formatDay(locale, value) : String(value);
    // i18next skips nesting when a value brings its own `$t(`: leave that to it.
    if (compiled.nests && text.includes('$t(')) return undefined;
    out += text;
  }
  return compiled.nests ? nest(locale, key, out, params, depth) : out;
}

/** True when every locale has a text for `key` (used by tests). */
export function hasTranslation(locale: Locale, key: string): boolean {
  return translator().exists(key, { lng: locale, fallbackLng: false });
}

/**
 * The best supported locale named by an Accept-Language header or a POSIX locale such as
 * `pt_BR.UTF-8`, or null when it names none of them.
 */
export function matchLocale(preference: string | null | undefined): Locale | null {
  if (!preference) return null;
  const tags = preference
    .split(',')
    .map((part) => {
      const [tag = '', q] = part.trim().split(';q=');
      return { tag: tag.toLowerCase().replace('_', '-'), q: q === undefined ? 1 : Number(q) };
    })
    .filter((t) => t.q > 0)
    .sort((a, b) => b.q - a.q);
  for (const { tag } of tags) {
    const base = tag.split(/[-.@]/)[0];
    const match = locales.find((l) => l === base);
    if (match) return match;
  }
  return null;
}

/** Like `matchLocale`, falling back to English. */
export function pickLocale(preference: string | null | undefined): Locale {
  return matchLocale(preference) ?? 'en';
}
