/**
 * Which library items fit one person: the item's topics and title against the contact's interests
 * (tags), sector, role and company, ranked and explained. Pure; items already sent are left out.
 */
import type { Contact } from '../contacts/types.js';
import type { Message } from '../i18n/message.js';
import { foldForSearch } from '../shared/text.js';
import type { GiveItem } from './types.js';

export type GiveMatchKind = 'interest' | 'sector' | 'role' | 'company';

/** Why an item fits: which of the contact's facts it matched, as the user wrote it. */
export interface GiveMatch {
  kind: GiveMatchKind;
  value: string;
}

export interface GiveSuggestion {
  item: GiveItem;
  /** Higher first. */
  score: number;
  /** Strongest first. */
  matches: GiveMatch[];
  /** One readable reason per match, in the same order. */
  reasons: Message[];
}

/** What the matching reads about a person. */
export type GiveTarget = Pick<Contact, 'name' | 'tags' | 'sector' | 'role' | 'company'>;

const weights: Record<GiveMatchKind, number> = { interest: 3, sector: 2, company: 2, role: 1.5 };

/** At most this many interests count towards the score, so one broad item does not win on tags alone. */
const MAX_INTERESTS = 3;

// Words that say little about what someone works on, in the four languages.
const stopWords = new Set(
  (
    'a an and the of for in on at to with by de del della dello dei degli delle di da do dos das ' +
    'e el la las los lo le il gli i y o ou u em en na no nas nos para por per con com su sul ' +
    'senior junior sr jr head lead chief intern trainee stagiaire estagiario becario tirocinante'
  ).split(' '),
);

/** The significant folded words of a text. */
export function significantWords(text: string): string[] {
  return foldForSearch(text)
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length >= 2 && !stopWords.has(w));
}

/** Same word, or one a short inflection of the other ("design" / "designer", "dato" / "datos"). */
function wordsMatch(a: string, b: string): boolean {
  if (a === b) return true;
  if (Math.min(a.length, b.length) < 4 || Math.abs(a.length - b.length) > 3) return false;
  return a.startsWith(b) || b.startsWith(a);
}

const hasWord = (bag: readonly string[], word: string) => bag.some((w) => wordsMatch(w, word));

/** The words of an item, folded once per item object (the agenda matches one library against many people). */
const itemWords = new WeakMap<GiveItem, { bag: string[]; withNote: string[] }>();

function wordsOf(item: GiveItem): { bag: string[]; withNote: string[] } {
  let words = itemWords.get(item);
  if (!words) {
    const bag = [...item.topics.flatMap(significantWords), ...significantWords(item.title)];
    words = { bag, withNote: [...bag, ...significantWords(item.note ?? '')] };
    itemWords.set(item, words);
  }
  return words;
}

/** The matches between one person and one item, strongest first. */
export function matchGive(target: GiveTarget, item: GiveItem): GiveMatch[] {
  const { bag, withNote } = wordsOf(item);
  const matches: GiveMatch[] = [];
  for (const tag of target.tags) {
    const words = significantWords(tag);
    if (words.length > 0 && words.every((w) => hasWord(bag, w))) matches.push({ kind: 'interest', value: tag });
  }
  const sector = target.sector;
  if (sector && significantWords(sector).some((w) => hasWord(bag, w))) matches.push({ kind: 'sector', value: sector });
  const company = target.company;
  if (company) {
    const words = significantWords(company);
    if (words.length > 0 && words.every((w) => withNote.includes(w))) matches.push({ kind: 'company', value: company });
  }
  const role = target.role;
  if (role && significantWords(role).some((w) => hasWord(bag, w))) matches.push({ kind: 'role', value: role });
  return matches
    .map((m, i) => ({ m, i }))
    .sort((a, b) => weights[b.m.kind] - weights[a.m.kind] || a.i - b.i)
    .map(({ m }) => m);
}

function scoreOf(matches: GiveMatch[]): number {
  let interests = 0;
  let score = 0;
  for (const m of matches) {
    if (m.kind === 'interest' && ++interests > MAX_INTERESTS) continue;
    score += weights[m.kind];
  }
  return score;
}

/** The reason a person can read for one match. */
export function explainMatch(match: GiveMatch): Message {
  return { key: `library.reason.${match.kind}`, params: { value: match.value } };
}

/**
 * The library items that fit `target`, best first (then newest, then by title), leaving out items
 * whose ids are in `sent` and items that match nothing.
 * @example suggestGives(contact, library, { sent: ['item-1'], limit: 3 })[0].reasons
 */
export function suggestGives(
  target: GiveTarget,
  items: readonly GiveItem[],
  options: { sent?: Iterable<string>; limit?: number } = {},
): GiveSuggestion[] {
  const sent = new Set(options.sent ?? []);
  const out: GiveSuggestion[] = [];
  for (const item of items) {
    if (sent.has(item.id)) continue;
    const matches = matchGive(target, item);
    if (matches.length === 0) continue;
    out.push({ item, score: scoreOf(matches), matches, reasons: matches.map(explainMatch) });
  }
  out.sort(
    (a, b) =>
      b.score - a.score ||
      compare(b.item.createdAt, a.item.createdAt) ||
      compare(a.item.title, b.item.title) ||
      compare(a.item.id, b.item.id),
  );
  return options.limit === undefined ? out : out.slice(0, Math.max(0, options.limit));
}

/** The agenda's suggestion when a library item fits: send it, named, with the strongest reason. */
export function suggestSending(name: string, suggestion: GiveSuggestion): Message {
  const top = suggestion.matches[0];
  const kind: GiveMatchKind = top?.kind ?? 'interest';
  return { key: `library.suggest.${kind}`, params: { name, title: suggestion.item.title, value: top?.value ?? '' } };
}

const compare = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
