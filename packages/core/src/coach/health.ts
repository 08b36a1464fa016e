/**
 * Relationship health, 0-100: a weighted sum of recency 0.4, reciprocity 0.3 and depth 0.3, each
 * scored 0-100 and shown with its reason, so the user sees why and what would help most.
 *
 * - recency: 0 if never contacted; else 100 × (1 − daysOverdue / (3 × cadence)), clamped to 0-100:
 *   full marks inside the cadence, 0 once overdue by three cadences.
 * - reciprocity: 50 when nothing was exchanged; else base × (0.7 + 0.3 × gratitude) + 10 if help went
 *   both ways, where base = min(90, 60 + 10 × balance) for balance ≥ 0 and max(0, 45 + 15 × balance)
 *   below, and gratitude = min(1, thanks sent / help received) (1 when nothing was received).
 * - depth: by stage: none 0, first contact 15, second contact 30, acquainted 55, established 80, trusted 100.
 */
import type { Message } from '../i18n/message.js';
import type { CadenceStatus } from './cadence.js';
import type { Reciprocity } from './reciprocity.js';
import type { Stage } from './stage.js';
import { clamp } from './time.js';

export interface HealthComponent {
  /** 0-100 */
  score: number;
  /** 0-1; the weights of all components sum to 1. */
  weight: number;
  reason: Message;
}

export interface Health {
  /** 0-100 integer */
  score: number;
  components: { recency: HealthComponent; reciprocity: HealthComponent; depth: HealthComponent };
  reason: Message;
}

export type HealthComponentName = keyof Health['components'];

export const healthWeights: Record<HealthComponentName, number> = { recency: 0.4, reciprocity: 0.3, depth: 0.3 };

export const depthByStage: Record<Stage, number> = {
  none: 0,
  'first-contact': 15,
  'second-contact': 30,
  acquainted: 55,
  established: 80,
  trusted: 100,
};

/** At or above this score the relationship is called strong and no single area is pointed at. */
export const strongHealth = 75;

/** 0-100: full inside the cadence, 0 at three cadences overdue or when never contacted. */
export function scoreRecency(cadence: Pick<CadenceStatus, 'state' | 'daysOverdue' | 'cadenceDays'>): number {
  if (cadence.state === 'never-contacted') return 0;
  return Math.round(100 * clamp(1 - cadence.daysOverdue / (3 * cadence.cadenceDays), 0, 1));
}

/** 0-100 from the balance, the thanks sent for help received and whether help went both ways. */
export function scoreReciprocity(
  r: Pick<Reciprocity, 'verdict' | 'balance' | 'gives' | 'thanks' | 'givesReceived'>,
): number {
  if (r.verdict === 'empty') return 50;
  const base = r.balance >= 0 ? Math.min(90, 60 + 10 * r.balance) : Math.max(0, 45 + 15 * r.balance);
  const gratitude = r.givesReceived === 0 ? 1 : Math.min(1, r.thanks / r.givesReceived);
  const mutual = r.gives > 0 && r.givesReceived > 0 ? 10 : 0;
  return Math.round(clamp(base * (0.7 + 0.3 * gratitude) + mutual, 0, 100));
}

/**
 * The health of one relationship with its three components. The reason names the component whose
 * improvement would raise the score most, unless the relationship is already strong.
 */
export function scoreHealth(input: { stage: Stage; cadence: CadenceStatus; reciprocity: Reciprocity }): Health {
  const components: Health['components'] = {
    recency: { score: scoreRecency(input.cadence), weight: healthWeights.recency, reason: input.cadence.reason },
    reciprocity: {
      score: scoreReciprocity(input.reciprocity),
      weight: healthWeights.reciprocity,
      reason: input.reciprocity.reason,
    },
    depth: {
      score: depthByStage[input.stage],
      weight: healthWeights.depth,
      reason: { key: 'health.depth', params: { stage: input.stage } },
    },
  };
  const entries = Object.entries(components) as [HealthComponentName, HealthComponent][];
  const score = Math.round(entries.reduce((sum, [, c]) => sum + c.score * c.weight, 0));
  if (score >= strongHealth) return { score, components, reason: { key: 'health.strong', params: { score } } };
  // The largest weighted gap is where the next step pays most.
  const [weakest] = entries.reduce((a, b) =>
    (100 - b[1].score) * b[1].weight > (100 - a[1].score) * a[1].weight ? b : a,
  );
  return { score, components, reason: { key: `health.improve.${weakest}`, params: { score } } };
}
