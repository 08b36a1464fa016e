import { describe, expect, it } from 'vitest';
import { assessCadence, defaultSettings, effectiveCadenceDays, type CadenceCounts } from '@nexo/core';
import { forEachEngine } from './test-support/engines.js';
import { addDays, makeContact, makeInteraction, newAccount, T0 } from './test-support/factories.js';

forEachEngine((engine) => {
  describe('metrics: cadence per tier, sources and exchanges over time', () => {
    const now = new Date(addDays(T0, 200));

    it("counts cadence states per tier exactly as core's assessCadence, at the due-soon boundaries", async () => {
      const s = await engine.open();
      const account = await newAccount(s);
      // [tier, own cadence, days since the last interaction (null: never)]; windows: inner (14 days)
      // 2.8 days, key (30) 6 days, network (90) 7 days, own cadence 4 days: none.
      const people: [string, number | null, number | null][] = [
        ['inner', null, 12.5], // due in 1.5 days: due soon
        ['inner', null, 11.5], // due in 2.5 days: 3 whole days > 2.8, on track
        ['inner', null, 14], // due right now: overdue
        ['key', null, 24.01], // due in 5.99 days: due soon
        ['key', null, 23.5], // due in 6.5 days: 7 whole days > 6, on track
        ['key', 4, 3.5], // own cadence 4 days, due in half a day: window 0.8, on track
        ['network', null, 83.5], // due in 6.5 days: 7 whole days ≤ 7, due soon
        ['network', null, 82.5], // due in 7.5 days: on track
        ['network', null, 200], // overdue
        ['wide', null, null], // never contacted
      ];
      const records = [];
      for (const [tier, cadenceDays, since] of people) {
        const contact = makeContact({ tier: tier as 'inner', cadenceDays, createdAt: addDays(T0, -10) });
        await s.contacts.insert(account, contact);
        if (since !== null) {
          await s.interactions.insert(account, makeInteraction([contact.id], { occurredAt: addDays(T0, 200 - since) }));
        }
        records.push(await s.contacts.get(account, contact.id));
      }
      const expected: Record<string, CadenceCounts> = {};
      const state = {
        'on-track': 'onTrack',
        'due-soon': 'dueSoon',
        overdue: 'overdue',
        'never-contacted': 'neverContacted',
      } as const;
      for (const r of records) {
        if (!r) throw new Error('missing contact');
        const status = assessCadence(r.summary, r.createdAt, effectiveCadenceDays(r, defaultSettings), now).state;
        const tier = (expected[r.tier] ??= { onTrack: 0, dueSoon: 0, overdue: 0, neverContacted: 0 });
        tier[state[status]] += 1;
      }
      expect(expected).toEqual({
        inner: { onTrack: 1, dueSoon: 1, overdue: 1, neverContacted: 0 },
        key: { onTrack: 2, dueSoon: 1, overdue: 0, neverContacted: 0 },
        network: { onTrack: 1, dueSoon: 1, overdue: 1, neverContacted: 0 },
        wide: { onTrack: 0, dueSoon: 0, overdue: 0, neverContacted: 1 },
      });
      expect((await s.metrics.counts(account, now)).cadenceByTier).toEqual(expected);
    });

    it('counts contacts per sector and company: the largest first, with totals and squares over all', async () => {
      const s = await engine.open();
      const account = await newAccount(s);
      const companies = { Telefónica: 7, Acme: 4, Globex: 3, Initech: 2, Hooli: 1, Umbrella: 1, Stark: 1 };
      for (const [company, n] of Object.entries(companies)) {
        for (let i = 0; i < n; i++)
          await s.contacts.insert(account, makeContact({ company, sector: i === 0 ? 'Banking' : null }));
      }
      await s.contacts.insert(account, makeContact({ company: null, sector: 'Retail' }));
      await s.contacts.insert(account, makeContact({ company: 'Acme', archived: true }));
      const { sources } = await s.metrics.counts(account, now);
      expect(sources.company).toEqual({
        top: [
          { value: 'Telefónica', count: 7 },
          { value: 'Acme', count: 4 },
          { value: 'Globex', count: 3 },
          { value: 'Initech', count: 2 },
          { value: 'Hooli', count: 1 },
        ],
        known: 19,
        distinct: 7,
        sumSquares: 49 + 16 + 9 + 4 + 1 + 1 + 1,
      });
      expect(sources.sector).toEqual({
        top: [
          { value: 'Banking', count: 7 },
          { value: 'Retail', count: 1 },
        ],
        known: 8,
        distinct: 2,
        sumSquares: 50,
      });
      const other = await newAccount(s);
      expect((await s.metrics.counts(other, now)).sources.company).toEqual({
        top: [],
        known: 0,
        distinct: 0,
        sumSquares: 0,
      });
    });

    it('counts my gives, asks and thanks per UTC month, from the first instant of the window to now', async () => {
      const s = await engine.open();
      const account = await newAccount(s);
      const ana = makeContact({ name: 'Ana' });
      const bo = makeContact({ name: 'Bo' });
      await s.contacts.insert(account, ana);
      await s.contacts.insert(account, bo);
      const at = new Date('2026-07-15T10:00:00.000Z');
      const log = (occurredAt: string, extra: Parameters<typeof makeInteraction>[1]) =>
        s.interactions.insert(account, makeInteraction([ana.id], { occurredAt, ...extra }));
      await log('2025-07-31T23:59:59.999Z', { value: 'give' }); // before the window
      await log('2025-08-01T00:00:00.000Z', { value: 'give' }); // its first instant
      await log('2025-08-20T00:00:00.000Z', { value: 'ask', direction: 'both' });
      await log('2026-06-30T23:59:59.999Z', { value: 'thanks' });
      await log('2026-07-01T00:00:00.000Z', { value: 'give' });
      await log('2026-07-15T10:00:00.000Z', { value: 'ask' }); // exactly now
      await log('2026-07-15T10:00:00.001Z', { value: 'ask' }); // after now
      await log('2026-07-02T00:00:00.000Z', { value: 'give', direction: 'in' }); // theirs, not mine
      await log('2026-07-03T00:00:00.000Z', { value: 'neutral' });
      // One interaction with two people counts once.
      await s.interactions.insert(
        account,
        makeInteraction([ana.id, bo.id], { occurredAt: '2026-07-04T00:00:00.000Z', value: 'give' }),
      );
      const months = (await s.metrics.counts(account, at)).exchangesByMonth;
      expect(months).toHaveLength(12);
      expect(months[0]).toEqual({ month: '2025-08', gives: 1, asks: 1, thanks: 0 });
      expect(months[10]).toEqual({ month: '2026-06', gives: 0, asks: 0, thanks: 1 });
      expect(months[11]).toEqual({ month: '2026-07', gives: 2, asks: 1, thanks: 0 });
      expect(months.slice(1, 10).every((m) => m.gives + m.asks + m.thanks === 0)).toBe(true);
      const other = await newAccount(s);
      expect((await s.metrics.counts(other, at)).exchangesByMonth.every((m) => m.gives === 0)).toBe(true);
    });
  });
});
