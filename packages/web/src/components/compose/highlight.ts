/**
 * Splits a draft into plain and highlighted pieces for the findings whose evidence is still where the
 * review saw it. Where findings overlap, a warning shows over a suggestion, and a shorter span over a
 * longer one, so "asks too early" stays visible inside "nothing offered".
 */
import type { ReviewFinding } from '../../api/types';

export interface Piece {
  text: string;
  finding?: ReviewFinding;
}

/** The findings that still point at their evidence in `text` (the draft may have changed since the review). */
export function anchoredFindings(text: string, findings: readonly ReviewFinding[]): ReviewFinding[] {
  return findings.filter((f) => f.end > f.start && text.slice(f.start, f.end) === f.evidence);
}

/** Which of two findings covering the same characters is shown. */
function stronger(a: ReviewFinding, b: ReviewFinding): ReviewFinding {
  if (a.severity !== b.severity) return a.severity === 'warning' ? a : b;
  return b.end - b.start < a.end - a.start ? b : a;
}

/** The draft cut into pieces at every start and end of an anchored finding, each with the finding shown there. */
export function highlightPieces(text: string, findings: readonly ReviewFinding[]): Piece[] {
  const anchored = anchoredFindings(text, findings);
  const cuts = [...new Set([0, text.length, ...anchored.flatMap((f) => [f.start, f.end])])].sort((a, b) => a - b);
  const pieces: Piece[] = [];
  for (let i = 0; i + 1 < cuts.length; i++) {
    const from = cuts[i] ?? 0;
    const to = cuts[i + 1] ?? text.length;
    let shown: ReviewFinding | undefined;
    for (const f of anchored) if (f.start <= from && f.end >= to) shown = shown ? stronger(shown, f) : f;
    const last = pieces.at(-1);
    if (last && last.finding === shown) last.text += text.slice(from, to);
    else pieces.push(shown ? { text: text.slice(from, to), finding: shown } : { text: text.slice(from, to) });
  }
  return pieces;
}
