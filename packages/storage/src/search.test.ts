import { describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import type { Storage } from './index.js';
import { forEachEngine } from './test-support/engines.js';
import { makeContact, newAccount, T0 } from './test-support/factories.js';

const now = new Date(T0);

async function search(s: Storage, account: string, query: string): Promise<string[]> {
  return (await s.contacts.list(account, { search: query, limit: 50 }, now)).items.map((c) => c.name);
}

forEachEngine((engine) => {
  describe('search', () => {
    async function seeded() {
      const s = await engine.open();
      const account = await newAccount(s);
      const people = [
        makeContact({ name: 'José Álvarez', company: 'Telefónica', tags: ['fintech'] }),
        makeContact({ name: 'Joseph Miller', role: 'CTO', emails: ['joe@miller.dev'] }),
        makeContact({ name: 'Ana Josefina Ruiz', notes: 'Knows everyone at the Lisbon Web Summit' }),
        makeContact({ name: 'Zoë Ng', company: 'Acme Robotics', tags: ['robots', 'hardware'] }),
        makeContact({ name: 'Bo Li', notes: '100% remote_first' }),
        makeContact({ name: 'Old Friend', archived: true, company: 'Telefónica' }),
      ];
      for (const p of people) await s.contacts.insert(account, p);
      return { s, account };
    }

    it('ignores accents and case', async () => {
      const { s, account } = await seeded();
      expect(await search(s, account, 'Jose')).toEqual(['José Álvarez', 'Joseph Miller', 'Ana Josefina Ruiz']);
      expect(await search(s, account, 'ÁLVAREZ')).toEqual(['José Álvarez']);
      expect(await search(s, account, 'zoe')).toEqual(['Zoë Ng']);
    });

    it('matches every word of a multi-word query, in any field', async () => {
      const { s, account } = await seeded();
      expect(await search(s, account, 'jose alv')).toEqual(['José Álvarez']);
      expect(await search(s, account, 'alv jose')).toEqual(['José Álvarez']);
      expect(await search(s, account, 'jose telefonica')).toEqual(['José Álvarez']);
      expect(await search(s, account, 'jose robotics')).toEqual([]);
    });

    it('finds by company, role, notes, tag and e-mail, never archived contacts', async () => {
      const { s, account } = await seeded();
      expect(await search(s, account, 'telefon')).toEqual(['José Álvarez']);
      expect(await search(s, account, 'cto')).toEqual(['Joseph Miller']);
      expect(await search(s, account, 'web summit')).toEqual(['Ana Josefina Ruiz']);
      expect(await search(s, account, 'robots')).toEqual(['Zoë Ng']);
      expect(await search(s, account, 'miller.dev')).toEqual(['Joseph Miller']);
      expect(await search(s, account, 'fintech')).toEqual(['José Álvarez']);
    });

    it('finds a given or family name the display name leaves out, and is not thrown by one it holds', async () => {
      const s = await engine.open();
      const account = await newAccount(s);
      await s.contacts.insert(
        account,
        makeContact({ name: 'Beto Ramírez', givenName: 'Alberto', familyName: 'Ramírez Soto' }),
      );
      await s.contacts.insert(account, makeContact({ name: 'Carla Dias', givenName: 'Carla', familyName: 'Dias' }));
      expect(await search(s, account, 'alberto')).toEqual(['Beto Ramírez']);
      expect(await search(s, account, 'soto')).toEqual(['Beto Ramírez']);
      expect(await search(s, account, 'carla dias')).toEqual(['Carla Dias']);
      expect(await search(s, account, 'dias carla')).toEqual(['Carla Dias']);
    });

    it('treats LIKE wildcards and quotes as plain text', async () => {
      const { s, account } = await seeded();
      expect(await search(s, account, '100%')).toEqual(['Bo Li']);
      expect(await search(s, account, 'remote_first')).toEqual(['Bo Li']);
      expect(await search(s, account, 'remot_')).toEqual([]);
      expect(await search(s, account, '0%r')).toEqual([]);
      expect(await search(s, account, '"jose')).toEqual([]);
    });

    it('matches 1-2 character queries on the start of a word of the name', async () => {
      const { s, account } = await seeded();
      expect(await search(s, account, 'j')).toEqual(['José Álvarez', 'Joseph Miller', 'Ana Josefina Ruiz']);
      expect(await search(s, account, 'ng')).toEqual(['Zoë Ng']);
      expect(await search(s, account, 'bo')).toEqual(['Bo Li']);
      // "li" starts the word "Li", not the middle of "Miller" or "Lisbon" in the notes.
      expect(await search(s, account, 'li')).toEqual(['Bo Li']);
      expect(await search(s, account, 'jose a')).toEqual(['José Álvarez', 'Ana Josefina Ruiz']);
    });

    it('ranks name prefix matches first, then by name', async () => {
      const s = await engine.open();
      const account = await newAccount(s);
      for (const name of ['Maria Anders', 'Anders Berg', 'Carla Andersen', 'andersson Dahl']) {
        await s.contacts.insert(account, makeContact({ name }));
      }
      expect(await search(s, account, 'ander')).toEqual([
        'Anders Berg',
        'andersson Dahl',
        'Carla Andersen',
        'Maria Anders',
      ]);
    });

    it('pages through search results without duplicates', async () => {
      const s = await engine.open();
      const account = await newAccount(s);
      for (let i = 0; i < 9; i++)
        await s.contacts.insert(account, makeContact({ name: i % 2 ? `Ana ${i}` : `Bea Ana ${i}` }));
      const seen: string[] = [];
      let cursor: string | null = null;
      do {
        const page = await s.contacts.list(account, { search: 'ana', limit: 4, cursor }, now);
        seen.push(...page.items.map((c) => c.name));
        cursor = page.nextCursor;
      } while (cursor);
      expect(seen).toEqual([
        'Ana 1',
        'Ana 3',
        'Ana 5',
        'Ana 7',
        'Bea Ana 0',
        'Bea Ana 2',
        'Bea Ana 4',
        'Bea Ana 6',
        'Bea Ana 8',
      ]);
    });

    it('follows edits: a renamed contact is found by its new name only', async () => {
      const { s, account } = await seeded();
      const [zoe] = (await s.contacts.list(account, { search: 'zoe', limit: 1 }, now)).items;
      await s.contacts.update(account, zoe?.id ?? '', { name: 'Zoltan Nagy', tags: [] }, T0);
      expect(await search(s, account, 'zoe')).toEqual([]);
      expect(await search(s, account, 'robots')).toEqual([]);
      expect(await search(s, account, 'zolt')).toEqual(['Zoltan Nagy']);
    });

    it('never returns contacts of another account', async () => {
      const { s } = await seeded();
      const other = await newAccount(s);
      expect(await search(s, other, 'jose')).toEqual([]);
      expect(await search(s, other, 'j')).toEqual([]);
    });

    // Only SQLite keys its search index by rowid, so only there can VACUUM break it.
    if (engine.name === 'sqlite') {
      it('still finds the right contacts after deletions and VACUUM', async () => {
        const opts = await engine.freshOptions();
        const { openStorage } = await import('./index.js');
        const s = await openStorage(opts);
        try {
          const account = await newAccount(s);
          for (let i = 0; i < 20; i++)
            await s.contacts.insert(account, makeContact({ id: `c${i}`, name: `Person ${i} Tag${i}` }));
          await s.db
            .deleteFrom('contacts')
            .where('accountId', '=', account)
            .where('id', 'in', ['c1', 'c2', 'c3', 'c7'])
            .execute();
          await sql`vacuum`.execute(s.db);
          expect(await search(s, account, 'tag12')).toEqual(['Person 12 Tag12']);
          await s.contacts.update(account, 'c12', { name: 'Renamed' }, T0);
          expect(await search(s, account, 'tag12')).toEqual([]);
          expect(await search(s, account, 'renamed')).toEqual(['Renamed']);
        } finally {
          await s.close();
        }
      });
    }
  });
});
