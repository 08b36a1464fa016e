// The import session on both engines: while it runs, SQLite's search triggers are set aside and the
// search index is brought up to date in bulk; what it finds afterwards must be exactly what is stored.
import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import type { Contact, ImportBatch } from '@nexo/core';
import type { Storage } from './index.js';
import { forEachEngine } from './test-support/engines.js';
import { makeContact, newAccount, T0 } from './test-support/factories.js';

const now = new Date(T0);

function batch(id: string): ImportBatch {
  return {
    id,
    format: 'json',
    fileName: null,
    records: 2,
    created: 1,
    updated: 1,
    duplicates: 0,
    failed: 0,
    skipped: 0,
    problemCount: 0,
    createdAt: T0,
    undoneAt: null,
  };
}

async function names(s: Storage, account: string, query: string): Promise<string[]> {
  return (await s.contacts.list(account, { search: query, limit: 50 }, now)).items.map((c) => c.name);
}

forEachEngine((engine) => {
  describe('import session and search', () => {
    it('finds what an import created and updated by their final fields, once each, and indexes later writes', async () => {
      const s = await engine.open();
      const account = await newAccount(s);
      const known = makeContact({ name: 'Ana Souza', company: 'Freelance' });
      await s.contacts.insert(account, known);
      const fresh = makeContact({ name: 'Bruno Lima', company: 'Acme', role: 'Engineer' });

      await s.imports.run(account, async (session) => {
        await session.startBatch(batch('b1'));
        await session.insertContacts([fresh]);
        // A contact that existed before the import, and one the import created, both updated by it.
        const [ana] = await session.getContacts([known.id]);
        const [bruno] = await session.getContacts([fresh.id]);
        await session.updateContacts([{ ...(ana as Contact), company: 'Nubank' }]);
        await session.updateContacts([{ ...(bruno as Contact), role: 'Tech Lead' }]);
        await session.finishBatch(batch('b1'), []);
      });

      expect(await names(s, account, 'nubank')).toEqual(['Ana Souza']);
      expect(await names(s, account, 'freelance')).toEqual([]);
      expect(await names(s, account, 'tech lead')).toEqual(['Bruno Lima']);
      expect(await names(s, account, 'engineer')).toEqual([]);
      expect(await names(s, account, 'acme')).toEqual(['Bruno Lima']);

      if (s.dialect === 'sqlite') {
        // Each contact is in the index once, and both triggers are back.
        const entries = await sql<{ rowid: number; n: number }>`select rowid, count(*) as n from contact_search
          where contact_search match ${'"lima" OR "souza"'} group by rowid`.execute(s.db);
        expect(entries.rows.map((r) => r.n)).toEqual([1, 1]);
        const triggers = await sql<{ name: string }>`select name from sqlite_master
          where type = 'trigger' and name like 'contacts_search_%' order by name`.execute(s.db);
        expect(triggers.rows.map((r) => r.name)).toEqual([
          'contacts_search_delete',
          'contacts_search_insert',
          'contacts_search_update',
        ]);
      }
      await s.contacts.update(account, known.id, { company: 'Globex' }, T0);
      await s.contacts.insert(account, makeContact({ name: 'Carla Dias', company: 'Initech' }));
      expect(await names(s, account, 'globex')).toEqual(['Ana Souza']);
      expect(await names(s, account, 'nubank')).toEqual([]);
      expect(await names(s, account, 'initech')).toEqual(['Carla Dias']);
    });

    it('leaves the search index and its triggers as they were when the import fails', async () => {
      const s = await engine.open();
      const account = await newAccount(s);
      const known = makeContact({ name: 'Ana Souza', company: 'Freelance' });
      await s.contacts.insert(account, known);
      await expect(
        s.imports.run(account, async (session) => {
          await session.startBatch(batch('b2'));
          await session.insertContacts([makeContact({ name: 'Bruno Lima', company: 'Acme' })]);
          const [ana] = await session.getContacts([known.id]);
          await session.updateContacts([{ ...(ana as Contact), company: 'Nubank' }]);
          throw new Error('the file ended half-way');
        }),
      ).rejects.toThrow('half-way');
      expect(await names(s, account, 'freelance')).toEqual(['Ana Souza']);
      expect(await names(s, account, 'nubank')).toEqual([]);
      expect(await names(s, account, 'acme')).toEqual([]);
      await s.contacts.update(account, known.id, { company: 'Globex' }, T0);
      expect(await names(s, account, 'globex')).toEqual(['Ana Souza']);
    });
  });
});
