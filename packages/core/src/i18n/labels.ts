/**
 * Names of the domain's enum values (tiers, stages, circles, kinds...) in the user's language, for
 * adapters that show them. The catalogue groups are shared with the coach's sentences.
 */
import type { Locale } from '../settings/types.js';
import { translate } from './translate.js';

const groups = {
  tier: 'tierName',
  stage: 'stageName',
  circle: 'circleName',
  context: 'context',
  kind: 'kindName',
  value: 'valueName',
  direction: 'directionName',
  askKind: 'askKindName',
  giveKind: 'giveKindName',
  strength: 'strengthName',
} as const;

export type LabelGroup = keyof typeof groups;

/**
 * The readable name of an enum value, e.g. `labelOf('es', 'tier', 'key')` → "clave". Unknown
 * values come back unchanged, so a newer value never shows as a raw catalogue key.
 */
export function labelOf(locale: Locale, group: LabelGroup, value: string): string {
  const key = `${groups[group]}.${value}`;
  const text = translate(locale, { key });
  return text === key ? value : text;
}
