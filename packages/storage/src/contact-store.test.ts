import { describe, expect, it } from 'vitest';
import { AppError, defaultSettings, newContactSchema, parseInput } from '@nexo/core';
import { forEachEngine } from './test-support/engines.js';
import { addDays, makeContact, newAccount, newId, T0 } from './test-support/factories.js';

forEachEngine((engine) => {
  describe('contacts', () => {
    it('inserts a contact and reads it back with an empty summary, stage none and a due date one cadence away', async () => {
      const s = await engine.open();
      const account = await newAccount(s);
      const contact = makeContact({ emails: ['ana@example.com'], tags: ['design', 'remote'], tier: 'key' });
      const stored = await s.contacts.insert(account, contact);
      expect(stored).toMatchObject({ ...contact, stage: 'none', dueAt: addDays(T0, defaultSettings.cadenceDays.key) });
      expect(stored.summary.interactionCount).toBe(0);
      expect(await s.contacts.get(account, contact.id)).toEqual(stored);
    });

    it('stores a contact exactly as core validated it (validation passthrough)', async () => {
      const s = await engine.open();
      const account = await newAccount(s);
      const input = parseInput(newContactSchema, {
        givenName: 'José',
        familyName: 'Álvarez',
        emails: ['JOSE@Example.com'],
        phones: ['+34 600 000 000'],
        birthday: '--02-29',
        context: 'alumni',
        cadenceDays: 45,
        notes: 'Met at the "Open Data" meetup; loves 50% discounts',
      });
      const record = { ...input, id: newId(), archived: false, createdAt: T0, updatedAt: T0 };
      const stored = await s.contacts.insert(account, record);
      expect(stored).toMatchObject(record);
      expect(stored.name).toBe('José Álvarez');
      expect(stored.emails).toEqual(['jose@example.com']);
      expect(stored.dueAt).toBe(addDays(T0, 45));
    });

    it('refuses a duplicate id with a conflict and an unknown account with not_found', async () => {
      const s = await engine.open();
      const account = await newAccount(s);
      const contact = makeContact();
      await s.contacts.insert(account, contact);
      await expect(s.contacts.insert(account, contact)).rejects.toMatchObject({ code: 'conflict' });
      await expect(s.contacts.insert('no-such-account', makeContact())).rejects.toMatchObject({ code: 'not_found' });
    });

    it('updates fields, clears optional ones and recomputes the due date when tier or cadence change', async () => {
      const s = await engine.open();
      const account = await newAccount(s);
      const contact = makeContact({ company: 'Acme', tags: ['a'] });
      await s.contacts.insert(account, contact);
      const later = addDays(T0, 1);
      const updated = await s.contacts.update(
        account,
        contact.id,
        { tier: 'inner', company: null, tags: ['b', 'c'] },
        later,
      );
      expect(updated).toMatchObject({
        tier: 'inner',
        company: null,
        tags: ['b', 'c'],
        updatedAt: later,
        name: contact.name,
      });
      expect(updated?.dueAt).toBe(addDays(T0, defaultSettings.cadenceDays.inner));
      const custom = await s.contacts.update(account, contact.id, { cadenceDays: 7 }, later);
      expect(custom?.dueAt).toBe(addDays(T0, 7));
      const back = await s.contacts.update(account, contact.id, { cadenceDays: null }, later);
      expect(back?.dueAt).toBe(addDays(T0, defaultSettings.cadenceDays.inner));
      expect(await s.contacts.update(account, 'missing', { name: 'X' }, later)).toBeNull();
    });

    it('archives and unarchives', async () => {
      const s = await engine.open();
      const account = await newAccount(s);
      const contact = makeContact();
      await s.contacts.insert(account, contact);
      expect((await s.contacts.update(account, contact.id, { archived: true }, T0))?.archived).toBe(true);
      expect((await s.contacts.get(account, contact.id))?.archived).toBe(true);
      expect((await s.contacts.update(account, contact.id, { archived: false }, T0))?.archived).toBe(false);
    });

    it('gets many in the order asked, skipping unknown ids', async () => {
      const s = await engine.open();
      const account = await newAccount(s);
      const a = makeContact({ name: 'A' });
      const b = makeContact({ name: 'B' });
      await s.contacts.insert(account, a);
      await s.contacts.insert(account, b);
      const got = await s.contacts.getMany(account, [b.id, 'nope', a.id]);
      expect(got.map((c) => c.id)).toEqual([b.id, a.id]);
      expect(await s.contacts.getMany(account, [])).toEqual([]);
    });

    it('finds by name ignoring case and accents, archived included, but not partial names', async () => {
      const s = await engine.open();
      const account = await newAccount(s);
      const jose = makeContact({ name: 'José Álvarez' });
      const archived = makeContact({ name: 'JOSE ALVAREZ', archived: true });
      await s.contacts.insert(account, jose);
      await s.contacts.insert(account, archived);
      await s.contacts.insert(account, makeContact({ name: 'José Álvarez Junior' }));
      const found = await s.contacts.findByName(account, '  jose   alvarez ');
      expect(found.map((c) => c.id).sort()).toEqual([jose.id, archived.id].sort());
    });

    it('keeps accounts apart: account B cannot read, update or find account A contacts', async () => {
      const s = await engine.open();
      const a = await newAccount(s);
      const b = await newAccount(s);
      const contact = makeContact({ name: 'Private Person' });
      await s.contacts.insert(a, contact);
      expect(await s.contacts.get(b, contact.id)).toBeNull();
      expect(await s.contacts.getMany(b, [contact.id])).toEqual([]);
      expect(await s.contacts.findByName(b, 'Private Person')).toEqual([]);
      expect(await s.contacts.update(b, contact.id, { name: 'Hijacked' }, T0)).toBeNull();
      expect((await s.contacts.get(a, contact.id))?.name).toBe('Private Person');
      // The same id may exist in another account: keys include the account.
      await s.contacts.insert(b, { ...contact, name: 'Other Person' });
      expect((await s.contacts.get(a, contact.id))?.name).toBe('Private Person');
      expect((await s.contacts.list(b, { limit: 10 }, new Date(T0))).items.map((c) => c.name)).toEqual([
        'Other Person',
      ]);
    });

    it('creates the local account once, silently', async () => {
      const s = await engine.open();
      expect(await s.accounts.ensureLocal()).toBe('local');
      expect(await s.accounts.ensureLocal()).toBe('local');
      const id = newId('acct');
      await s.accounts.create(id, 'Someone');
      await expect(s.accounts.create(id, 'Again')).rejects.toBeInstanceOf(AppError);
    });
  });
});
