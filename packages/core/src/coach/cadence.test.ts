// Cadence: on track, due soon, overdue and never contacted, counted in whole days.
import { describe, expect, it } from 'vitest';
import { assessCadence, dueSoonWindowDays } from './cadence.js';
import { emptySummary, summarizeHistory } from './summary.js';
import { daysAgo, fact, now } from './test-factories.js';

const lastContact = (days: number) => summarizeHistory([fact(days, 'out')]);

describe('assessCadence', () => {
  it('is on track well inside the cadence', () => {
    const c = assessCadence(lastContact(10), daysAgo(100), 30, now);
    expect(c).toMatchObject({ state: 'on-track', daysUntilDue: 20, daysOverdue: 0, dueAt: daysAgo(-20) });
    expect(c.reason).toEqual({ key: 'cadence.onTrack', params: { count: 20, cadence: 30 } });
  });

  it('is due soon within 20% of the cadence or 7 days, whichever is smaller', () => {
    expect(dueSoonWindowDays(14)).toBeCloseTo(2.8);
    expect(dueSoonWindowDays(180)).toBe(7);
    expect(assessCadence(lastContact(12), daysAgo(100), 14, now).state).toBe('due-soon');
    expect(assessCadence(lastContact(11), daysAgo(100), 14, now).state).toBe('on-track');
    expect(assessCadence(lastContact(173), daysAgo(400), 180, now).state).toBe('due-soon');
    expect(assessCadence(lastContact(172), daysAgo(400), 180, now).state).toBe('on-track');
  });

  it('counts whole days overdue and says how long it has been', () => {
    const c = assessCadence(lastContact(45.5), daysAgo(100), 30, now);
    expect(c).toMatchObject({ state: 'overdue', daysOverdue: 15, daysUntilDue: 0 });
    expect(c.reason).toEqual({ key: 'cadence.overdue', params: { count: 45, cadence: 30, days: 15 } });
  });

  it('says "due today" on the due day', () => {
    const c = assessCadence(lastContact(30.2), daysAgo(100), 30, now);
    expect(c).toMatchObject({ state: 'overdue', daysOverdue: 0 });
    expect(c.reason.key).toBe('cadence.dueToday');
  });

  it('reports never-contacted people against the day they were added', () => {
    const fresh = assessCadence(emptySummary, daysAgo(5), 30, now);
    expect(fresh).toMatchObject({ state: 'never-contacted', lastAt: null, daysUntilDue: 25 });
    const stale = assessCadence(emptySummary, daysAgo(50), 30, now);
    expect(stale).toMatchObject({ state: 'never-contacted', daysOverdue: 20 });
    expect(stale.reason).toEqual({ key: 'cadence.neverContactedOverdue', params: { count: 50 } });
  });
});
