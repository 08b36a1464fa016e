// The Today agenda: ranking, one item per person, and concrete suggestions.
import { describe, expect, it } from 'vitest';
import { contactRecord, daysAgo, fact, now } from '../coach/test-factories.js';
import { translate } from '../i18n/translate.js';
import type { ContactRecord } from '../ports.js';
import { defaultSettings } from '../settings/types.js';
import { buildAgenda, type AgendaCandidates } from './today.js';

const none: AgendaCandidates = { overdue: [], followUpsDue: [], thanksOwed: [], awaitingFirstGive: [] };
/** The value, or a failed test when it is missing. */
function present<T>(value: T | undefined): T {
  if (value === undefined) throw new Error('expected a value');
  return value;
}

const agenda = (candidates: Partial<AgendaCandidates>, limit = 20) =>
  buildAgenda({ ...none, ...candidates }, defaultSettings, now, limit);

/** Someone who helped 10 days ago and was never thanked. */
const helper = (name = 'Marco') => contactRecord({ name }, [fact(60, 'both'), fact(10, 'in', 'give')]);
/** Someone last in touch `days` ago. */
const lastSeen = (name: string, tier: ContactRecord['tier'], days: number, extra: Partial<ContactRecord> = {}) =>
  contactRecord({ name, tier, ...extra }, [fact(days + 100, 'both'), fact(days, 'both')]);

describe('buildAgenda', () => {
  it('puts thanks owed above an overdue wide-tier contact', () => {
    const items = agenda({ overdue: [lastSeen('Wendy', 'wide', 600)], thanksOwed: [helper()] });
    expect(items.map((i) => [i.name, i.kind])).toEqual([
      ['Marco', 'thanks-owed'],
      ['Wendy', 'overdue'],
    ]);
  });

  it('ranks thanks, then follow-ups, then overdue check-ins, then first gives', () => {
    const followUp = contactRecord({ name: 'Fran' }, [fact(20, 'both', 'neutral', daysAgo(2))]);
    const fresh = contactRecord({ name: 'Nina', createdAt: daysAgo(2), tags: ['ux research'] });
    const items = agenda({
      awaitingFirstGive: [fresh],
      overdue: [lastSeen('Ines', 'inner', 60)],
      followUpsDue: [followUp],
      thanksOwed: [helper()],
    });
    expect(items.map((i) => i.kind)).toEqual(['thanks-owed', 'follow-up', 'overdue', 'first-give']);
  });

  it('weighs closer tiers and longer lateness higher among overdue check-ins', () => {
    // Same lateness relative to cadence (one cadence overdue): inner before key before network before wide.
    const items = agenda({
      overdue: [
        lastSeen('Wide', 'wide', 360),
        lastSeen('Net', 'network', 180),
        lastSeen('Inner', 'inner', 28),
        lastSeen('Key', 'key', 60),
      ],
    });
    expect(items.map((i) => i.name)).toEqual(['Inner', 'Key', 'Net', 'Wide']);
    const [later, sooner] = agenda({ overdue: [lastSeen('A', 'key', 35), lastSeen('B', 'key', 100)] });
    expect([later?.name, sooner?.name]).toEqual(['B', 'A']);
    expect(later?.daysOverdue).toBe(70);
  });

  it('lists each person once, under the most urgent reason, and mentions the others', () => {
    const marco = helper();
    const items = agenda({ overdue: [marco], thanksOwed: [marco], awaitingFirstGive: [marco] });
    expect(items).toHaveLength(1);
    expect(items[0]?.kind).toBe('thanks-owed');
    expect(items[0]?.also.map((a) => a.kind).sort()).toEqual(['first-give', 'overdue']);
  });

  it('suggests thanking for the help on the day it was given', () => {
    const [item] = agenda({ thanksOwed: [helper()] });
    expect(item?.suggestion).toEqual({
      key: 'agenda.suggest.thanksHelp',
      params: { name: 'Marco', date: daysAgo(10) },
    });
    expect(translate('en', present(item).suggestion)).toBe(
      'Thank Marco for their help on May 22: a short, specific message is enough.',
    );
    expect(translate('es', present(item).suggestion)).toContain('Agradece a Marco su ayuda del 22 de mayo');
  });

  it('varies the suggestion with what is known about the person', () => {
    const suggestionFor = (c: ContactRecord) => agenda({ overdue: [c] })[0]?.suggestion;
    expect(suggestionFor(lastSeen('Ana', 'network', 120, { tags: ['fintech'] }))).toEqual({
      key: 'agenda.suggest.shareTopic',
      params: { name: 'Ana', topic: 'fintech' },
    });
    expect(suggestionFor(lastSeen('Ines', 'inner', 45, { tags: ['fintech'] }))?.key).toBe('agenda.suggest.call');
    expect(suggestionFor(lastSeen('Joana', 'network', 120, { company: 'Natura' }))?.params).toMatchObject({
      topic: 'Natura',
    });
    expect(suggestionFor(lastSeen('Leo', 'network', 120, { role: 'data analyst' }))?.key).toBe(
      'agenda.suggest.askAboutRole',
    );
    const plain = suggestionFor(lastSeen('Joana', 'network', 120));
    expect(translate('en', present(plain))).toBe('Send Joana a short message: it has been 120 days.');
    const stranger = contactRecord({ name: 'Rui', context: 'alumni', createdAt: daysAgo(100) });
    expect(translate('en', present(suggestionFor(stranger)))).toContain('recall how you know each other (alumni)');
    const taker = contactRecord({ name: 'Tom' }, [fact(200, 'both'), fact(150, 'out', 'ask')]);
    expect(suggestionFor(taker)?.key).toBe('agenda.suggest.giveBack');
  });

  it('suggests a first give built on their interests, freshest contacts first', () => {
    const items = agenda({
      awaitingFirstGive: [
        contactRecord({ name: 'Old', createdAt: daysAgo(25) }),
        contactRecord({ name: 'New', createdAt: daysAgo(1), tags: ['climate'] }),
      ],
    });
    expect(items.map((i) => i.name)).toEqual(['New', 'Old']);
    expect(items[0]?.suggestion).toEqual({
      key: 'agenda.suggest.firstGiveTopic',
      params: { name: 'New', topic: 'climate' },
    });
  });

  it('respects the limit and leaves archived contacts out', () => {
    const overdue = ['A', 'B', 'C', 'D'].map((n, i) => lastSeen(n, 'key', 40 + i));
    expect(agenda({ overdue }, 2).map((i) => i.name)).toEqual(['D', 'C']);
    expect(agenda({ overdue: [{ ...present(overdue[0]), archived: true }] })).toEqual([]);
  });
});
