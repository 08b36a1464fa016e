// Health: recency, reciprocity and depth, shown as components that add up to the score.
import { describe, expect, it } from 'vitest';
import { assessCadence } from './cadence.js';
import { scoreHealth } from './health.js';
import { assessReciprocity } from './reciprocity.js';
import { deriveStage } from './stage.js';
import { emptySummary, summarizeHistory, type InteractionFact } from './summary.js';
import { daysAgo, fact, now } from './test-factories.js';

function healthOf(facts: InteractionFact[], cadenceDays = 30) {
  const summary = summarizeHistory(facts);
  return scoreHealth({
    stage: deriveStage(summary).stage,
    cadence: assessCadence(summary, daysAgo(1000), cadenceDays, now),
    reciprocity: assessReciprocity(summary),
  });
}

const established = [fact(120, 'both', 'give'), fact(80, 'in', 'give'), fact(60, 'out', 'thanks'), fact(10, 'both')];

describe('scoreHealth', () => {
  it('gives full recency inside the cadence and zero at three cadences overdue', () => {
    expect(healthOf(established).components.recency.score).toBe(100);
    expect(healthOf([...established.slice(0, 3)], 15).components.recency.score).toBe(0); // 60 days = 1 + 3 cadences
    expect(healthOf([fact(60, 'both')], 30).components.recency.score).toBe(67); // one cadence overdue
  });

  it('scores recency 0 for someone never contacted', () => {
    const h = scoreHealth({
      stage: 'none',
      cadence: assessCadence(emptySummary, daysAgo(1), 30, now),
      reciprocity: assessReciprocity(emptySummary),
    });
    expect(h.components.recency.score).toBe(0);
    expect(h.components.depth.score).toBe(0);
  });

  it('shows components whose weighted sum is the score within rounding', () => {
    for (const facts of [established, [fact(3, 'out', 'ask')], [fact(200, 'out'), fact(100, 'in')]]) {
      const h = healthOf(facts);
      const { recency, reciprocity, depth } = h.components;
      expect(recency.weight + reciprocity.weight + depth.weight).toBeCloseTo(1);
      const sum = recency.score * recency.weight + reciprocity.score * reciprocity.weight + depth.score * depth.weight;
      expect(Math.abs(sum - h.score)).toBeLessThanOrEqual(0.5);
      expect(Number.isInteger(h.score)).toBe(true);
    }
  });

  it('lets a negative balance hurt reciprocity', () => {
    const giving = healthOf([fact(20, 'both'), fact(10, 'out', 'give')]);
    const taking = healthOf([fact(20, 'both'), fact(10, 'out', 'ask')]);
    expect(taking.components.reciprocity.score).toBeLessThan(giving.components.reciprocity.score);
    expect(taking.score).toBeLessThan(giving.score);
  });

  it('rewards thanking for help received', () => {
    const unthanked = healthOf([fact(20, 'both'), fact(10, 'in', 'give')]);
    const thanked = healthOf([fact(20, 'both'), fact(10, 'in', 'give'), fact(9, 'out', 'thanks')]);
    expect(thanked.components.reciprocity.score).toBeGreaterThan(unthanked.components.reciprocity.score);
  });

  it('names what would help most unless the relationship is strong', () => {
    expect(healthOf([fact(200, 'both'), fact(190, 'both'), fact(180, 'both', 'give')]).reason.key).toBe(
      'health.improve.recency',
    );
    const trusted = Array.from({ length: 8 }, (_, i) => fact(220 - i * 30, 'both'));
    const strong = healthOf([...trusted, fact(12, 'out', 'give'), fact(11, 'in', 'give'), fact(10, 'out', 'thanks')]);
    expect(strong.reason).toEqual({ key: 'health.strong', params: { score: strong.score } });
  });
});
