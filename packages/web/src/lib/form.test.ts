import { describe, expect, it } from 'vitest';
import { clearIfUnchanged } from './form';

describe('clearIfUnchanged', () => {
  it('empties a field that still holds what was saved, and keeps what was typed since', () => {
    expect(clearIfUnchanged('Sourdough')('Sourdough')).toBe('');
    expect(clearIfUnchanged('Sourdough')('Testing Airflow DAGs')).toBe('Testing Airflow DAGs');
    expect(clearIfUnchanged('')('')).toBe('');
  });
});
