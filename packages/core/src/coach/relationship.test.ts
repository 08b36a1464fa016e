// The whole relationship view of one contact.
import { describe, expect, it } from 'vitest';
import { defaultSettings } from '../settings/types.js';
import { assessRelationship } from './relationship.js';
import { contactRecord, fact, now } from './test-factories.js';

describe('assessRelationship', () => {
  it('uses the contact’s own cadence over its tier’s', () => {
    const record = contactRecord({ tier: 'wide', cadenceDays: 10 }, [fact(20, 'both')]);
    const view = assessRelationship(record, defaultSettings, now);
    expect(view.cadence).toMatchObject({ cadenceDays: 10, state: 'overdue', daysOverdue: 10 });
  });

  it('brings stage, reciprocity, cadence and health together', () => {
    const record = contactRecord({ tier: 'key' }, [fact(40, 'both', 'give'), fact(20, 'in'), fact(5, 'both')]);
    const view = assessRelationship(record, defaultSettings, now);
    expect(view.stage.stage).toBe('established');
    expect(view.reciprocity.verdict).toBe('giving');
    expect(view.cadence.state).toBe('on-track');
    expect(view.health.components.depth.score).toBe(80);
  });
});
