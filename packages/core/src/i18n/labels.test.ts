import { describe, expect, it } from 'vitest';
import { circles, contactContexts, tiers } from '../contacts/types.js';
import { askKinds, directions, giveKinds, interactionKinds, interactionValues } from '../interactions/types.js';
import { stages } from '../coach/stage.js';
import { knowsStrengths } from '../network/types.js';
import { locales } from '../settings/types.js';
import { labelOf, type LabelGroup } from './labels.js';

const values: Record<LabelGroup, readonly string[]> = {
  tier: tiers,
  stage: stages,
  circle: circles,
  context: contactContexts,
  kind: interactionKinds,
  value: interactionValues,
  direction: directions,
  askKind: askKinds,
  giveKind: giveKinds,
  strength: knowsStrengths,
};

describe('labelOf', () => {
  it('names every enum value in every language', () => {
    for (const locale of locales) {
      for (const [group, list] of Object.entries(values) as [LabelGroup, readonly string[]][]) {
        for (const value of list) {
          const label = labelOf(locale, group, value);
          expect(label, `${locale} ${group}.${value}`).not.toMatch(/Name\.|^context\./);
          expect(label.length).toBeGreaterThan(0);
        }
      }
    }
  });

  it('speaks the user’s language and keeps unknown values as they are', () => {
    expect(labelOf('es', 'tier', 'key')).toBe('clave');
    expect(labelOf('pt', 'kind', 'call')).toBe('ligação');
    expect(labelOf('it', 'circle', 'personal')).toBe('personale');
    expect(labelOf('en', 'stage', 'some-future-stage')).toBe('some-future-stage');
  });
});
