/**
 * Ask readiness (principle 2, give before you ask): warnings to show before logging or planning an
 * ask. They explain and suggest what to give instead; they never block the user.
 */
import type { Message } from '../i18n/message.js';
import type { AskKind } from '../interactions/types.js';
import type { Reciprocity } from './reciprocity.js';
import { isEarlyStage, type Stage } from './stage.js';

export type CoachWarningCode = 'early-ask' | 'negative-balance';

export interface CoachWarning {
  code: CoachWarningCode;
  message: Message;
  suggestion: Message;
}

/**
 * Warnings for logging or planning an ask (value 'ask', direction out or both) given the state
 * BEFORE it. Never blocks: callers show them and save anyway. An empty list means go ahead.
 * @example
 * checkAskReadiness({ stage: 'second-contact', reciprocity, askKind: 'referral' })
 * // → [{ code: 'early-ask', message: { key: 'coach.earlyAsk.second' },
 * //      suggestion: { key: 'coach.giveFirst.referral' } }]
 */
export function checkAskReadiness(input: {
  stage: Stage;
  reciprocity: Reciprocity;
  askKind: AskKind | null;
}): CoachWarning[] {
  const { stage, reciprocity, askKind } = input;
  const warnings: CoachWarning[] = [];
  const kind = askKind ?? 'general';
  if (isEarlyStage(stage)) {
    const when = stage === 'none' ? 'none' : stage === 'first-contact' ? 'first' : 'second';
    warnings.push({
      code: 'early-ask',
      message: { key: `coach.earlyAsk.${when}` },
      suggestion: { key: `coach.giveFirst.${kind}` },
    });
  }
  if (reciprocity.balance < 0) {
    warnings.push({
      code: 'negative-balance',
      message: { key: 'coach.negativeBalance', params: { gives: reciprocity.gives, asks: reciprocity.asks } },
      suggestion: { key: `coach.rebalance.${kind === 'introduction' ? 'introduction' : 'general'}` },
    });
  }
  return warnings;
}
