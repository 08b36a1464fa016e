/** The whole coach view of one relationship: stage, reciprocity, cadence and health, each with reasons. */
import type { ContactRecord } from '../ports.js';
import type { AccountSettings } from '../settings/types.js';
import { assessCadence, effectiveCadenceDays, type CadenceStatus } from './cadence.js';
import { scoreHealth, type Health } from './health.js';
import { assessReciprocity, type Reciprocity } from './reciprocity.js';
import { deriveStage, type StageVerdict } from './stage.js';

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
