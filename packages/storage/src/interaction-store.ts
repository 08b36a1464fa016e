/**
 * The InteractionStore port: an interaction, its links to contacts, and in the same transaction the
 * recomputed summaries of every contact it involves.
 */
import {
  AppError,
  notFound,
  type AskKind,
  type Direction,
  type GiveKind,
  type Interaction,
  type InteractionKind,
  type InteractionStore,
  type InteractionValue,
} from '@nexo/core';
import { sql, type RawBuilder, type Selectable } from 'kysely';
import { isUniqueViolation, type Dialect, type StorageContext } from './database.js';
import type { InteractionsTable } from './schema.js';
import { iso } from './contact-row.js';
import { recomputeSummaries } from './summaries.js';
import { decodeCursor, encodeCursor } from './cursor.js';
import { prepared } from './prepared.js';

/** The InteractionStore of one database. */
export function createInteractionStore(ctx: StorageContext): InteractionStore {
  type Links = ReturnType<typeof timelineLinks>;
  const timelineLinks = (accountId: string, contactId: string) =>
    ctx.db
      .selectFrom('interactionContacts')
      .select(['interactionId', 'occurredAt'])
      .where('accountId', '=', accountId)
      .where('contactId', '=', contactId);
  const timeline = (from: Links, account: string, want: number) =>
    ctx.db
      .selectFrom(from.orderBy('occurredAt', 'desc').orderBy('interactionId', 'desc').limit(want).as('ic'))
      .innerJoin('interactions as i', (join) =>
        join.on('i.accountId', '=', account).onRef('i.id', '=', 'ic.interactionId'),
      )
      .selectAll('i')
      .select(participantIds(ctx.dialect).as('contactIds'))
      .orderBy('ic.occurredAt', 'desc')
      .orderBy('ic.interactionId', 'desc');
  // The first page (the contact page) is the hot path: built and compiled once (prepared.ts).
  const firstPage = prepared({ accountId: '', contactId: '', want: 0 }, (a) =>
    timeline(timelineLinks(a.accountId, a.contactId), a.accountId, a.want),
  );
  /** The interactions with these ids, with their contact ids in order. */
  const load = async (tx: StorageContext, accountId: string, ids: readonly string[]): Promise<Interaction[]> => {
    if (ids.length === 0) return [];
    const rows = await tx.db
      .selectFrom('interactions')
      .selectAll()
      .where('accountId', '=', accountId)
      .where('id', 'in', ids)
      .execute();
    const links = await tx.db
      .selectFrom('interactionContacts')
      .select(['interactionId', 'contactId'])
      .where('accountId', '=', accountId)
      .where('interactionId', 'in', ids)
      .orderBy('interactionId')
      .orderBy('position')
      .execute();
    const contactIds = new Map<string, string[]>();
    for (const l of links) contactIds.set(l.interactionId, [...(contactIds.get(l.interactionId) ?? []), l.contactId]);
    const byId = new Map(rows.map((r) => [r.id, toInteraction(r, contactIds.get(r.id) ?? [])]));
    return ids.flatMap((id) => byId.get(id) ?? []);
  };

  return {
    /**
     * @throws AppError `not_found` naming the first missing contact, `conflict` for a taken id;
     *   nothing is written then.
     */
    async insert(accountId, interaction) {
      return ctx.db.transaction().execute(async (trx) => {
        const tx = { ...ctx, db: trx };
        const contactIds = [...new Set(interaction.contactIds)];
        const found = await trx
          .selectFrom('contacts')
          .select('id')
          .where('accountId', '=', accountId)
          .where('id', 'in', contactIds)
          .execute();
        const known = new Set(found.map((r) => r.id));
        const missing = contactIds.find((id) => !known.has(id));
        if (missing !== undefined) throw notFound('contact', missing);
        // No foreign key can hold this link on SQLite (see migration 0006): check the item here.
        if (interaction.giveItemId) {
          const item = await trx
            .selectFrom('giveItems')
            .select('id')
            .where('accountId', '=', accountId)
            .where('id', '=', interaction.giveItemId)
            .executeTakeFirst();
          if (!item) throw notFound('give item', interaction.giveItemId);
        }
        const occurredAt = iso(interaction.occurredAt);
        await insertOrConflict(
          interaction.id,
          trx
            .insertInto('interactions')
            .values({
              accountId,
              id: interaction.id,
              occurredAt,
              kind: interaction.kind,
              channel: interaction.channel,
              direction: interaction.direction,
              value: interaction.value,
              askKind: interaction.askKind,
              giveKind: interaction.giveKind,
              note: interaction.note,
              followUpAt: interaction.followUpAt === null ? null : iso(interaction.followUpAt),
              createdAt: iso(interaction.createdAt),
              giveItemId: interaction.giveItemId ?? null,
            })
            .execute(),
        );
        await trx
          .insertInto('interactionContacts')
          .values(
            contactIds.map((contactId, position) => ({
              accountId,
              interactionId: interaction.id,
              contactId,
              position,
              occurredAt,
            })),
          )
          .execute();
        await recomputeSummaries(tx, accountId, contactIds);
        return (await load(tx, accountId, [interaction.id]))[0] as Interaction;
      });
    },

    async get(accountId, id) {
      return (await load(ctx, accountId, [id]))[0] ?? null;
    },

    async listForContact(accountId, contactId, limit, before) {
      // The page of links through the timeline index first (a derived table with its own limit, so
      // no planner starts from the interactions instead), then each interaction with its people.
      let links = timelineLinks(accountId, contactId);
      if (before) {
        const [at, id] = decodeCursor(before, 'timeline', 2);
        links = links.where((eb) =>
          eb.or([
            eb('occurredAt', '<', String(at)),
            eb.and([eb('occurredAt', '=', String(at)), eb('interactionId', '<', String(id))]),
          ]),
        );
      }
      const rows = before
        ? await timeline(links, accountId, limit + 1).execute()
        : await firstPage.execute(ctx.db, { accountId, contactId, want: limit + 1 });
      const shown = rows.slice(0, limit);
      const last = shown.at(-1);
      const nextCursor = rows.length > limit && last ? encodeCursor('timeline', [last.occurredAt, last.id]) : null;
      return {
        items: shown.map((row) => toInteraction(row, readIds(row.contactIds))),
        nextCursor,
      };
    },

    async delete(accountId, id) {
      return ctx.db.transaction().execute(async (trx) => {
        const tx = { ...ctx, db: trx };
        const links = await trx
          .selectFrom('interactionContacts')
          .select('contactId')
          .where('accountId', '=', accountId)
          .where('interactionId', '=', id)
          .execute();
        await trx
          .deleteFrom('interactionContacts')
          .where('accountId', '=', accountId)
          .where('interactionId', '=', id)
          .execute();
        const result = await trx
          .deleteFrom('interactions')
          .where('accountId', '=', accountId)
          .where('id', '=', id)
          .executeTakeFirst();
        if (result.numDeletedRows === 0n) return false;
        await recomputeSummaries(
          tx,
          accountId,
          links.map((l) => l.contactId),
        );
        return true;
      });
    },
  };
}

/** The interaction's contact ids in order, as a JSON array (a correlated subquery on `i`). */
function participantIds(dialect: Dialect): RawBuilder<unknown> {
  return dialect === 'sqlite'
    ? // Dialect branch (SQLite): json_group_array with ORDER BY (SQLite 3.44+) returns JSON text.
      sql`(select json_group_array(p.contact_id order by p.position) from interaction_contacts p
          where p.account_id = i.account_id and p.interaction_id = i.id)`
    : // Dialect branch (PostgreSQL): json_agg, which pg parses into an array.
      sql`(select json_agg(p.contact_id order by p.position) from interaction_contacts p
          where p.account_id = i.account_id and p.interaction_id = i.id)`;
}

/** Reads `participantIds`: JSON text on SQLite, already an array on PostgreSQL. */
function readIds(value: unknown): string[] {
  const ids: unknown = typeof value === 'string' ? JSON.parse(value) : value;
  return Array.isArray(ids) ? (ids as string[]) : [];
}

/** Runs the insert, turning a taken id into a `conflict`. */
async function insertOrConflict(id: string, insert: Promise<unknown>): Promise<void> {
  try {
    await insert;
  } catch (error) {
    if (isUniqueViolation(error))
      throw new AppError('conflict', `An interaction with id "${id}" already exists.`, { id });
    throw error;
  }
}

function toInteraction(row: Selectable<InteractionsTable>, contactIds: string[]): Interaction {
  return {
    id: row.id,
    contactIds,
    occurredAt: row.occurredAt,
    kind: row.kind as InteractionKind,
    channel: row.channel,
    direction: row.direction as Direction,
    value: row.value as InteractionValue,
    askKind: row.askKind as AskKind | null,
    giveKind: row.giveKind as GiveKind | null,
    note: row.note,
    followUpAt: row.followUpAt,
    createdAt: row.createdAt,
    giveItemId: row.giveItemId,
  };
}
