import { describe, expect, it } from 'vitest';
import { defaultSettings } from '@nexo/core';
import { forEachEngine } from './test-support/engines.js';
import { addDays, makeContact, makeInteraction, newAccount, T0 } from './test-support/factories.js';

forEachEngine((engine) => {
  describe('interactions', () => {
    it('logs an interaction and updates summary, stage and due date of the contact', async () => {
      const s = await engine.open();
      const account = await newAccount(s);
      const c = makeContact();
      await s.contacts.insert(account, c);
      const at = addDays(T0, 3);
      const logged = await s.interactions.insert(
        account,
        makeInteraction([c.id], { occurredAt: at, direction: 'in', value: 'give', note: 'sent me a job ad' }),
      );
      expect(await s.interactions.get(account, logged.id)).toEqual(logged);
      const after = await s.contacts.get(account, c.id);
      expect(after?.summary).toMatchObject({
        interactionCount: 1,
        twoWayCount: 1,
        lastAt: at,
        givesReceived: 1,
        lastHelpReceivedAt: at,
      });
      expect(after?.stage).toBe('first-contact');
      expect(after?.dueAt).toBe(addDays(at, defaultSettings.cadenceDays.network));
    });

    it('keeps lastAt and the due date on the latest interaction when one is backdated', async () => {
      const s = await engine.open();
      const account = await newAccount(s);
      const c = makeContact();
      await s.contacts.insert(account, c);
      const recent = addDays(T0, 20);
      await s.interactions.insert(account, makeInteraction([c.id], { occurredAt: recent, direction: 'both' }));
      await s.interactions.insert(
        account,
        makeInteraction([c.id], { occurredAt: addDays(T0, -40), direction: 'both' }),
      );
      await s.interactions.insert(
        account,
        makeInteraction([c.id], { occurredAt: addDays(T0, -10), direction: 'both' }),
      );
      const after = await s.contacts.get(account, c.id);
      expect(after?.summary).toMatchObject({ interactionCount: 3, firstAt: addDays(T0, -40), lastAt: recent });
      expect(after?.stage).toBe('established');
      expect(after?.dueAt).toBe(addDays(recent, defaultSettings.cadenceDays.network));
    });

    it('updates every contact of a multi-contact interaction, and keeps their order', async () => {
      const s = await engine.open();
      const account = await newAccount(s);
      const [a, b, c] = [makeContact({ name: 'A' }), makeContact({ name: 'B' }), makeContact({ name: 'C' })];
      for (const x of [a, b, c]) await s.contacts.insert(account, x);
      const logged = await s.interactions.insert(
        account,
        makeInteraction([c.id, a.id], { kind: 'meeting', value: 'thanks' }),
      );
      expect(logged.contactIds).toEqual([c.id, a.id]);
      // The timeline of either person shows it whole, its people in the order they were given.
      expect((await s.interactions.listForContact(account, a.id, 10)).items).toEqual([logged]);
      expect((await s.interactions.listForContact(account, c.id, 10)).items).toEqual([logged]);
      for (const x of [a, c])
        expect((await s.contacts.get(account, x.id))?.summary).toMatchObject({ interactionCount: 1, thanks: 1 });
      expect((await s.contacts.get(account, b.id))?.summary.interactionCount).toBe(0);
    });

    it('writes nothing when one of the contacts does not exist in the account', async () => {
      const s = await engine.open();
      const account = await newAccount(s);
      const other = await newAccount(s);
      const c = makeContact();
      const foreign = makeContact();
      await s.contacts.insert(account, c);
      await s.contacts.insert(other, foreign);
      const bad = makeInteraction([c.id, 'ghost-id']);
      await expect(s.interactions.insert(account, bad)).rejects.toMatchObject({
        code: 'not_found',
        message: expect.stringContaining('ghost-id'),
      });
      const crossAccount = makeInteraction([c.id, foreign.id]);
      await expect(s.interactions.insert(account, crossAccount)).rejects.toMatchObject({ code: 'not_found' });
      expect(await s.interactions.get(account, bad.id)).toBeNull();
      expect(await s.interactions.get(account, crossAccount.id)).toBeNull();
      expect((await s.contacts.get(account, c.id))?.summary.interactionCount).toBe(0);
      expect((await s.interactions.listForContact(account, c.id, 10)).items).toEqual([]);
    });

    it('refuses a taken interaction id with a conflict, leaving the first one and the summary as they were', async () => {
      const s = await engine.open();
      const account = await newAccount(s);
      const c = makeContact();
      await s.contacts.insert(account, c);
      const first = await s.interactions.insert(account, makeInteraction([c.id]));
      await expect(s.interactions.insert(account, { ...first, value: 'give' })).rejects.toMatchObject({
        code: 'conflict',
      });
      expect(await s.interactions.get(account, first.id)).toEqual(first);
      expect((await s.contacts.get(account, c.id))?.summary).toMatchObject({ interactionCount: 1, gives: 0 });
    });

    it('deletes an interaction and recomputes the summaries it touched', async () => {
      const s = await engine.open();
      const account = await newAccount(s);
      const c = makeContact();
      await s.contacts.insert(account, c);
      const first = await s.interactions.insert(account, makeInteraction([c.id], { occurredAt: T0 }));
      const second = await s.interactions.insert(
        account,
        makeInteraction([c.id], { occurredAt: addDays(T0, 5), followUpAt: addDays(T0, 9) }),
      );
      expect((await s.contacts.get(account, c.id))?.summary.followUpAt).toBe(addDays(T0, 9));
      expect(await s.interactions.delete(account, second.id)).toBe(true);
      expect(await s.interactions.delete(account, second.id)).toBe(false);
      const after = await s.contacts.get(account, c.id);
      expect(after?.summary).toMatchObject({ interactionCount: 1, lastAt: T0, followUpAt: null });
      expect(after?.dueAt).toBe(addDays(T0, defaultSettings.cadenceDays.network));
      await s.interactions.delete(account, first.id);
      expect((await s.contacts.get(account, c.id))?.stage).toBe('none');
    });

    it('lists a contact timeline newest first, page by page without gaps or duplicates', async () => {
      const s = await engine.open();
      const account = await newAccount(s);
      const c = makeContact();
      await s.contacts.insert(account, c);
      const ids: string[] = [];
      for (let i = 0; i < 7; i++) {
        // Two interactions share each timestamp, so the id breaks ties.
        const at = addDays(T0, Math.floor(i / 2));
        ids.push((await s.interactions.insert(account, makeInteraction([c.id], { occurredAt: at }))).id);
      }
      const seen: string[] = [];
      let cursor: string | null = null;
      do {
        const page = await s.interactions.listForContact(account, c.id, 3, cursor);
        expect(page.items.length).toBeLessThanOrEqual(3);
        seen.push(...page.items.map((i) => i.id));
        cursor = page.nextCursor;
      } while (cursor);
      expect(seen).toHaveLength(7);
      expect(new Set(seen).size).toBe(7);
      const times = await Promise.all(
        seen.map(async (id) => (await s.interactions.get(account, id))?.occurredAt ?? ''),
      );
      expect([...times].sort().reverse()).toEqual(times);
      await expect(s.interactions.listForContact(account, c.id, 3, 'garbage')).rejects.toMatchObject({
        code: 'validation_failed',
      });
    });

    it('keeps accounts apart: B cannot read, list or delete A interactions', async () => {
      const s = await engine.open();
      const a = await newAccount(s);
      const b = await newAccount(s);
      const c = makeContact();
      await s.contacts.insert(a, c);
      const logged = await s.interactions.insert(a, makeInteraction([c.id]));
      expect(await s.interactions.get(b, logged.id)).toBeNull();
      expect((await s.interactions.listForContact(b, c.id, 10)).items).toEqual([]);
      expect(await s.interactions.delete(b, logged.id)).toBe(false);
      expect(await s.interactions.get(a, logged.id)).toEqual(logged);
    });

    it('rebuilds every summary of an account to what logging one by one produced', async () => {
      const s = await engine.open();
      const account = await newAccount(s);
      const contacts = Array.from({ length: 12 }, (_, i) =>
        makeContact({ name: `P${i}`, tier: i % 2 ? 'key' : 'wide' }),
      );
      for (const c of contacts) await s.contacts.insert(account, c);
      for (let i = 0; i < 30; i++) {
        const people = [contacts[i % 12]?.id ?? '', contacts[(i * 5) % 12]?.id ?? ''];
        await s.interactions.insert(
          account,
          makeInteraction(people, {
            occurredAt: addDays(T0, i * 3),
            direction: i % 3 ? 'both' : 'in',
            value: i % 4 ? 'give' : 'ask',
          }),
        );
      }
      const before = await s.contacts.getMany(
        account,
        contacts.map((c) => c.id),
      );
      // Wipe the stored summaries, as a bulk loader writing raw rows would leave them.
      await s.db
        .updateTable('contacts')
        .set({ interactionCount: 0, stage: 'none', lastAt: null })
        .where('accountId', '=', account)
        .execute();
      await s.rebuildSummaries(account);
      expect(
        await s.contacts.getMany(
          account,
          contacts.map((c) => c.id),
        ),
      ).toEqual(before);
    });
  });
});
