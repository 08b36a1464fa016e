// Highlighting the evidence in a draft: stale findings are dropped, and a warning shows over a suggestion.
import { describe, expect, it } from 'vitest';
import type { ReviewFinding } from '../../api/types';
import { highlightPieces } from './highlight';

const text = 'Hi Marta, could you refer me for the role?';
const finding = (rule: ReviewFinding['rule'], severity: ReviewFinding['severity'], evidence: string): ReviewFinding => {
  const start = text.indexOf(evidence);
  return { rule, severity, message: '', evidence, start, end: start + evidence.length };
};

const shown = (pieces: ReturnType<typeof highlightPieces>) => pieces.map((p) => [p.text, p.finding?.rule ?? null]);

describe('highlightPieces', () => {
  it('marks each evidence span and keeps the rest plain, covering the whole text', () => {
    const pieces = highlightPieces(text, [finding('early-ask', 'warning', 'refer me for')]);
    expect(shown(pieces)).toEqual([
      ['Hi Marta, could you ', null],
      ['refer me for', 'early-ask'],
      [' the role?', null],
    ]);
    expect(pieces.map((p) => p.text).join('')).toBe(text);
  });

  it('shows a warning inside a longer suggestion', () => {
    const pieces = highlightPieces(text, [
      finding('no-value-offered', 'info', text),
      finding('early-ask', 'warning', 'refer me for'),
    ]);
    expect(shown(pieces)).toEqual([
      ['Hi Marta, could you ', 'no-value-offered'],
      ['refer me for', 'early-ask'],
      [' the role?', 'no-value-offered'],
    ]);
  });

  it('drops findings whose evidence is no longer where the review saw it (the user kept typing)', () => {
    const stale = finding('early-ask', 'warning', 'refer me for');
    expect(shown(highlightPieces(`Hello! ${text}`, [stale]))).toEqual([[`Hello! ${text}`, null]]);
    expect(highlightPieces('', [stale])).toEqual([]);
  });
});
