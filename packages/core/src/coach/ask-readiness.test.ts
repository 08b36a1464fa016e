// Ask readiness: when an ask comes too early or after taking more than giving, and what to give instead.
import { describe, expect, it } from 'vitest';
import { checkAskReadiness } from './ask-readiness.js';
import { assessReciprocity } from './reciprocity.js';
import { deriveStage } from './stage.js';
import { summarizeHistory, type InteractionFact } from './summary.js';
import type { AskKind } from '../interactions/types.js';
import { fact } from './test-factories.js';

function warningsFor(facts: InteractionFact[], askKind: AskKind | null) {
  const summary = summarizeHistory(facts);
  return checkAskReadiness({ stage: deriveStage(summary).stage, reciprocity: assessReciprocity(summary), askKind });
}

const establishedGiving = [fact(90, 'out', 'give'), fact(60, 'both'), fact(30, 'in'), fact(5, 'both')];

describe('checkAskReadiness', () => {
  it('warns about an ask at the second contact and suggests a give that fits the ask', () => {
    const warnings = warningsFor([fact(10, 'out'), fact(5, 'in')], 'referral');
    expect(warnings).toEqual([
      {
        code: 'early-ask',
        message: { key: 'coach.earlyAsk.second' },
        suggestion: { key: 'coach.giveFirst.referral' },
      },
    ]);
  });

  it('adapts the suggestion to the kind of ask', () => {
    expect(warningsFor([], 'introduction')[0]?.suggestion.key).toBe('coach.giveFirst.introduction');
    expect(warningsFor([fact(1, 'out')], 'advice')[0]?.suggestion.key).toBe('coach.giveFirst.advice');
    expect(warningsFor([fact(1, 'out')], null)[0]?.suggestion.key).toBe('coach.giveFirst.general');
  });

  it('does not warn in an established relationship with a positive balance', () => {
    expect(warningsFor(establishedGiving, 'job')).toEqual([]);
  });

  it('warns when you have asked more than you gave, even when established', () => {
    const warnings = warningsFor([...establishedGiving, fact(4, 'out', 'ask'), fact(3, 'out', 'ask')], 'job');
    expect(warnings.map((w) => w.code)).toEqual(['negative-balance']);
    expect(warnings[0]?.message.params).toEqual({ gives: 1, asks: 2 });
  });

  it('gives both warnings together when both apply', () => {
    const warnings = warningsFor([fact(3, 'out', 'ask')], 'introduction');
    expect(warnings.map((w) => w.code)).toEqual(['early-ask', 'negative-balance']);
    expect(warnings[1]?.suggestion.key).toBe('coach.rebalance.introduction');
  });
});
