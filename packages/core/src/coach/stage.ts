/**
 * Relationship stage, derived from history alone (not from the clock), so that storage can keep it
 * beside the summary and filter on it. Two-way exchanges and the span of the relationship decide.
 */
import type { HistorySummary } from './summary.js';
import type { Message } from '../i18n/message.js';
import { DAY_MS } from './time.js';

export const stages = ['none', 'first-contact', 'second-contact', 'acquainted', 'established', 'trusted'] as const;
export type Stage = (typeof stages)[number];

/** Thresholds, named so the reasons can quote them. */
export const stageRules = {
  establishedTwoWay: 3,
  establishedSpanDays: 30,
  trustedTwoWay: 8,
  trustedSpanDays: 180,
} as const;

export interface StageVerdict {
  stage: Stage;
  reason: Message;
}

/** Days between the first and last interaction. */
export function relationshipSpanDays(summary: Pick<HistorySummary, 'firstAt' | 'lastAt'>): number {
  if (!summary.firstAt || !summary.lastAt) return 0;
  return Math.floor((Date.parse(summary.lastAt) - Date.parse(summary.firstAt)) / DAY_MS);
}

/** The facts of a history the stage is derived from. */
export type StageFacts = Pick<
  HistorySummary,
  'interactionCount' | 'twoWayCount' | 'firstAt' | 'lastAt' | 'gives' | 'givesReceived'
>;

/**
 * The stage of a relationship:
 * none (no interaction) → first-contact (one) → second-contact (two, or more without any reply) →
 * acquainted (three or more, with a reply) → established (3+ two-way over 30+ days) →
 * trusted (8+ two-way over 180+ days, and help has gone both ways).
 */
export function deriveStage(summary: StageFacts): StageVerdict {
  const { interactionCount: n, twoWayCount: twoWay } = summary;
  const span = relationshipSpanDays(summary);
  if (n === 0) return { stage: 'none', reason: { key: 'stage.none' } };
  if (n === 1) {
    return {
      stage: 'first-contact',
      reason: { key: twoWay > 0 ? 'stage.firstTwoWay' : 'stage.first', params: { twoWay } },
    };
  }
  if (n === 2 || twoWay === 0) {
    return {
      stage: 'second-contact',
      reason: { key: twoWay === 0 ? 'stage.noReply' : 'stage.second', params: { count: n } },
    };
  }
  const helpBothWays = summary.gives > 0 && summary.givesReceived > 0;
  if (twoWay >= stageRules.trustedTwoWay && span >= stageRules.trustedSpanDays && helpBothWays) {
    return { stage: 'trusted', reason: { key: 'stage.trusted', params: { count: twoWay, days: span } } };
  }
  if (twoWay >= stageRules.establishedTwoWay && span >= stageRules.establishedSpanDays) {
    return { stage: 'established', reason: { key: 'stage.established', params: { count: twoWay, days: span } } };
  }
  const next = { needed: stageRules.establishedTwoWay, spanDays: stageRules.establishedSpanDays };
  return { stage: 'acquainted', reason: { key: 'stage.acquainted', params: { count: twoWay, days: span, ...next } } };
}

/** True at the stages where asking for something significant comes too early (principle 2). */
export function isEarlyStage(stage: Stage): boolean {
  return stage === 'none' || stage === 'first-contact' || stage === 'second-contact';
}
