/**
 * What the measured operations are asked, drawn from the generated data: search-as-you-type
 * prefixes of real names and companies (typed with and without accents), and contacts to open,
 * skewed toward the active ones as a real user would.
 */
import { foldForSearch } from '@nexo/core';
import type { Dataset } from './generator.js';
import { chance, mulberry32, pick } from './random.js';

/** How many characters of a name a person types before picking from the list. */
const MAX_TYPED = 12;

/** Every prefix of `text` up to MAX_TYPED characters: "J", "Jo", "Jos", "José", "José ", "José Á"... */
function prefixes(text: string): string[] {
  return Array.from({ length: Math.min(MAX_TYPED, text.length) }, (_, i) => text.slice(0, i + 1));
}

/**
 * Typing sessions over real generated names and companies: a Spanish, a Portuguese and an Italian
 * name and a company, each typed with its accents and then without ("jose a").
 */
export function searchTerms(data: Dataset): string[] {
  const byGiven = (given: string) => data.contacts.find((c) => c.givenName === given && !c.archived)?.name;
  const names = [byGiven('José') ?? byGiven('José Antonio'), byGiven('João'), byGiven('Nicolò')];
  const company = data.contacts.find((c) => c.company === 'Telefónica')?.company ?? data.contacts[0]?.company;
  const typed = [...names, company].filter((t): t is string => typeof t === 'string');
  if (typed.length === 0) typed.push(data.contacts[0]?.name ?? 'a');
  return typed.flatMap((t) => [...prefixes(t), ...prefixes(foldForSearch(t))]);
}

/**
 * `count` contact ids to open: 70% from the most active tenth (by interactions), 30% from anyone.
 */
export function contactsToOpen(data: Dataset, count: number, seed: number): string[] {
  const links = new Map<string, number>();
  for (const i of data.interactions) for (const id of i.contactIds) links.set(id, (links.get(id) ?? 0) + 1);
  const byActivity = [...data.contacts].sort((a, b) => (links.get(b.id) ?? 0) - (links.get(a.id) ?? 0));
  const active = byActivity.slice(0, Math.max(1, Math.ceil(byActivity.length / 10)));
  const rng = mulberry32(seed + 1);
  return Array.from({ length: count }, () => pick(rng, chance(rng, 0.7) ? active : data.contacts).id);
}
