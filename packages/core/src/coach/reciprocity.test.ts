// Reciprocity: gives, asks and thanks each way, and the verdict on the balance.
import { describe, expect, it } from 'vitest';
import { assessReciprocity } from './reciprocity.js';
import { summarizeHistory } from './summary.js';
import { fact } from './test-factories.js';

describe('assessReciprocity', () => {
  it('is empty when nothing of value went either way', () => {
    const r = assessReciprocity(summarizeHistory([fact(3, 'out'), fact(2, 'in')]));
    expect(r.verdict).toBe('empty');
    expect(r.reason.key).toBe('reciprocity.empty');
  });

  it('computes the balance as my gives minus my asks', () => {
    const r = assessReciprocity(
      summarizeHistory([fact(9, 'out', 'give'), fact(8, 'both', 'give'), fact(7, 'out', 'ask'), fact(6, 'in', 'ask')]),
    );
    expect(r).toMatchObject({ gives: 2, asks: 1, asksReceived: 1, balance: 1, verdict: 'giving' });
  });

  it('calls asking more than giving taking, with the counts in the reason', () => {
    const r = assessReciprocity(
      summarizeHistory([fact(9, 'out', 'ask'), fact(8, 'out', 'ask'), fact(7, 'out', 'give')]),
    );
    expect(r.verdict).toBe('taking');
    expect(r.reason).toEqual({ key: 'reciprocity.taking', params: { gives: 1, asks: 2, count: 0 } });
  });

  it('nudges to give back when only they have helped', () => {
    const r = assessReciprocity(summarizeHistory([fact(9, 'in', 'give'), fact(8, 'in', 'give')]));
    expect(r.verdict).toBe('balanced');
    expect(r.reason.key).toBe('reciprocity.receivedOnly');
    expect(r.reason.params?.count).toBe(2);
  });
});
