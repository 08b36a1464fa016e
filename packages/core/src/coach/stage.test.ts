// Stage transitions from history alone.
import { describe, expect, it } from 'vitest';
import { deriveStage, isEarlyStage } from './stage.js';
import { summarizeHistory, type InteractionFact } from './summary.js';
import { fact } from './test-factories.js';

const stageOf = (...facts: InteractionFact[]) => deriveStage(summarizeHistory(facts));

describe('deriveStage', () => {
  it('walks from none through first and second contact', () => {
    expect(stageOf().stage).toBe('none');
    expect(stageOf(fact(3, 'out')).stage).toBe('first-contact');
    expect(stageOf(fact(3, 'out'), fact(1, 'in')).stage).toBe('second-contact');
  });

  it('stays at second contact while nobody replies, and says so', () => {
    const v = stageOf(fact(90, 'out'), fact(60, 'out'), fact(30, 'out'), fact(1, 'out'));
    expect(v).toEqual({ stage: 'second-contact', reason: { key: 'stage.noReply', params: { count: 4 } } });
  });

  it('needs both enough two-way exchanges and enough time to become established', () => {
    expect(stageOf(fact(3, 'both'), fact(2, 'both'), fact(1, 'both')).stage).toBe('acquainted');
    expect(stageOf(fact(40, 'both'), fact(20, 'both'), fact(1, 'both')).stage).toBe('established');
  });

  it('is trusted only after long two-way history with help both ways', () => {
    const history = Array.from({ length: 8 }, (_, i) => fact(200 - i * 25, 'both'));
    expect(stageOf(...history).stage).toBe('established');
    expect(stageOf(...history, fact(5, 'out', 'give'), fact(4, 'in', 'give')).stage).toBe('trusted');
  });

  it('marks none, first and second contact as too early to ask', () => {
    expect(['none', 'first-contact', 'second-contact'].every((s) => isEarlyStage(s as never))).toBe(true);
    expect(isEarlyStage('acquainted')).toBe(false);
  });
});
