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
      expect((await s.agenda.thanksOwed(account, 10)).map((c) => c.name)).toEqual(['Helper']);
      const since = new Date(addDays(T0, 390));
      expect((await s.agenda.awaitingFirstGive(account, since, 10)).map((c) => c.name)).toEqual(['Newcomer']);
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
      });
    });

    it('shows account B none of account A', async () => {
      const { s } = await seeded();
      const b = await newAccount(s);
      expect(await s.agenda.overdue(b, now, 10)).toEqual([]);
      expect(await s.agenda.followUpsDue(b, now, 10)).toEqual([]);
      expect(await s.agenda.thanksOwed(b, 10)).toEqual([]);
      expect(await s.agenda.awaitingFirstGive(b, new Date(T0), 10)).toEqual([]);
      expect(await s.metrics.counts(b, now)).toMatchObject({ totalContacts: 0, gives: 0, ghosts: 0, byStage: {} });
    });
  });
});
