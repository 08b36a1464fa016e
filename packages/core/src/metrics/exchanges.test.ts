// The month window of gives vs asks over time.
import { describe, expect, it } from 'vitest';
import { monthWindow } from './exchanges.js';

describe('monthWindow', () => {
  it('counts back calendar months in UTC, across a year boundary', () => {
    expect(monthWindow(new Date('2026-02-28T23:59:59.999Z'), 4)).toEqual({
      since: '2025-11-01T00:00:00.000Z',
      months: ['2025-11', '2025-12', '2026-01', '2026-02'],
    });
  });

  it('takes the UTC month, not the local one, at a month boundary', () => {
    expect(monthWindow(new Date('2026-04-01T00:00:00.000Z'), 1)).toEqual({
      since: '2026-04-01T00:00:00.000Z',
      months: ['2026-04'],
    });
    expect(monthWindow(new Date('2026-03-31T23:59:59.999Z'), 12).months).toHaveLength(12);
  });
});
