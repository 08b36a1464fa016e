/**
 * Reciprocity (principle 6, both sides must gain): what went each way with one person, and whether
 * the user is giving, balanced or taking. The balance is my gives minus my asks.
 */
import type { Message } from '../i18n/message.js';
import type { HistorySummary } from './summary.js';

export type ReciprocityVerdict = 'empty' | 'giving' | 'balanced' | 'taking';

export interface Reciprocity {
  gives: number;
  asks: number;
  thanks: number;
  givesReceived: number;
  asksReceived: number;
  thanksReceived: number;
  /** my gives − my asks */
  balance: number;
  verdict: ReciprocityVerdict;
  reason: Message;
}

/**
 * The reciprocity of one relationship. `empty` when nothing of value went either way; otherwise the
 * sign of the balance decides (`giving` > 0, `taking` < 0, `balanced` = 0).
 */
export function assessReciprocity(summary: HistorySummary): Reciprocity {
  const { gives, asks, thanks, givesReceived, asksReceived, thanksReceived } = summary;
  const balance = gives - asks;
  const exchanged = gives + asks + thanks + givesReceived + asksReceived + thanksReceived;
  const verdict: ReciprocityVerdict =
    exchanged === 0 ? 'empty' : balance > 0 ? 'giving' : balance < 0 ? 'taking' : 'balanced';
  return { gives, asks, thanks, givesReceived, asksReceived, thanksReceived, balance, verdict, reason: explain() };

  function explain(): Message {
    const params = { gives, asks, count: givesReceived };
    if (verdict === 'empty') return { key: 'reciprocity.empty' };
    // They helped and nothing went back yet: balanced on paper, but worth a nudge.
    if (verdict === 'balanced' && gives === 0 && givesReceived > 0) return { key: 'reciprocity.receivedOnly', params };
    return { key: `reciprocity.${verdict}`, params };
  }
}
