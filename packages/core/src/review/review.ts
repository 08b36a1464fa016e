/**
 * The message reviewer: reads a draft with the recipient and the stage of the relationship and
 * returns findings, each with a rule id, a severity, a message key and the words that triggered it.
 * Pure and deterministic; the patterns are compiled once, on the first review.
 */
import { detectLanguage } from './detect-language.js';
import { prepareDraft, type Draft, type Span } from './normalize.js';
import { findNearDuplicates } from './rules/copy-paste.js';
import { checkEarlyAsk, findAsks } from './rules/early-ask.js';
import { checkGenericInvite, findConnectRequests } from './rules/generic-invite.js';
import { checkMissingThanks, findThanks } from './rules/missing-thanks.js';
import { checkNoPersonalDetail, findPersonalDetails } from './rules/no-personal-detail.js';
import { checkNoValueOffered, findValue } from './rules/no-value-offered.js';
import { findingAtSource } from './rules/shared.js';
import { checkUnfilledPlaceholder, findPlaceholders } from './rules/unfilled-placeholder.js';
import { reviewRules, type ReviewContext, type ReviewFinding, type ReviewOptions, type ReviewResult } from './types.js';

interface Prepared {
  draft: Draft;
  placeholders: Span[];
  findings: ReviewFinding[];
}

function review(text: string, context: ReviewContext | undefined): Prepared {
  const draft = prepareDraft(text);
  const placeholders = findPlaceholders(draft);
  if (text.trim() === '') return { draft, placeholders, findings: [] };
  // Without a context, the draft is a first contact with someone unknown.
  const stage = context?.stage ?? 'first-contact';
  const asks = findAsks(draft);
  const personal = findPersonalDetails(draft, context?.recipient, placeholders);
  const connect = findConnectRequests(draft);
  const value = findValue(draft, asks, personal, connect);
  const generic = checkGenericInvite(draft, connect, personal, value);
  const findings = [
    ...checkUnfilledPlaceholder(draft, placeholders),
    ...generic,
    ...checkEarlyAsk(draft, stage, asks),
    ...(generic.length > 0 ? [] : checkNoPersonalDetail(draft, stage, personal)),
    ...checkMissingThanks(draft, context, findThanks(draft)),
    ...(generic.length > 0 ? [] : checkNoValueOffered(draft, stage, value)),
  ];
  return { draft, placeholders, findings };
}

function sortFindings(findings: ReviewFinding[]): ReviewFinding[] {
  return findings.sort((a, b) => reviewRules.indexOf(a.rule) - reviewRules.indexOf(b.rule) || a.start - b.start);
}

/**
 * Reviews one draft. Without a context, relationship rules assume a first contact with an unknown
 * recipient.
 * @example
 * reviewMessage('Hola, me gustaría añadirte a mi red profesional.').findings[0].rule // 'generic-invite'
 */
export function reviewMessage(text: string, context?: ReviewContext, options?: ReviewOptions): ReviewResult {
  const lang = options?.lang ?? detectLanguage(text).lang;
  return { lang, findings: sortFindings(review(text, context).findings) };
}

/**
 * Reviews a batch of drafts (a campaign) and adds copy-paste findings to the drafts that are
 * near-duplicates of a draft to a different person. Returns the result of each draft by id.
 */
export function reviewBatch(
  drafts: { id: string; text: string; context?: ReviewContext }[],
  options?: ReviewOptions,
): Map<string, ReviewResult> {
  const prepared = drafts.map((d) => ({ ...d, ...review(d.text, d.context) }));
  const duplicates = findNearDuplicates(prepared);
  const results = new Map<string, ReviewResult>();
  for (const p of prepared) {
    const duplicate = duplicates.get(p.id);
    const findings = [...p.findings];
    if (duplicate) {
      findings.push(
        findingAtSource('copy-paste', p.draft, duplicate.span, { percent: Math.round(duplicate.similarity * 100) }),
      );
    }
    results.set(p.id, { lang: options?.lang ?? detectLanguage(p.text).lang, findings: sortFindings(findings) });
  }
  return results;
}
