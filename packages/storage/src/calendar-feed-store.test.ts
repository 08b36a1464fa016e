// Calendar feed tokens on both engines: only a hash is stored, rotation and revocation take effect
// at once, and a token never opens another account's feed.
import { describe, expect, it } from 'vitest';
import { forEachEngine } from './test-support/engines.js';
import { addDays, makeContact, makeInteraction, newAccount, T0 } from './test-support/factories.js';
import { hashFeedToken } from './calendar-feed-store.js';

forEachEngine((engine) => {
  describe('calendar feeds', () => {
    it('stores only the hash, verifies the token, and rotates to a new one', async () => {
      const s = await engine.open();
      const account = await newAccount(s);
      expect(await s.calendarFeeds.active(account)).toBeNull();
      expect(await s.calendarFeeds.verify(account, 'first-token')).toBe(false);

      await s.calendarFeeds.replace(account, { id: 'f1', token: 'first-token', createdAt: T0 });
      const rows = await s.db.selectFrom('calendarFeeds').selectAll().where('accountId', '=', account).execute();
      expect(rows).toHaveLength(1);
      expect(JSON.stringify(rows)).not.toContain('first-token');
      expect(rows[0]?.tokenHash).toBe(hashFeedToken('first-token'));
      expect(await s.calendarFeeds.verify(account, 'first-token')).toBe(true);
      expect(await s.calendarFeeds.verify(account, 'first-tokeN')).toBe(false);
      expect(await s.calendarFeeds.active(account)).toEqual({ createdAt: T0 });

      const later = addDays(T0, 1);
      await s.calendarFeeds.replace(account, { id: 'f2', token: 'second-token', createdAt: later });
      expect(await s.calendarFeeds.verify(account, 'first-token')).toBe(false);
      expect(await s.calendarFeeds.verify(account, 'second-token')).toBe(true);
      expect(await s.calendarFeeds.active(account)).toEqual({ createdAt: later });
      const history = await s.db
        .selectFrom('calendarFeeds')
        .selectAll()
        .where('accountId', '=', account)
        .orderBy('id')
        .execute();
      expect(history.map((r) => [r.id, r.revokedAt])).toEqual([
        ['f1', later],
        ['f2', null],
      ]);
    });

    it('revokes: the token stops working, and a second revoke finds nothing', async () => {
      const s = await engine.open();
      const account = await newAccount(s);
      await s.calendarFeeds.replace(account, { id: 'f1', token: 'tok', createdAt: T0 });
      expect(await s.calendarFeeds.revoke(account, addDays(T0, 2))).toBe(true);
      expect(await s.calendarFeeds.verify(account, 'tok')).toBe(false);
      expect(await s.calendarFeeds.active(account)).toBeNull();
      expect(await s.calendarFeeds.revoke(account, addDays(T0, 3))).toBe(false);
    });

    it("never verifies a token against another account's feed", async () => {
      const s = await engine.open();
      const a = await newAccount(s);
      const b = await newAccount(s);
      await s.calendarFeeds.replace(a, { id: 'f1', token: 'shared-secret', createdAt: T0 });
      expect(await s.calendarFeeds.verify(b, 'shared-secret')).toBe(false);
      expect(await s.calendarFeeds.verify(a, 'shared-secret')).toBe(true);
    });
  });

  describe('calendar queries', () => {
    it('finds check-ins due by a date and pending follow-ups, leaving archived contacts out', async () => {
      const s = await engine.open();
      const account = await newAccount(s);
      const soon = makeContact({ name: 'Soon', tier: 'inner' }); // due T0 + 14 days
      const later = makeContact({ name: 'Later', tier: 'wide' }); // due T0 + 180 days
      const gone = makeContact({ name: 'Gone', tier: 'inner', archived: true });
      for (const c of [soon, later, gone]) await s.contacts.insert(account, c);
      await s.interactions.insert(account, makeInteraction([later.id], { followUpAt: addDays(T0, 10) }));
      await s.interactions.insert(account, makeInteraction([gone.id], { followUpAt: addDays(T0, 5) }));

      const until = new Date(addDays(T0, 30));
      expect((await s.calendarQueries.checkInsDue(account, until, 10)).map((c) => c.name)).toEqual(['Soon']);
      expect((await s.calendarQueries.followUpsDue(account, until, 10)).map((c) => c.name)).toEqual(['Later']);
      expect(await s.calendarQueries.checkInsDue(await newAccount(s), until, 10)).toEqual([]);
    });
  });
});
