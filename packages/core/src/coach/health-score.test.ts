// The lean health score used to rank many contacts must equal the full assessment, always.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { tiers } from '../contacts/types.js';
import { defaultSettings } from '../settings/types.js';
import { assessRelationship, scoreHealthAt } from './relationship.js';
import { fact, contactRecord, now } from './test-factories.js';

const directions = ['out', 'in', 'both'] as const;
const values = ['give', 'ask', 'thanks', 'neutral'] as const;

describe('scoreHealthAt', () => {
  it('equals assessRelationship(...).health.score for any history, cadence and clock', () => {
    const history = fc.array(
      fc.record({
        days: fc.double({ min: -5, max: 2000, noNaN: true }),
        direction: fc.constantFrom(...directions),
        value: fc.constantFrom(...values),
      }),
      { maxLength: 30 },
    );
    fc.assert(
      fc.property(
        history,
        fc.constantFrom(...tiers),
        fc.option(fc.integer({ min: 1, max: 3650 }), { nil: null }),
        fc.double({ min: 0, max: 3000, noNaN: true }),
        fc.integer({ min: -400, max: 4000 }),
        (facts, tier, cadenceDays, createdDaysAgo, clockShiftDays) => {
          const record = contactRecord(
            { tier, cadenceDays, createdAt: new Date(now.getTime() - createdDaysAgo * 86_400_000).toISOString() },
            facts.map((f) => fact(f.days, f.direction, f.value)),
          );
          const at = new Date(now.getTime() + clockShiftDays * 86_400_000);
          expect(scoreHealthAt(record, defaultSettings, at)).toBe(
            assessRelationship(record, defaultSettings, at).health.score,
          );
        },
      ),
      { numRuns: 2000 },
    );
  });
});
