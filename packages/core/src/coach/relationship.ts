/** The whole coach view of one relationship: stage, reciprocity, cadence and health, each with reasons. */
import type { ContactRecord } from '../ports.js';
import type { AccountSettings } from '../settings/types.js';
import { assessCadence, effectiveCadenceDays, type CadenceStatus } from './cadence.js';
import { depthByStage, healthWeights, scoreHealth, scoreReciprocity, scoreRecency, type Health } from './health.js';
import { assessReciprocity, type Reciprocity } from './reciprocity.js';
import { deriveStage, type StageFacts, type StageVerdict } from './stage.js';
import type { HistorySummary } from './summary.js';
import { DAY_MS } from './time.js';

export interface RelationshipView {
  stage: StageVerdict;
  reciprocity: Reciprocity;
  cadence: CadenceStatus;
  health: Health;
}

/** Assesses one contact's relationship at `now` from its stored history summary. */
export function assessRelationship(
  record: Pick<ContactRecord, 'summary' | 'createdAt' | 'tier' | 'cadenceDays'>,
  settings: Pick<AccountSettings, 'cadenceDays'>,
  now: Date,
): RelationshipView {
  const stage = deriveStage(record.summary);
  const reciprocity = assessReciprocity(record.summary);
  const cadence = assessCadence(record.summary, record.createdAt, effectiveCadenceDays(record, settings), now);
  const health = scoreHealth({ stage: stage.stage, cadence, reciprocity });
  return { stage, reciprocity, cadence, health };
}

/** The facts of a history health is scored from. */
export type HealthFacts = StageFacts &
  Pick<HistorySummary, 'lastAt' | 'gives' | 'asks' | 'thanks' | 'givesReceived' | 'asksReceived' | 'thanksReceived'>;

/**
 * `assessRelationship(record, settings, now).health.score`, without building the explanations: for
 * ranking thousands of contacts at once (the contact list's health sort). The same scoring
 * functions and weights; a property test checks that it always equals the full assessment.
 */
export function scoreHealthAt(
  record: Pick<ContactRecord, 'createdAt' | 'tier' | 'cadenceDays'> & { summary: HealthFacts },
  settings: Pick<AccountSettings, 'cadenceDays'>,
  now: Date,
): number {
  const { summary } = record;
  const cadenceDays = effectiveCadenceDays(record, settings);
  // As assessCadence: due one cadence after the last interaction (or after being added).
  const untilMs = Date.parse(summary.lastAt ?? record.createdAt) + cadenceDays * DAY_MS - now.getTime();
  const recency = scoreRecency({
    state: summary.lastAt === null ? 'never-contacted' : untilMs <= 0 ? 'overdue' : 'on-track',
    daysOverdue: untilMs <= 0 ? Math.floor(-untilMs / DAY_MS) : 0,
    cadenceDays,
  });
  const { gives, asks, thanks, givesReceived, asksReceived, thanksReceived } = summary;
  const balance = gives - asks;
  const exchanged = gives + asks + thanks + givesReceived + asksReceived + thanksReceived;
  const verdict = exchanged === 0 ? 'empty' : balance > 0 ? 'giving' : balance < 0 ? 'taking' : 'balanced';
  const reciprocity = scoreReciprocity({ verdict, balance, gives, thanks, givesReceived });
  const depth = depthByStage[deriveStage(summary).stage];
  // Summed in scoreHealth's order, so that rounding agrees to the last bit.
  return Math.round(
    0 + recency * healthWeights.recency + reciprocity * healthWeights.reciprocity + depth * healthWeights.depth,
  );
}
