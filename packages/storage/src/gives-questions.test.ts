// The give library and own questions on both engines: CRUD, order, isolation, and the links from gives.
import { describe, expect, it } from 'vitest';
import type { GiveItem } from '@nexo/core';
import { forEachEngine } from './test-support/engines.js';
import { addDays, makeContact, makeInteraction, newAccount, newId, T0 } from './test-support/factories.js';

function makeItem(overrides: Partial<GiveItem> = {}): GiveItem {
  return {
    id: newId('g'),
    kind: 'article',
    title: 'Inclusive forms',
    url: 'https://example.org/forms',
    topics: ['accessibility', 'forms'],
    note: null,
    createdAt: T0,
    updatedAt: T0,
    ...overrides,
  };
}

forEachEngine((engine) => {
  describe('give library', () => {
    it('stores, lists newest first, updates and deletes items, each account seeing only its own', async () => {
      const s = await engine.open();
      const account = await newAccount(s);
      const other = await newAccount(s);
      const older = await s.gives.insert(account, makeItem({ title: 'Older', topics: [] }));
      const newer = await s.gives.insert(account, makeItem({ kind: 'event', createdAt: addDays(T0, 1), note: 'Free' }));
      await s.gives.insert(other, makeItem({ title: 'Not yours' }));
      expect(older).toMatchObject({ title: 'Older', topics: [], url: 'https://example.org/forms', note: null });
      expect((await s.gives.list(account)).map((g) => g.title)).toEqual(['Inclusive forms', 'Older']);
      expect(await s.gives.get(other, newer.id)).toBeNull();

      const changed = await s.gives.update(account, newer.id, { topics: ['a11y'], url: null }, addDays(T0, 2));
      expect(changed).toMatchObject({
        kind: 'event',
        topics: ['a11y'],
        url: null,
        note: 'Free',
        updatedAt: addDays(T0, 2),
      });
      expect(await s.gives.update(other, newer.id, { title: 'Stolen' }, T0)).toBeNull();
      expect(await s.gives.delete(other, newer.id)).toBe(false);
      expect(await s.gives.delete(account, newer.id)).toBe(true);
      expect((await s.gives.list(account)).map((g) => g.id)).toEqual([older.id]);
    });

    it('knows what was sent to whom, and keeps the interaction without the link when the item goes', async () => {
      const s = await engine.open();
      const account = await newAccount(s);
      const [ana, bo] = [makeContact({ name: 'Ana' }), makeContact({ name: 'Bo' })];
      for (const c of [ana, bo]) await s.contacts.insert(account, c);
      const item = await s.gives.insert(account, makeItem());
      const sent = await s.interactions.insert(
        account,
        makeInteraction([ana.id], {
          value: 'give',
          giveKind: 'article',
          giveItemId: item.id,
          occurredAt: addDays(T0, 3),
        }),
      );
      expect(sent.giveItemId).toBe(item.id);
      // Something they sent the user does not count as sent to them.
      await s.interactions.insert(
        account,
        makeInteraction([bo.id], { direction: 'in', value: 'give', giveItemId: item.id }),
      );
      expect(await s.gives.sentTo(account, [ana.id, bo.id])).toEqual([
        { contactId: ana.id, giveItemId: item.id, occurredAt: addDays(T0, 3) },
      ]);
      expect(await s.gives.sentTo(await newAccount(s), [ana.id])).toEqual([]);

      expect(await s.gives.delete(account, item.id)).toBe(true);
      expect((await s.interactions.get(account, sent.id))?.giveItemId).toBeNull();
      expect((await s.contacts.get(account, ana.id))?.summary.gives).toBe(1);
      expect(await s.gives.sentTo(account, [ana.id])).toEqual([]);
    });

    it('refuses a link to an item of another account, writing nothing', async () => {
      const s = await engine.open();
      const account = await newAccount(s);
      const other = await newAccount(s);
      const ana = makeContact();
      await s.contacts.insert(account, ana);
      const theirs = await s.gives.insert(other, makeItem());
      await expect(
        s.interactions.insert(account, makeInteraction([ana.id], { value: 'give', giveItemId: theirs.id })),
      ).rejects.toMatchObject({ code: 'not_found' });
      expect((await s.interactions.listForContact(account, ana.id, 10)).items).toEqual([]);
      expect((await s.contacts.get(account, ana.id))?.summary.interactionCount).toBe(0);
    });
  });

  describe('backup of the library', () => {
    it('carries library items, own questions and the give links to another account', async () => {
      const s = await engine.open();
      const account = await newAccount(s);
      const ana = makeContact();
      await s.contacts.insert(account, ana);
      const item = await s.gives.insert(account, makeItem({ note: 'Chapter 2' }));
      await s.interactions.insert(account, makeInteraction([ana.id], { value: 'give', giveItemId: item.id }));
      const question = await s.questions.insert(account, { id: newId('q'), text: '¿Primera?', createdAt: T0 });

      const target = await newAccount(s);
      const counts = await s.backup.load(target, await s.backup.dump(account));
      expect(counts).toMatchObject({ giveItems: 1, questions: 1, interactions: 1 });
      expect(await s.gives.list(target)).toEqual([item]);
      expect(await s.questions.list(target)).toEqual([question]);
      expect(await s.gives.sentTo(target, [ana.id])).toEqual([
        { contactId: ana.id, giveItemId: item.id, occurredAt: T0 },
      ]);
    });
  });

  describe('own questions', () => {
    it('lists them oldest first per account and deletes them', async () => {
      const s = await engine.open();
      const account = await newAccount(s);
      const other = await newAccount(s);
      const second = await s.questions.insert(account, { id: newId('q'), text: 'Second?', createdAt: addDays(T0, 1) });
      const first = await s.questions.insert(account, { id: newId('q'), text: '¿Primera?', createdAt: T0 });
      await s.questions.insert(other, { id: newId('q'), text: 'Not yours?', createdAt: T0 });
      expect(await s.questions.list(account)).toEqual([first, second]);
      expect(await s.questions.delete(other, first.id)).toBe(false);
      expect(await s.questions.delete(account, first.id)).toBe(true);
      expect((await s.questions.list(account)).map((q) => q.text)).toEqual(['Second?']);
    });
  });
});
