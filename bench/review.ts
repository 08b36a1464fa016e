/**
 * `npm run bench:review`: the message reviewer on every labelled draft of the evaluation sets
 * (eval/coach and eval/holdout, four languages), beside a raw baseline measured in the same loop:
 * the least any reviewer must do with a draft (fold it and scan it once with one precompiled
 * pattern). Target: p50 <= 2 ms per message.
 */
import { readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { foldForSearch, reviewLangs, reviewMessage, type ReviewContext } from '@nexo/core';
import { defaultMeasureOptions, formatMs, measurePair } from './measure.js';
import { machineInfo } from './report.js';

interface Draft {
  text: string;
  context?: ReviewContext;
}

function loadDrafts(): Draft[] {
  const drafts: Draft[] = [];
  for (const set of ['coach', 'holdout']) {
    for (const lang of reviewLangs) {
      const file = new URL(`../../eval/${set}/${lang}.jsonl`, import.meta.url);
      for (const line of readFileSync(file, 'utf8').split('\n')) {
        if (line.trim() === '') continue;
        const { text, context } = JSON.parse(line) as Draft;
        drafts.push(context ? { text, context } : { text });
      }
    }
  }
  return drafts;
}

// One alternation of a few stock phrases, compiled once: the floor of pattern-based reviewing.
const floor = /\b(add you to my (professional )?network|curriculum|cv|referral|\[[^\]]+\]|\{\{[^}]+\}\})/;

async function main(): Promise<void> {
  const drafts = loadDrafts();
  const pick = (i: number): Draft => drafts[i % drafts.length] as Draft;
  const started = performance.now();
  const result = await measurePair(
    (i) => {
      const d = pick(i);
      return reviewMessage(d.text, d.context);
    },
    (i) => floor.test(foldForSearch(pick(i).text)),
    { ...defaultMeasureOptions, minIterations: drafts.length * 3, maxIterations: drafts.length * 10 },
  );
  const { op, raw } = result;
  const m = machineInfo();
  console.log(`reviewer benchmark: ${drafts.length} drafts, ${op.iterations} timed runs each side`);
  console.log(
    `machine: ${m.cpu}, ${m.cpus} cpus, node ${m.node}, load ${loadavg()
      .map((l) => l.toFixed(1))
      .join(' ')}`,
  );
  console.log('');
  console.log('                      p50      p95      p99      max');
  console.log(`reviewMessage   ${[op.p50, op.p95, op.p99, op.max].map((v) => formatMs(v).padStart(8)).join(' ')} ms`);
  console.log(
    `raw floor       ${[raw.p50, raw.p95, raw.p99, raw.max].map((v) => formatMs(v).padStart(8)).join(' ')} ms`,
  );
  console.log('');
  console.log(`ratio (p50): ${(op.p50 / raw.p50).toFixed(1)}x the raw floor`);
  console.log(`target p50 <= 2 ms: ${op.p50 <= 2 ? '✓' : '✗'} (${formatMs(op.p50)} ms)`);
  console.log(`took ${((performance.now() - started) / 1000).toFixed(1)} s`);
}

await main();
