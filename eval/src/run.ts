/**
 * `npm run eval:coach`: runs the message reviewer on the labelled cases and prints precision and
 * recall per rule and language, language-detection accuracy and, with --verbose, every miss.
 * `--set holdout` scores eval/holdout/ instead of eval/coach/; `--from 84` scores only the cases
 * numbered 84 and up in each language (a new batch, before and after a change).
 */
import { pathToFileURL } from 'node:url';
import type { ReviewLang, ReviewResult, ReviewRule } from '@nexo/core';
import { detectLanguage, reviewBatch, reviewLangs, reviewMessage, reviewRules } from '@nexo/core';
import { loadCases, type EvalCase } from './cases.js';

interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

const verbose = process.argv.includes('--verbose') || process.argv.includes('-v');

/** `--set <name>` reads eval/<name>/ (default `coach`); a value with a slash is a directory path. */
function setDir(): URL {
  const i = process.argv.indexOf('--set');
  const set = i === -1 ? 'coach' : process.argv[i + 1];
  if (!set || set.startsWith('-')) throw new Error('--set needs a set name (e.g. holdout) or a directory');
  if (!set.includes('/')) return new URL(`../${set}/`, import.meta.url);
  return pathToFileURL(set.endsWith('/') ? set : `${set}/`);
}
/** `--from <n>`: only the cases whose id ends in a number >= n ("es-84"). */
function fromNumber(): number {
  const i = process.argv.indexOf('--from');
  if (i === -1) return 0;
  const n = Number(process.argv[i + 1]);
  if (!Number.isInteger(n)) throw new Error('--from needs a case number (e.g. 84)');
  return n;
}
const from = fromNumber();
const cases = loadCases(setDir()).filter((c) => Number(/\d+$/.exec(c.id)?.[0] ?? 0) >= from);

function runAll(): Map<string, ReviewResult> {
  const results = new Map<string, ReviewResult>();
  const batches = new Map<string, EvalCase[]>();
  for (const c of cases) {
    if (c.batch) batches.set(c.batch, [...(batches.get(c.batch) ?? []), c]);
    else results.set(c.id, reviewMessage(c.text, c.context));
  }
  for (const group of batches.values()) {
    for (const [id, result] of reviewBatch(group.map((c) => ({ id: c.id, text: c.text, context: c.context })))) {
      results.set(id, result);
    }
  }
  return results;
}

const results = runAll();
const counts = new Map<string, Counts>();
const key = (rule: ReviewRule | 'all', lang: ReviewLang | 'all'): string => `${rule}/${lang}`;
const misses: string[] = [];

for (const c of cases) {
  const got = new Set(results.get(c.id)?.findings.map((f) => f.rule));
  const want = new Set(c.expected);
  for (const rule of reviewRules) {
    const kind = got.has(rule) ? (want.has(rule) ? 'tp' : 'fp') : want.has(rule) ? 'fn' : undefined;
    if (!kind) continue;
    for (const k of [key(rule, c.lang), key(rule, 'all'), key('all', c.lang), key('all', 'all')]) {
      const entry = counts.get(k) ?? { tp: 0, fp: 0, fn: 0 };
      entry[kind]++;
      counts.set(k, entry);
    }
    if (kind !== 'tp') misses.push(`${c.id.padEnd(7)} ${kind.toUpperCase()} ${rule.padEnd(21)} ${c.text.slice(0, 90)}`);
  }
}

const fmt = (n: number | undefined): string => (n === undefined ? '   - ' : n.toFixed(2).padStart(5));
function row(label: string, c: Counts | undefined): string {
  const { tp, fp, fn } = c ?? { tp: 0, fp: 0, fn: 0 };
  const precision = tp + fp === 0 ? undefined : tp / (tp + fp);
  const recall = tp + fn === 0 ? undefined : tp / (tp + fn);
  return `${label.padEnd(28)} ${fmt(precision)} ${fmt(recall)} ${String(tp).padStart(4)} ${String(fp).padStart(4)} ${String(fn).padStart(4)}`;
}

const header = `${'rule / lang'.padEnd(28)} ${'prec'.padStart(5)} ${'rec'.padStart(5)} ${'TP'.padStart(4)} ${'FP'.padStart(4)} ${'FN'.padStart(4)}`;
const lines = [`Message reviewer: ${cases.length} cases`, '', header, '-'.repeat(header.length)];
for (const rule of [...reviewRules, 'all' as const]) {
  for (const lang of [...reviewLangs, 'all' as const]) lines.push(row(`${rule} ${lang}`, counts.get(key(rule, lang))));
  lines.push('');
}

// Language detection, and the mixed flag, against the file each case comes from.
const detection = reviewLangs.map((lang) => {
  const own = cases.filter((c) => c.lang === lang);
  const guesses = own.map((c) => ({ c, g: detectLanguage(c.text) }));
  const right = guesses.filter(({ c, g }) => g.lang === c.lang).length;
  const mixedRight = guesses.filter(({ c, g }) => g.mixed === (c.mixed ?? false)).length;
  for (const { c, g } of guesses) {
    if (g.lang !== c.lang) misses.push(`${c.id.padEnd(7)} LANG detected ${g.lang} (confidence ${g.confidence})`);
    if (g.mixed !== (c.mixed ?? false)) misses.push(`${c.id.padEnd(7)} MIXED detected ${g.mixed}`);
  }
  return `${lang}: language ${right}/${own.length}, mixed flag ${mixedRight}/${own.length}`;
});
lines.push('Language detection', ...detection.map((d) => `  ${d}`));

console.log(lines.join('\n'));
if (verbose) console.log(['', 'Misclassified:', ...misses.sort()].join('\n'));
else if (misses.length > 0) console.log(`\n${misses.length} misclassifications; run with --verbose to list them.`);
