import { describe, expect, it } from 'vitest';
import { assessRelationship, defaultSettings, type ContactFilter } from '@nexo/core';
import type { Storage } from './index.js';
import { forEachEngine } from './test-support/engines.js';
import { addDays, makeContact, makeInteraction, newAccount, T0 } from './test-support/factories.js';

/** Every name of a listing by health at `now`, walking all pages of `pageSize`. */
async function walk(
  s: Storage,
  account: string,
  filter: Omit<ContactFilter, 'limit' | 'sort'>,
  now: Date,
  pageSize = 2,
): Promise<string[]> {
  const names: string[] = [];
  let cursor: string | null = null;
  do {
    const page = await s.contacts.list(account, { ...filter, sort: 'health', limit: pageSize, cursor }, now);
    expect(page.items.length).toBeLessThanOrEqual(pageSize);
    names.push(...page.items.map((c) => c.name));
    cursor = page.nextCursor;
  } while (cursor);
  return names;
}

forEachEngine((engine) => {
  describe('contact list sorted by health', () => {
    async function seeded() {
      const s = await engine.open();
      const account = await newAccount(s);
      const add = async (
        name: string,
        tier: 'inner' | 'key' | 'network',
        talks: [number, 'out' | 'both', 'give' | 'neutral'][],
      ) => {
        const c = makeContact({ name, tier, company: name === 'Dora' ? 'Acme' : null });
        await s.contacts.insert(account, c);
        for (const [day, direction, value] of talks) {
          await s.interactions.insert(
            account,
            makeInteraction([c.id], { occurredAt: addDays(T0, day), direction, value }),
          );
        }
        return c.id;
      };
      await add('Ana', 'key', [
        [10, 'both', 'give'],
        [40, 'both', 'neutral'],
        [95, 'both', 'give'],
      ]);
      await add('Bruno', 'inner', [[50, 'out', 'neutral']]);
      await add('Carla', 'network', []);
      await add('Dora', 'network', [[90, 'both', 'neutral']]);
      await add('Edu', 'network', []);
      await add('Fia', 'key', [[80, 'both', 'give']]);
      return { s, account };
    }

    /** The names ordered by core's health at `now`, weakest first, ties by name. */
    async function expectedOrder(s: Storage, account: string, now: Date): Promise<string[]> {
      const all = await s.contacts.list(account, { limit: 50 }, now);
      return all.items
        .map((c) => ({ name: c.name, score: assessRelationship(c, defaultSettings, now).health.score }))
        .sort((a, b) => a.score - b.score || a.name.localeCompare(b.name))
        .map((c) => c.name);
    }

    it("lists the weakest relationships first, by core's health at the request's clock, across pages", async () => {
      const { s, account } = await seeded();
      const now = new Date(addDays(T0, 100));
      const order = await expectedOrder(s, account, now);
      // Never contacted first (tied, by name), the long-silent inner contact next, the strongest last.
      expect(order.slice(0, 2)).toEqual(['Carla', 'Edu']);
      expect(order.at(-1)).toBe('Ana');
      expect(await walk(s, account, {}, now)).toEqual(order);
      expect(await walk(s, account, {}, now, 50)).toEqual(order);
    });

    it('moves people as time passes: health is computed when read, not stored', async () => {
      const { s, account } = await seeded();
      const soon = new Date(addDays(T0, 100));
      const later = new Date(addDays(T0, 400));
      const before = await walk(s, account, {}, soon);
      const after = await walk(s, account, {}, later);
      expect(after).toEqual(await expectedOrder(s, account, later));
      expect(after).not.toEqual(before);
    });

    it('keeps the filters and the search', async () => {
      const { s, account } = await seeded();
      const now = new Date(addDays(T0, 100));
      const order = await expectedOrder(s, account, now);
      const network = ['Carla', 'Dora', 'Edu'];
      expect(await walk(s, account, { tier: 'network' }, now)).toEqual(order.filter((n) => network.includes(n)));
      expect(await walk(s, account, { search: 'acme' }, now)).toEqual(['Dora']);
      expect(await walk(s, account, {}, now)).not.toContain('Nobody');
    });

    it('refuses a cursor of another sort', async () => {
      const { s, account } = await seeded();
      const now = new Date(addDays(T0, 100));
      const byName = await s.contacts.list(account, { limit: 1 }, now);
      await expect(
        s.contacts.list(account, { sort: 'health', limit: 1, cursor: byName.nextCursor }, now),
      ).rejects.toMatchObject({ code: 'validation_failed' });
    });
  });
});
