import { describe, expect, it } from 'vitest';
import type { ContactFilter } from '@nexo/core';
import type { Storage } from './index.js';
import { forEachEngine } from './test-support/engines.js';
import { addDays, makeContact, makeInteraction, newAccount, T0 } from './test-support/factories.js';

const now = new Date(addDays(T0, 100));

/** Every name of a listing, walking all pages of `pageSize`. */
async function walk(
  s: Storage,
  account: string,
  filter: Omit<ContactFilter, 'limit'>,
  pageSize = 3,
): Promise<string[]> {
  const names: string[] = [];
  let cursor: string | null = null;
  do {
    const page = await s.contacts.list(account, { ...filter, limit: pageSize, cursor }, now);
    expect(page.items.length).toBeLessThanOrEqual(pageSize);
    names.push(...page.items.map((c) => c.name));
    cursor = page.nextCursor;
  } while (cursor);
  return names;
}

forEachEngine((engine) => {
  describe('contact list', () => {
    /** Ten contacts with varied fields; some share a name, created time or last interaction. */
    async function seeded() {
      const s = await engine.open();
      const account = await newAccount(s);
      const specs = [
        {
          name: 'Ángela',
          circle: 'personal',
          tier: 'inner',
          context: 'family',
          tags: ['chess'],
          created: 0,
          talked: 90,
        },
        {
          name: 'bruno',
          circle: 'professional',
          tier: 'key',
          context: 'work',
          tags: ['chess', 'go'],
          created: 1,
          talked: 10,
        },
        { name: 'Carla', circle: 'both', tier: 'network', context: 'work', tags: [], created: 1, talked: 90 },
        { name: 'Dario', circle: 'professional', tier: 'wide', context: null, tags: ['go'], created: 2, talked: null },
        { name: 'Dario', circle: 'professional', tier: 'wide', context: null, tags: [], created: 3, talked: null },
        { name: 'Eva', circle: 'personal', tier: 'inner', context: 'friend', tags: [], created: 4, talked: 50 },
        {
          name: 'Fabio',
          circle: 'professional',
          tier: 'network',
          context: 'event',
          tags: [],
          created: 5,
          talked: null,
        },
        { name: 'Gia', circle: 'professional', tier: 'key', context: 'work', tags: [], created: 6, talked: 95 },
        { name: 'Hugo', circle: 'professional', tier: 'network', context: 'work', tags: [], created: 7, talked: null },
        {
          name: 'Zed Archived',
          circle: 'professional',
          tier: 'key',
          context: 'work',
          tags: ['chess'],
          created: 8,
          talked: 99,
          archived: true,
        },
      ] as const;
      for (const spec of specs) {
        const c = makeContact({
          name: spec.name,
          circle: spec.circle,
          tier: spec.tier,
          context: spec.context,
          tags: [...spec.tags],
          createdAt: addDays(T0, spec.created),
          archived: 'archived' in spec,
        });
        await s.contacts.insert(account, c);
        if (spec.talked !== null) {
          await s.interactions.insert(
            account,
            makeInteraction([c.id], { occurredAt: addDays(T0, spec.talked), direction: 'both' }),
          );
        }
      }
      return { s, account };
    }

    it('sorts by folded name by default, across pages without duplicates or gaps', async () => {
      const { s, account } = await seeded();
      const all = await walk(s, account, {});
      expect(all).toEqual(['Ángela', 'bruno', 'Carla', 'Dario', 'Dario', 'Eva', 'Fabio', 'Gia', 'Hugo']);
      for (const size of [1, 2, 4, 9, 50]) expect(await walk(s, account, { sort: 'name' }, size)).toEqual(all);
    });

    it('sorts by most recent interaction, never-contacted last', async () => {
      const { s, account } = await seeded();
      const names = await walk(s, account, { sort: 'recent' }, 2);
      expect(names.slice(0, 5)).toEqual(['Gia', expect.any(String), expect.any(String), 'Eva', 'bruno']);
      expect(new Set(names.slice(1, 3))).toEqual(new Set(['Ángela', 'Carla']));
      expect(new Set(names.slice(5))).toEqual(new Set(['Dario', 'Fabio', 'Hugo']));
      expect(names).toHaveLength(9);
      expect(await walk(s, account, { sort: 'recent' }, 1)).toEqual(names);
    });

    it('sorts by creation, newest first, and by due date, soonest first', async () => {
      const { s, account } = await seeded();
      const created = await walk(s, account, { sort: 'created' }, 2);
      expect(created.slice(0, 3)).toEqual(['Hugo', 'Gia', 'Fabio']);
      expect(created.slice(-3, -1).sort()).toEqual(['Carla', 'bruno']);
      expect(created.at(-1)).toBe('Ángela');
      const due = await s.contacts.list(account, { sort: 'due', limit: 50 }, now);
      const dueAts = due.items.map((c) => c.dueAt);
      expect(dueAts).toEqual([...dueAts].sort());
      expect(await walk(s, account, { sort: 'due' }, 2)).toEqual(due.items.map((c) => c.name));
    });

    it('filters by circle, tier, context, tag, stage and due', async () => {
      const { s, account } = await seeded();
      expect(await walk(s, account, { circle: 'personal' })).toEqual(['Ángela', 'Eva']);
      expect(await walk(s, account, { tier: 'key' })).toEqual(['bruno', 'Gia']);
      expect(await walk(s, account, { context: 'work' })).toEqual(['bruno', 'Carla', 'Gia', 'Hugo']);
      expect(await walk(s, account, { tag: 'chess' })).toEqual(['Ángela', 'bruno']);
      expect(await walk(s, account, { tag: 'CHESS', tier: 'inner' })).toEqual(['Ángela']);
      expect(await walk(s, account, { stage: 'first-contact' })).toEqual(['Ángela', 'bruno', 'Carla', 'Eva', 'Gia']);
      expect(await walk(s, account, { stage: 'none' })).toEqual(['Dario', 'Dario', 'Fabio', 'Hugo']);
      // Due by `now` (day 100): inner 14 days after day 90/50, key 30 after day 10, never-contacted 90+ after creation.
      expect(await walk(s, account, { due: true })).toEqual(['bruno', 'Eva', 'Fabio', 'Hugo']);
    });

    it('leaves archived contacts out unless asked', async () => {
      const { s, account } = await seeded();
      expect(await walk(s, account, { archived: 'only' })).toEqual(['Zed Archived']);
      expect(await walk(s, account, { archived: true })).toContain('Zed Archived');
      expect(await walk(s, account, { archived: true })).toHaveLength(10);
      expect(await walk(s, account, { archived: false, tag: 'chess' })).toEqual(['Ángela', 'bruno']);
    });

    it('rejects a malformed cursor, or one from another sort, naming the cursor', async () => {
      const { s, account } = await seeded();
      for (const cursor of ['not-base64!', Buffer.from('{"a":1}').toString('base64url')]) {
        await expect(s.contacts.list(account, { limit: 2, cursor }, now)).rejects.toMatchObject({
          code: 'validation_failed',
          details: { issues: [{ field: 'cursor' }] },
        });
      }
      const page = await s.contacts.list(account, { limit: 2, sort: 'name' }, now);
      await expect(
        s.contacts.list(account, { limit: 2, sort: 'due', cursor: page.nextCursor }, now),
      ).rejects.toMatchObject({
        code: 'validation_failed',
      });
    });
  });
});
