// Duplicate dismissals on both engines: unordered pairs per account, idempotent, and what a merge
// (and its undo) does to them: they follow the contact that stays and come back with an undo.
import { describe, expect, it } from 'vitest';
import { mergeContactFields, type NewContactRecord } from '@nexo/core';
import type { Storage } from './index.js';
import { forEachEngine } from './test-support/engines.js';
import { makeContact, newAccount, newId, T0 } from './test-support/factories.js';

const normalize = (raw: string) => raw.replace(/[^\d+]/g, '');

/** Inserts one contact per entry (a day apart, in order) and returns their ids by the same keys. */
async function people<K extends string>(
  s: Storage,
  account: string,
  names: Record<K, string>,
): Promise<Record<K, string>> {
  const ids = {} as Record<K, string>;
  for (const [i, [key, name]] of (Object.entries(names) as [K, string][]).entries()) {
    const c: NewContactRecord = makeContact({ name, createdAt: `2026-01-0${i + 1}T09:00:00.000Z` });
    await s.contacts.insert(account, c);
    ids[key] = c.id;
  }
  return ids;
}

/** Folds `otherId` into `keepId` as merges.create does. */
async function merge(s: Storage, account: string, keepId: string, otherId: string) {
  const keep = await s.contacts.get(account, keepId);
  const other = await s.contacts.get(account, otherId);
  if (!keep || !other) throw new Error('missing contact');
  return s.merges.merge(account, {
    id: newId('m'),
    keepId,
    otherId,
    fields: mergeContactFields(keep, other, normalize, {}),
    createdAt: T0,
  });
}

const pairsOf = async (s: Storage, account: string) =>
  (await s.dismissals.all(account)).map((d) => [d.aId, d.bId].sort().join('+')).sort();
const pair = (x: string, y: string) => [x, y].sort().join('+');

forEachEngine((engine) => {
  describe('duplicate dismissals', () => {
    it('stores an unordered pair once: dismissing again, either way round, keeps the first record', async () => {
      const s = await engine.open();
      const account = await newAccount(s);
      const { ana, bea } = await people(s, account, { ana: 'Ana', bea: 'Bea' });
      const first = await s.dismissals.dismiss(account, { aId: bea, bId: ana, createdAt: T0 });
      expect(first.created).toBe(true);
      expect([first.dismissal.aId, first.dismissal.bId]).toEqual([ana, bea].sort());
      const again = await s.dismissals.dismiss(account, { aId: ana, bId: bea, createdAt: '2026-02-01T00:00:00.000Z' });
      expect(again).toEqual({ dismissal: first.dismissal, created: false });
      expect(first.dismissal.createdAt).toBe(T0);
      expect(await s.dismissals.list(account, 10)).toEqual([first.dismissal]);
    });

    it('answers not_found for an unknown contact, or one of another account, and writes nothing', async () => {
      const s = await engine.open();
      const account = await newAccount(s);
      const stranger = await newAccount(s);
      const { ana } = await people(s, account, { ana: 'Ana' });
      const { theirs } = await people(s, stranger, { theirs: 'Bea' });
      await expect(s.dismissals.dismiss(account, { aId: ana, bId: 'nobody', createdAt: T0 })).rejects.toMatchObject({
        code: 'not_found',
        details: { id: 'nobody' },
      });
      await expect(s.dismissals.dismiss(account, { aId: ana, bId: theirs, createdAt: T0 })).rejects.toMatchObject({
        code: 'not_found',
      });
      expect(await s.dismissals.all(account)).toEqual([]);
    });

    it('keeps accounts apart, lists newest first and undoes a pair given either way round', async () => {
      const s = await engine.open();
      const account = await newAccount(s);
      const other = await newAccount(s);
      const { ana, bea, caio } = await people(s, account, { ana: 'Ana', bea: 'Bea', caio: 'Caio' });
      const { x, y } = await people(s, other, { x: 'Xu', y: 'Yara' });
      await s.dismissals.dismiss(account, { aId: ana, bId: bea, createdAt: T0 });
      await s.dismissals.dismiss(account, { aId: caio, bId: ana, createdAt: '2026-03-01T00:00:00.000Z' });
      await s.dismissals.dismiss(other, { aId: x, bId: y, createdAt: T0 });
      expect((await s.dismissals.list(account, 10)).map((d) => pair(d.aId, d.bId))).toEqual([
        pair(ana, caio),
        pair(ana, bea),
      ]);
      expect(await s.dismissals.undo(account, x, y)).toBeNull();
      expect(await s.dismissals.undo(account, bea, ana)).toMatchObject({ createdAt: T0 });
      expect(await s.dismissals.undo(account, bea, ana)).toBeNull();
      expect(await pairsOf(s, account)).toEqual([pair(ana, caio)]);
      expect(await pairsOf(s, other)).toEqual([pair(x, y)]);
    });

    it('follows the contact that stays when one of the pair is merged into a third, and returns on undo', async () => {
      const s = await engine.open();
      const account = await newAccount(s);
      const { ana, bea, ana2 } = await people(s, account, { ana: 'Ana', bea: 'Bea', ana2: 'Ana Souza' });
      await s.dismissals.dismiss(account, { aId: ana, bId: bea, createdAt: T0 });

      // Ana is folded into "Ana Souza": Ana Souza is not Bea either.
      const m = await merge(s, account, ana2, ana);
      expect(await pairsOf(s, account)).toEqual([pair(ana2, bea)]);
      expect((await s.dismissals.all(account))[0]?.createdAt).toBe(T0);
      await s.merges.undo(account, m.id, T0);
      expect(await pairsOf(s, account)).toEqual([pair(ana, bea)]);

      // The other way round: "Ana Souza" folded into Ana changes nothing about Ana and Bea.
      const m2 = await merge(s, account, ana, ana2);
      expect(await pairsOf(s, account)).toEqual([pair(ana, bea)]);
      await s.merges.undo(account, m2.id, T0);
      expect(await pairsOf(s, account)).toEqual([pair(ana, bea)]);
    });

    it('drops the dismissal when the pair itself is merged anyway, and an undo brings it back', async () => {
      const s = await engine.open();
      const account = await newAccount(s);
      const { ana, bea, caio } = await people(s, account, { ana: 'Ana', bea: 'Bea', caio: 'Caio' });
      await s.dismissals.dismiss(account, { aId: ana, bId: bea, createdAt: T0 });
      await s.dismissals.dismiss(account, { aId: bea, bId: caio, createdAt: T0 });
      await s.dismissals.dismiss(account, { aId: ana, bId: caio, createdAt: T0 });
      const m = await merge(s, account, ana, bea);
      // Ana–Bea is gone (one person now); Bea–Caio and Ana–Caio were the same decision: one remains.
      expect(await pairsOf(s, account)).toEqual([pair(ana, caio)]);
      await s.merges.undo(account, m.id, T0);
      expect(await pairsOf(s, account)).toEqual([pair(ana, bea), pair(ana, caio), pair(bea, caio)].sort());
    });

    it('does not bring back, on a merge undo, a carried-over dismissal the user took back since', async () => {
      const s = await engine.open();
      const account = await newAccount(s);
      const { ana, bea, ana2 } = await people(s, account, { ana: 'Ana', bea: 'Bea', ana2: 'Ana Souza' });
      await s.dismissals.dismiss(account, { aId: ana, bId: bea, createdAt: T0 });
      const m = await merge(s, account, ana2, ana);
      expect(await s.dismissals.undo(account, ana2, bea)).not.toBeNull();
      await s.merges.undo(account, m.id, T0);
      expect(await pairsOf(s, account)).toEqual([]);
    });

    it('goes with a contact that is deleted', async () => {
      const s = await engine.open();
      const account = await newAccount(s);
      const { ana, bea } = await people(s, account, { ana: 'Ana', bea: 'Bea' });
      await s.dismissals.dismiss(account, { aId: ana, bId: bea, createdAt: T0 });
      await s.db.deleteFrom('contacts').where('accountId', '=', account).where('id', '=', bea).execute();
      expect(await s.dismissals.all(account)).toEqual([]);
    });
  });
});
