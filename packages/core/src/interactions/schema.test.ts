import { describe, expect, it } from 'vitest';
import { AppError } from '../errors.js';
import { parseInput } from '../shared/validate.js';
import { newInteractionSchema } from './schema.js';

describe('newInteractionSchema', () => {
  it('treats a conversation as two-way and a message as outgoing unless told otherwise', () => {
    expect(parseInput(newInteractionSchema, { contactIds: ['a'], kind: 'coffee' }).direction).toBe('both');
    expect(parseInput(newInteractionSchema, { contactIds: ['a'], kind: 'message' }).direction).toBe('out');
    expect(parseInput(newInteractionSchema, { contactIds: ['a'], kind: 'call', direction: 'in' }).direction).toBe('in');
  });

  it('normalises dates to UTC ISO strings', () => {
    const v = parseInput(newInteractionSchema, {
      contactIds: ['a'],
      occurredAt: '2026-03-01',
      followUpAt: '2026-03-05T10:00:00+02:00',
    });
    expect(v.occurredAt).toBe('2026-03-01T00:00:00.000Z');
    expect(v.followUpAt).toBe('2026-03-05T08:00:00.000Z');
  });

  it('rejects an ask kind on a give, and an unparseable date, naming the fields', () => {
    try {
      parseInput(newInteractionSchema, { contactIds: ['a'], value: 'give', askKind: 'job', occurredAt: 'yesterday' });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(AppError);
      const issues = (error as AppError).details?.['issues'] as { field: string }[];
      expect(issues.map((i) => i.field).sort()).toEqual(['askKind', 'occurredAt']);
    }
  });

  it('requires at least one contact', () => {
    expect(() => parseInput(newInteractionSchema, { contactIds: [] })).toThrow(/contactIds/);
  });
});
