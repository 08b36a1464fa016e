import { describe, expect, it } from 'vitest';
import { defaultSettings } from '@nexo/core';
import { forEachEngine } from './test-support/engines.js';
import { addDays, makeContact, makeInteraction, newAccount, T0 } from './test-support/factories.js';

forEachEngine((engine) => {
  describe('settings', () => {
    it('returns the defaults until saved, then what was saved', async () => {
      const s = await engine.open();
      const account = await newAccount(s);
      expect(await s.settings.get(account)).toEqual(defaultSettings);
      const changed = {
        ...defaultSettings,
        locale: 'pt' as const,
        tierTargets: { ...defaultSettings.tierTargets, inner: 3 },
      };
      expect(await s.settings.save(account, changed)).toEqual(changed);
      expect(await s.settings.get(account)).toEqual(changed);
      expect(await s.settings.get(await newAccount(s))).toEqual(defaultSettings);
    });

    it('recomputes due dates of the account when the cadences change, keeping per-contact cadences', async () => {
      const s = await engine.open();
      const account = await newAccount(s);
      const other = await newAccount(s);
      const talked = makeContact({ tier: 'key' });
      const never = makeContact({ tier: 'key' });
      const own = makeContact({ tier: 'key', cadenceDays: 10 });
      const elsewhere = makeContact({ tier: 'key' });
      for (const c of [talked, never, own]) await s.contacts.insert(account, c);
      await s.contacts.insert(other, elsewhere);
      await s.interactions.insert(account, makeInteraction([talked.id, own.id], { occurredAt: addDays(T0, 5) }));

      await s.settings.save(account, { ...defaultSettings, cadenceDays: { ...defaultSettings.cadenceDays, key: 60 } });
      expect((await s.contacts.get(account, talked.id))?.dueAt).toBe(addDays(T0, 65));
      expect((await s.contacts.get(account, never.id))?.dueAt).toBe(addDays(T0, 60));
      expect((await s.contacts.get(account, own.id))?.dueAt).toBe(addDays(T0, 15));
      expect((await s.contacts.get(other, elsewhere.id))?.dueAt).toBe(addDays(T0, defaultSettings.cadenceDays.key));
      // New contacts follow the saved cadence too.
      const added = await s.contacts.insert(account, makeContact({ tier: 'key' }));
      expect(added.dueAt).toBe(addDays(T0, 60));
    });
  });

  describe('knows-edges', () => {
    it('stores an edge once whatever the direction, replaces it, lists it from both ends and deletes it', async () => {
      const s = await engine.open();
      const account = await newAccount(s);
      const [x, y, z] = [makeContact({ id: 'zz-x' }), makeContact({ id: 'aa-y' }), makeContact({ id: 'mm-z' })];
      for (const c of [x, y, z]) await s.contacts.insert(account, c);
      const edge = await s.knows.upsert(account, {
        contactA: x.id,
        contactB: y.id,
        strength: 'weak',
        how: null,
        createdAt: T0,
      });
      expect(edge).toEqual({ contactA: y.id, contactB: x.id, strength: 'weak', how: null, createdAt: T0 });
      const replaced = await s.knows.upsert(account, {
        contactA: y.id,
        contactB: x.id,
        strength: 'strong',
        how: 'siblings',
        createdAt: T0,
      });
      expect(replaced).toMatchObject({ strength: 'strong', how: 'siblings' });
      await s.knows.upsert(account, {
        contactA: z.id,
        contactB: x.id,
        strength: 'medium',
        how: null,
        createdAt: addDays(T0, 1),
      });
      expect(await s.knows.listForContact(account, x.id)).toHaveLength(2);
      expect(await s.knows.listForContact(account, y.id)).toEqual([replaced]);
      expect(await s.knows.delete(account, x.id, y.id)).toBe(true);
      expect(await s.knows.delete(account, y.id, x.id)).toBe(false);
      expect((await s.knows.listForContact(account, x.id)).map((e) => e.contactA)).toEqual([z.id]);
    });

    it('lists the people a contact knows from either end, with their name and company, in edge order', async () => {
      const s = await engine.open();
      const a = await newAccount(s);
      const b = await newAccount(s);
      const x = makeContact({ id: 'mm-x', name: 'Xavier' });
      const before = makeContact({ id: 'aa-1', name: 'Ana', company: 'Acme' });
      const after = makeContact({ id: 'zz-2', name: 'Zoë', company: null });
      for (const c of [x, before, after]) await s.contacts.insert(a, c);
      // The same ids in another account, with other names: never mixed in.
      for (const c of [x, before, after]) await s.contacts.insert(b, { ...c, name: `Other ${c.name}` });
      await s.knows.upsert(a, { contactA: x.id, contactB: after.id, strength: 'weak', how: null, createdAt: T0 });
      await s.knows.upsert(a, {
        contactA: before.id,
        contactB: x.id,
        strength: 'strong',
        how: 'climbing club',
        createdAt: addDays(T0, 1),
      });
      await s.knows.upsert(b, { contactA: x.id, contactB: before.id, strength: 'medium', how: null, createdAt: T0 });

      expect(await s.knows.listPeopleKnown(a, x.id)).toEqual([
        { contactId: after.id, name: 'Zoë', company: null, strength: 'weak', how: null, createdAt: T0 },
        {
          contactId: before.id,
          name: 'Ana',
          company: 'Acme',
          strength: 'strong',
          how: 'climbing club',
          createdAt: addDays(T0, 1),
        },
      ]);
      expect(await s.knows.listPeopleKnown(a, before.id)).toEqual([
        expect.objectContaining({ contactId: x.id, name: 'Xavier', company: null }),
      ]);
      expect(await s.knows.listPeopleKnown(b, x.id)).toEqual([
        expect.objectContaining({ contactId: before.id, name: 'Other Ana', strength: 'medium' }),
      ]);
      expect(await s.knows.listPeopleKnown(a, 'nobody')).toEqual([]);
    });

    it('refuses an edge to a missing contact or to oneself', async () => {
      const s = await engine.open();
      const account = await newAccount(s);
      const x = makeContact();
      await s.contacts.insert(account, x);
      await expect(
        s.knows.upsert(account, { contactA: x.id, contactB: 'nobody', strength: 'weak', how: null, createdAt: T0 }),
      ).rejects.toMatchObject({
        code: 'not_found',
        message: expect.stringContaining('nobody'),
      });
      await expect(
        s.knows.upsert(account, { contactA: x.id, contactB: x.id, strength: 'weak', how: null, createdAt: T0 }),
      ).rejects.toMatchObject({
        code: 'validation_failed',
      });
    });

    it('keeps accounts apart: B cannot see, create against or delete A edges', async () => {
      const s = await engine.open();
      const a = await newAccount(s);
      const b = await newAccount(s);
      const [x, y] = [makeContact(), makeContact()];
      for (const c of [x, y]) await s.contacts.insert(a, c);
      await s.knows.upsert(a, { contactA: x.id, contactB: y.id, strength: 'weak', how: null, createdAt: T0 });
      expect(await s.knows.listForContact(b, x.id)).toEqual([]);
      expect(await s.knows.delete(b, x.id, y.id)).toBe(false);
      await expect(
        s.knows.upsert(b, { contactA: x.id, contactB: y.id, strength: 'weak', how: null, createdAt: T0 }),
      ).rejects.toMatchObject({
        code: 'not_found',
      });
      expect(await s.knows.listForContact(a, x.id)).toHaveLength(1);
    });
  });
});
