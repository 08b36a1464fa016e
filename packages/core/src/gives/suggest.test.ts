// Give suggestions: what fits a person (interests, sector, role, company), ranked, explained, never resent.
import { describe, expect, it } from 'vitest';
import { translate } from '../i18n/translate.js';
import { matchGive, suggestGives, suggestSending, type GiveTarget } from './suggest.js';
import type { GiveItem } from './types.js';

let serial = 0;
function item(title: string, topics: string[] = [], overrides: Partial<GiveItem> = {}): GiveItem {
  serial += 1;
  return {
    id: `g${serial}`,
    kind: 'article',
    title,
    url: null,
    topics,
    note: null,
    createdAt: `2026-01-${String(serial).padStart(2, '0')}T00:00:00.000Z`,
    updatedAt: '2026-01-01T00:00:00.000Z',
    ...overrides,
  };
}

const ana: GiveTarget = {
  name: 'Ana',
  tags: ['accessibility', 'trail running'],
  sector: 'Fintech',
  role: 'Product designer',
  company: 'Nubank',
};

describe('suggestGives', () => {
  it('ranks items that match an interest above those that only fit the role, and leaves out the rest', () => {
    const a11y = item('Inclusive forms', ['Accessibility', 'forms']);
    const design = item('A design critique checklist', ['design']);
    const cooking = item('Sourdough for beginners', ['cooking']);
    const result = suggestGives(ana, [cooking, design, a11y]);
    expect(result.map((s) => s.item.title)).toEqual(['Inclusive forms', 'A design critique checklist']);
    expect(result[0]?.matches).toEqual([{ kind: 'interest', value: 'accessibility' }]);
    expect(result[1]?.matches).toEqual([{ kind: 'role', value: 'Product designer' }]);
  });

  it('needs every word of a multi-word interest, and reads the title as well as the topics', () => {
    expect(matchGive(ana, item('Trail running in the Dolomites'))).toEqual([
      { kind: 'interest', value: 'trail running' },
    ]);
    expect(matchGive(ana, item('Running a meetup', ['community']))).toEqual([]);
  });

  it('adds up sector, company and interests, the strongest match first', () => {
    const report = item('Nubank and open finance', ['fintech', 'accessibility']);
    const [top] = suggestGives(ana, [item('Fintech weekly', ['fintech']), report]);
    expect(top?.item).toBe(report);
    expect(top?.matches.map((m) => m.kind)).toEqual(['interest', 'sector', 'company']);
    expect(top?.score).toBeGreaterThan(5);
  });

  it('does not suggest what was already sent, and honours the limit', () => {
    const first = item('Accessibility in banking apps', ['accessibility']);
    const second = item('Screen readers 101', ['accessibility']);
    const third = item('Colour contrast', ['accessibility']);
    expect(suggestGives(ana, [first, second, third], { sent: [second.id] }).map((s) => s.item.id)).not.toContain(
      second.id,
    );
    expect(suggestGives(ana, [first, second, third], { limit: 2 })).toHaveLength(2);
  });

  it('ties go to the newest item', () => {
    const older = item('Accessibility basics', ['accessibility']);
    const newer = item('Accessibility audits', ['accessibility']);
    expect(suggestGives(ana, [older, newer]).map((s) => s.item.id)).toEqual([newer.id, older.id]);
  });

  it('matches across accents and short inflections, but not unrelated words that share a prefix', () => {
    const maria: GiveTarget = {
      name: 'María',
      tags: ['educación'],
      sector: null,
      role: 'Analista de datos',
      company: null,
    };
    expect(matchGive(maria, item('Guía de educacion financiera')).map((m) => m.kind)).toEqual(['interest']);
    expect(matchGive(maria, item('Ciencia de dato abierta')).map((m) => m.kind)).toEqual(['role']);
    expect(matchGive(maria, item('Database indexing'))).toEqual([]);
  });

  it('explains each match and names the item in the agenda line, in every language', () => {
    const [s] = suggestGives(ana, [item('Inclusive forms', ['accessibility'])]);
    if (!s) throw new Error('expected a suggestion');
    expect(translate('en', s.reasons[0] ?? { key: '' })).toBe('It is about accessibility, one of their interests.');
    const line = suggestSending('Ana', s);
    expect(translate('en', line)).toBe(
      'Send Ana “Inclusive forms” from your library: it is about accessibility, one of their interests.',
    );
    expect(translate('es', line)).toContain('«Inclusive forms»');
    expect(translate('pt', line)).toContain('“Inclusive forms”');
    expect(translate('it', line)).toContain('«Inclusive forms»');
  });
});
