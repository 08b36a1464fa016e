/** Loads the labelled evaluation cases: one JSON object per line in eval/coach/<lang>.jsonl. */
import { readFileSync } from 'node:fs';
import type { ReviewContext, ReviewLang, ReviewRule } from '@nexo/core';
import { reviewLangs, reviewRules } from '@nexo/core';

export interface EvalCase {
  id: string;
  lang: ReviewLang;
  text: string;
  context?: ReviewContext;
  /** Lines with the same batch id are reviewed together (copy-paste). */
  batch?: string;
  /** Whether the text mixes languages (false when absent). */
  mixed?: boolean;
  /** The exact set of rules that should fire. */
  expected: ReviewRule[];
}

/** Reads every language file in `dir`; throws with the file and line on a malformed case. */
export function loadCases(dir: URL): EvalCase[] {
  const cases: EvalCase[] = [];
  for (const lang of reviewLangs) {
    const file = new URL(`${lang}.jsonl`, dir);
    const lines = readFileSync(file, 'utf8').split('\n');
    lines.forEach((line, i) => {
      if (line.trim() === '') return;
      const where = `${file.pathname}:${i + 1}`;
      const raw = JSON.parse(line) as Omit<EvalCase, 'lang'>;
      if (typeof raw.id !== 'string' || typeof raw.text !== 'string' || !Array.isArray(raw.expected)) {
        throw new Error(`${where}: each case needs "id", "text" and "expected"`);
      }
      const unknown = raw.expected.filter((r) => !(reviewRules as readonly string[]).includes(r));
      if (unknown.length > 0) throw new Error(`${where}: unknown rule(s) ${unknown.join(', ')}`);
      cases.push({ ...raw, lang });
    });
  }
  const ids = new Set<string>();
  for (const c of cases) {
    if (ids.has(c.id)) throw new Error(`duplicate case id ${c.id}`);
    ids.add(c.id);
  }
  return cases;
}
