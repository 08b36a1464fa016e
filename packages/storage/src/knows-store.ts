/** The KnowsStore port: undirected knows-edges between two contacts, stored with contact_a < contact_b. */
import { AppError, notFound, type KnowsEdge, type KnowsStore, type KnowsStrength } from '@nexo/core';
import type { Selectable } from 'kysely';
import type { StorageContext } from './database.js';
import type { KnowsEdgesTable } from './schema.js';
import { iso } from './contact-row.js';
import { prepared } from './prepared.js';

/** Orders the pair the way it is stored. */
export function orderPair(x: string, y: string): [string, string] {
  return x < y ? [x, y] : [y, x];
}

/** The KnowsStore of one database. */
export function createKnowsStore(ctx: StorageContext): KnowsStore {
  const peopleKnown = prepared({ accountId: '', contactId: '' }, (a) =>
    ctx.db
      .selectFrom('knowsEdges as e')
      .innerJoin('contacts as c', (join) =>
        join
          .onRef('c.accountId', '=', 'e.accountId')
          .on((eb) =>
            eb(
              'c.id',
              '=',
              eb
                .case()
                .when('e.contactA', '=', a.contactId)
                .then(eb.ref('e.contactB'))
                .else(eb.ref('e.contactA'))
                .end(),
            ),
          ),
      )
      .select(['c.id as contactId', 'c.name', 'c.company', 'e.strength', 'e.how', 'e.createdAt'])
      .where('e.accountId', '=', a.accountId)
      .where((eb) => eb.or([eb('e.contactA', '=', a.contactId), eb('e.contactB', '=', a.contactId)]))
      .orderBy('e.createdAt')
      .orderBy('e.contactA')
      .orderBy('e.contactB'),
  );
  return {
    /**
     * @throws AppError `validation_failed` for an edge from a contact to itself, `not_found` naming a
     *   missing contact.
     */
    async upsert(accountId, edge) {
      const [contactA, contactB] = orderPair(edge.contactA, edge.contactB);
      if (contactA === contactB) {
        const message = 'A contact cannot know themselves.';
        throw new AppError('validation_failed', message, { issues: [{ field: 'knowsContactId', message }] });
      }
      return ctx.db.transaction().execute(async (trx) => {
        const found = await trx
          .selectFrom('contacts')
          .select('id')
          .where('accountId', '=', accountId)
          .where('id', 'in', [contactA, contactB])
          .execute();
        const missing = [edge.contactA, edge.contactB].find((id) => !found.some((r) => r.id === id));
        if (missing !== undefined) throw notFound('contact', missing);
        const values = { strength: edge.strength, how: edge.how };
        await trx
          .insertInto('knowsEdges')
          .values({ accountId, contactA, contactB, ...values, createdAt: iso(edge.createdAt) })
          .onConflict((oc) => oc.columns(['accountId', 'contactA', 'contactB']).doUpdateSet(values))
          .execute();
        const row = await trx
          .selectFrom('knowsEdges')
          .selectAll()
          .where('accountId', '=', accountId)
          .where('contactA', '=', contactA)
          .where('contactB', '=', contactB)
          .executeTakeFirstOrThrow();
        return toEdge(row);
      });
    },

    async listForContact(accountId, contactId) {
      const rows = await ctx.db
        .selectFrom('knowsEdges')
        .selectAll()
        .where('accountId', '=', accountId)
        .where((eb) => eb.or([eb('contactA', '=', contactId), eb('contactB', '=', contactId)]))
        .orderBy('createdAt')
        .orderBy('contactA')
        .orderBy('contactB')
        .execute();
      return rows.map(toEdge);
    },

    async listPeopleKnown(accountId, contactId) {
      const rows = await peopleKnown.execute(ctx.db, { accountId, contactId });
      return rows.map((r) => ({
        contactId: r.contactId,
        name: r.name,
        company: r.company,
        strength: r.strength as KnowsStrength,
        how: r.how,
        createdAt: r.createdAt,
      }));
    },

    async delete(accountId, x, y) {
      const [contactA, contactB] = orderPair(x, y);
      const result = await ctx.db
        .deleteFrom('knowsEdges')
        .where('accountId', '=', accountId)
        .where('contactA', '=', contactA)
        .where('contactB', '=', contactB)
        .executeTakeFirst();
      return result.numDeletedRows > 0n;
    },
  };
}

function toEdge(row: Selectable<KnowsEdgesTable>): KnowsEdge {
  return {
    contactA: row.contactA,
    contactB: row.contactB,
    strength: row.strength as KnowsStrength,
    how: row.how,
    createdAt: row.createdAt,
  };
}
