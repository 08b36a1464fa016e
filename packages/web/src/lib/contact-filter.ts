/** The contacts page's filter state and its round trip through the URL's query string. */
import { circles, contactContexts, contactSorts, stages, tiers, type ContactFilter } from '../api/types';

function pick<T extends string>(values: readonly T[], raw: string | null): T | undefined {
  return raw !== null && (values as readonly string[]).includes(raw) ? (raw as T) : undefined;
}

/** Reads a filter from `?q=&circle=&tier=&context=&tag=&stage=&due=1&sort=`. Unknown values are ignored. */
export function filterFromSearch(search: string): ContactFilter {
  const p = new URLSearchParams(search);
  const f: ContactFilter = { sort: pick(contactSorts, p.get('sort')) ?? 'name' };
  const q = p.get('q');
  if (q) f.search = q;
  const circle = pick(circles, p.get('circle'));
  if (circle) f.circle = circle;
  const tier = pick(tiers, p.get('tier'));
  if (tier) f.tier = tier;
  const context = pick(contactContexts, p.get('context'));
  if (context) f.context = context;
  const stage = pick(stages, p.get('stage'));
  if (stage) f.stage = stage;
  const tag = p.get('tag');
  if (tag) f.tag = tag;
  if (p.get('due') === '1') f.due = true;
  return f;
}

export function filterToSearch(f: ContactFilter): string {
  const p = new URLSearchParams();
  if (f.search) p.set('q', f.search);
  if (f.circle) p.set('circle', f.circle);
  if (f.tier) p.set('tier', f.tier);
  if (f.context) p.set('context', f.context);
  if (f.stage) p.set('stage', f.stage);
  if (f.tag) p.set('tag', f.tag);
  if (f.due) p.set('due', '1');
  if (f.sort && f.sort !== 'name') p.set('sort', f.sort);
  return p.toString();
}

/** The filter as the API should get it: trimmed, lower-case tag, no empty values. */
export function apiFilter(f: ContactFilter): ContactFilter {
  const out: ContactFilter = { ...f };
  if (out.search !== undefined) {
    const s = out.search.trim();
    if (s) out.search = s;
    else delete out.search;
  }
  if (out.tag !== undefined) {
    const tag = out.tag.trim().toLowerCase();
    if (tag) out.tag = tag;
    else delete out.tag;
  }
  if (!out.due) delete out.due;
  return out;
}
