// The history summary folded from interactions in any order and direction.
import { describe, expect, it } from 'vitest';
import { summarizeHistory } from './summary.js';
import { daysAgo, fact } from './test-factories.js';

describe('summarizeHistory', () => {
  it('separates what I did from what they did across mixed directions', () => {
    const s = summarizeHistory([
      fact(50, 'out', 'give'),
      fact(40, 'in', 'give'),
      fact(30, 'both', 'ask'),
      fact(20, 'in', 'ask'),
      fact(10, 'out', 'thanks'),
      fact(5, 'in', 'thanks'),
    ]);
    expect(s).toMatchObject({ interactionCount: 6, twoWayCount: 4, gives: 1, asks: 1, thanks: 1 });
    expect(s).toMatchObject({ givesReceived: 1, asksReceived: 1, thanksReceived: 1 });
    expect(s.firstAt).toBe(daysAgo(50));
    expect(s.lastAt).toBe(daysAgo(5));
    expect(s.lastTwoWayAt).toBe(daysAgo(5));
    expect(s.lastHelpReceivedAt).toBe(daysAgo(40));
    expect(s.lastThanksSentAt).toBe(daysAgo(10));
  });

  it('keeps the follow-up of the latest interaction only, in any input order', () => {
    const s = summarizeHistory([fact(1, 'out', 'neutral', null), fact(9, 'out', 'neutral', daysAgo(2))]);
    expect(s.followUpAt).toBeNull();
    const pending = summarizeHistory([fact(9, 'out'), fact(1, 'out', 'neutral', daysAgo(-3))]);
    expect(pending.followUpAt).toBe(daysAgo(-3));
  });

  it('ignores a connection request: it is no contact, no two-way exchange and does not reset the cadence', () => {
    const connectedOnly = summarizeHistory([{ ...fact(3, 'both'), kind: 'connection' }]);
    expect(connectedOnly).toMatchObject({ interactionCount: 0, twoWayCount: 0, lastAt: null, lastTwoWayAt: null });
    const s = summarizeHistory([fact(40, 'out', 'give'), { ...fact(2, 'out'), kind: 'connection' }]);
    expect(s).toMatchObject({ interactionCount: 1, lastAt: daysAgo(40), firstAt: daysAgo(40) });
  });
});
