import { describe, expect, it } from 'vitest';
import { forEachEngine } from './test-support/engines.js';
import { addDays, makeContact, makeInteraction, newAccount, T0 } from './test-support/factories.js';

forEachEngine((engine) => {
  describe('agenda and metrics', () => {
    const now = new Date(addDays(T0, 400));

    async function seeded() {
      const s = await engine.open();
      const account = await newAccount(s);
      const add = async (name: string, extra: Parameters<typeof makeContact>[0] = {}) => {
        const c = makeContact({ name, ...extra });
        await s.contacts.insert(account, c);
        return c.id;
      };
      const log = (id: string, day: number, extra: Parameters<typeof makeInteraction>[1] = {}) =>
        s.interactions.insert(account, makeInteraction([id], { occurredAt: addDays(T0, day), ...extra }));

      // Active: two-way 30 days before now; gave once. Due later (own cadence of 30 days).
      const active = await add('Active', { tier: 'inner', cadenceDays: 30, circle: 'personal', context: 'friend' });
      await log(active, 370, { direction: 'both', value: 'give' });
      await log(active, 380, { direction: 'out', value: 'ask' });
      // Helped me, never thanked: thanks owed; overdue (network, 90 days after day 100).
      const helper = await add('Helper', { context: 'work' });
      await log(helper, 100, { direction: 'in', value: 'give' });
      // Helped me, then I thanked: nothing owed. Old two-way: not active, not a ghost.
      const thanked = await add('Thanked', { context: 'work' });
      await log(thanked, 50, { direction: 'in', value: 'give' });
      await log(thanked, 60, { direction: 'out', value: 'thanks', followUpAt: addDays(T0, 399) });
      // Ghost: one old outgoing message, no reply; the most overdue (key, 30 days).
      const ghost = await add('Ghost', { tier: 'key' });
      await log(ghost, 10);
      // Never contacted, created recently: awaiting a first give, a ghost, not yet due.
      await add('Newcomer', { createdAt: addDays(T0, 395), tier: 'wide' });
      // Follow-up in the future: not due yet.
      const later = await add('Later', { tier: 'key' });
      await log(later, 399, { followUpAt: addDays(T0, 410) });
      // Archived: excluded everywhere.
      const archived = await add('Archived', { archived: true, createdAt: addDays(T0, 396) });
      await log(archived, 100, { direction: 'in', value: 'give', followUpAt: addDays(T0, 101) });
      return { s, account, ids: { active, helper, thanked, ghost, later } };
    }

    it('lists overdue contacts, most overdue first', async () => {
      const { s, account } = await seeded();
      expect((await s.agenda.overdue(account, now, 10)).map((c) => c.name)).toEqual(['Ghost', 'Thanked', 'Helper']);
      expect((await s.agenda.overdue(account, now, 1)).map((c) => c.name)).toEqual(['Ghost']);
    });

    it('lists pending follow-ups due by now, cleared by a later interaction', async () => {
      const { s, account, ids } = await seeded();
      expect((await s.agenda.followUpsDue(account, now, 10)).map((c) => c.name)).toEqual(['Thanked']);
      await s.interactions.insert(account, makeInteraction([ids.thanked], { occurredAt: addDays(T0, 399.5) }));
      expect(await s.agenda.followUpsDue(account, now, 10)).toEqual([]);
    });

    it('lists contacts owed thanks and new contacts awaiting a first give', async () => {
      const { s, account } = await seeded();
      expect((await s.agenda.thanksOwed(account, 10, now)).map((c) => c.name)).toEqual(['Helper']);
      const since = new Date(addDays(T0, 390));
      expect((await s.agenda.awaitingFirstGive(account, since, 10, now)).map((c) => c.name)).toEqual(['Newcomer']);
    });

    it('counts the network', async () => {
      const { s, account } = await seeded();
      expect(await s.metrics.counts(account, now)).toEqual({
        totalContacts: 6,
        activeRelationships: 1,
        ghosts: 2,
        gives: 1,
        asks: 1,
        thanks: 1,
        byCircle: { personal: 1, professional: 5 },
        byTier: { inner: 1, network: 2, wide: 1, key: 2 },
        byContext: { friend: 1, work: 2 },
        byStage: { 'second-contact': 2, 'first-contact': 3, none: 1 },
        overdue: 3,
        cadenceByTier: {
          inner: { onTrack: 1, dueSoon: 0, overdue: 0, neverContacted: 0 },
          key: { onTrack: 1, dueSoon: 0, overdue: 1, neverContacted: 0 },
          network: { onTrack: 0, dueSoon: 0, overdue: 2, neverContacted: 0 },
          wide: { onTrack: 0, dueSoon: 0, overdue: 0, neverContacted: 1 },
        },
        sources: {
          sector: { top: [], known: 0, distinct: 0, sumSquares: 0 },
          company: { top: [], known: 0, distinct: 0, sumSquares: 0 },
        },
        // The twelve months up to now (February 2027): my give and ask in January, my thanks in
        // March 2026; the help received and the archived contact's interaction are not mine.
        exchangesByMonth: [
          { month: '2026-03', gives: 0, asks: 0, thanks: 1 },
          ...['04', '05', '06', '07', '08', '09', '10', '11', '12'].map((m) => ({
            month: `2026-${m}`,
            gives: 0,
            asks: 0,
            thanks: 0,
          })),
          { month: '2027-01', gives: 1, asks: 1, thanks: 0 },
          { month: '2027-02', gives: 0, asks: 0, thanks: 0 },
        ],
      });
    });

    it('leaves snoozed contacts off every agenda set until the snooze ends', async () => {
      const { s, account, ids } = await seeded();
      const until = addDays(T0, 402);
      for (const id of [ids.ghost, ids.thanked, ids.helper])
        expect(await s.contacts.snooze(account, id, until)).not.toBeNull();
      const newcomer = (await s.contacts.findByName(account, 'Newcomer'))[0];
      await s.contacts.snooze(account, newcomer?.id ?? '', until);
      const since = new Date(addDays(T0, 390));
      expect(await s.agenda.overdue(account, now, 10)).toEqual([]);
      expect(await s.agenda.followUpsDue(account, now, 10)).toEqual([]);
      expect(await s.agenda.thanksOwed(account, 10, now)).toEqual([]);
      expect(await s.agenda.awaitingFirstGive(account, since, 10, now)).toEqual([]);
      // Two days later the snooze is over: everyone is back.
      const later = new Date(addDays(T0, 402));
      expect((await s.agenda.overdue(account, later, 10)).map((c) => c.name)).toEqual(['Ghost', 'Thanked', 'Helper']);
      expect((await s.agenda.thanksOwed(account, 10, later)).map((c) => c.name)).toEqual(['Helper']);
      expect((await s.agenda.awaitingFirstGive(account, since, 10, later)).map((c) => c.name)).toEqual(['Newcomer']);
      // Clearing the snooze brings a person back at once; the record keeps the date until then.
      expect((await s.contacts.get(account, ids.ghost))?.snoozedUntil).toBe(until);
      expect((await s.contacts.snooze(account, ids.ghost, null))?.snoozedUntil).toBeNull();
      expect((await s.agenda.overdue(account, now, 10)).map((c) => c.name)).toEqual(['Ghost']);
      expect(await s.contacts.snooze(account, 'nobody', until)).toBeNull();
      expect(await s.contacts.snooze(await newAccount(s), ids.helper, until)).toBeNull();
    });

    it('shows account B none of account A', async () => {
      const { s } = await seeded();
      const b = await newAccount(s);
      expect(await s.agenda.overdue(b, now, 10)).toEqual([]);
      expect(await s.agenda.followUpsDue(b, now, 10)).toEqual([]);
      expect(await s.agenda.thanksOwed(b, 10, now)).toEqual([]);
      expect(await s.agenda.awaitingFirstGive(b, new Date(T0), 10, now)).toEqual([]);
      expect(await s.metrics.counts(b, now)).toMatchObject({ totalContacts: 0, gives: 0, ghosts: 0, byStage: {} });
    });
  });
});
