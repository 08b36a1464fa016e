/**
 * The MergeStore port: folds one contact into another in one transaction (moving interactions,
 * knows-edges and duplicate dismissals, keeping snapshots of both), undoes it, and lists the
 * identities duplicate detection compares.
 */
import { AppError, notFound, type MergeRecord, type MergeStore } from '@nexo/core';
import type { Selectable } from 'kysely';
import { fromDbBool, type StorageContext } from './database.js';
import { contactColumns, type ContactRow } from './contact-row.js';
import { replaceTags } from './bulk-insert.js';
import { orderPair } from './knows-store.js';
import { recomputeSummaries } from './summaries.js';
import type { DuplicateDismissalsTable, KnowsEdgesTable, MergesTable } from './schema.js';

type EdgeRow = Selectable<KnowsEdgesTable>;
type DismissalRow = Omit<Selectable<DuplicateDismissalsTable>, 'accountId'>;

/** A link of `other` to an interaction: moved to `keep`, or dropped because `keep` was in it too. */
interface MovedLink {
  interactionId: string;
  position: number;
  occurredAt: string;
  shared: boolean;
}

/** An edge of `other`: re-pointed to `keep` (`moved`), or dropped because `keep` had one already. */
interface MovedEdge {
  edge: EdgeRow;
  moved: boolean;
}

/**
 * A dismissal of `other` ("not the same person as X"): re-pointed to `keep` (`moved`), or dropped
 * because `keep` had one with X already, or because X is `keep` (the user merged the pair anyway).
 */
interface MovedDismissal {
  dismissal: DismissalRow;
  moved: boolean;
}

/** The MergeStore of one database. */
export function createMergeStore(ctx: StorageContext): MergeStore {
  return {
    merge(accountId, m) {
      return ctx.db.transaction().execute(async (trx) => {
        const tx = { ...ctx, db: trx };
        const keep = await row(tx, accountId, m.keepId);
        const other = await row(tx, accountId, m.otherId);
        if (!keep) throw notFound('contact', m.keepId);
        if (!other) throw notFound('contact', m.otherId);

        const otherLinks = await trx
          .selectFrom('interactionContacts')
          .select(['interactionId', 'position', 'occurredAt'])
          .where('accountId', '=', accountId)
          .where('contactId', '=', other.id)
          .execute();
        const keepIn = new Set(
          (
            await trx
              .selectFrom('interactionContacts')
              .select('interactionId')
              .where('accountId', '=', accountId)
              .where('contactId', '=', keep.id)
              .execute()
          ).map((r) => r.interactionId),
        );
        const links: MovedLink[] = otherLinks.map((l) => ({ ...l, shared: keepIn.has(l.interactionId) }));
        const shared = links.filter((l) => l.shared).map((l) => l.interactionId);
        if (shared.length > 0) {
          await trx
            .deleteFrom('interactionContacts')
            .where('accountId', '=', accountId)
            .where('contactId', '=', other.id)
            .where('interactionId', 'in', shared)
            .execute();
        }
        await trx
          .updateTable('interactionContacts')
          .set({ contactId: keep.id })
          .where('accountId', '=', accountId)
          .where('contactId', '=', other.id)
          .execute();

        const edges: MovedEdge[] = [];
        for (const edge of await edgesOf(tx, accountId, other.id)) {
          const peer = edge.contactA === other.id ? edge.contactB : edge.contactA;
          const [contactA, contactB] = orderPair(keep.id, peer);
          const taken = peer === keep.id || (await pairExists(tx, 'knowsEdges', accountId, contactA, contactB));
          if (!taken) {
            await trx
              .insertInto('knowsEdges')
              .values({ ...edge, accountId, contactA, contactB })
              .execute();
          }
          edges.push({ edge, moved: !taken });
        }

        // Whoever `other` is not, `keep` is not either: its dismissals follow the contact that stays.
        const dismissals: MovedDismissal[] = [];
        for (const d of await dismissalsOf(tx, accountId, other.id)) {
          const peer = d.contactA === other.id ? d.contactB : d.contactA;
          const [contactA, contactB] = orderPair(keep.id, peer);
          const taken =
            peer === keep.id || (await pairExists(tx, 'duplicateDismissals', accountId, contactA, contactB));
          if (!taken) {
            await trx
              .insertInto('duplicateDismissals')
              .values({ accountId, contactA, contactB, createdAt: d.createdAt })
              .execute();
          }
          dismissals.push({
            dismissal: { contactA: d.contactA, contactB: d.contactB, createdAt: d.createdAt },
            moved: !taken,
          });
        }

        // The other contact goes (its tags, edges and dismissals with it); the kept one takes the fields.
        await trx.deleteFrom('contacts').where('accountId', '=', accountId).where('id', '=', other.id).execute();
        await trx
          .updateTable('contacts')
          .set(
            contactColumns(ctx.dialect, { ...m.fields, archived: fromDbBool(keep.archived), updatedAt: m.createdAt }),
          )
          .where('accountId', '=', accountId)
          .where('id', '=', keep.id)
          .execute();
        await replaceTags(tx, accountId, [{ id: keep.id, tags: m.fields.tags }]);
        await recomputeSummaries(tx, accountId, [keep.id]);

        const record = {
          accountId,
          id: m.id,
          keepId: keep.id,
          otherId: other.id,
          otherName: other.name,
          keepBefore: JSON.stringify(keep),
          otherSnapshot: JSON.stringify(other),
          links: JSON.stringify(links),
          edges: JSON.stringify(edges),
          dismissals: JSON.stringify(dismissals),
          createdAt: m.createdAt,
          undoneAt: null,
        };
        await trx.insertInto('merges').values(record).execute();
        return toMerge(record);
      });
    },

    undo(accountId, id, undoneAt) {
      return ctx.db.transaction().execute(async (trx) => {
        const tx = { ...ctx, db: trx };
        const merge = await trx
          .selectFrom('merges')
          .selectAll()
          .where('accountId', '=', accountId)
          .where('id', '=', id)
          .executeTakeFirst();
        if (!merge) throw notFound('merge', id);
        if (merge.undoneAt) {
          throw new AppError('conflict', `Merge ${id} was already undone on ${merge.undoneAt}.`, { id });
        }
        if (!(await row(tx, accountId, merge.keepId))) {
          throw new AppError(
            'conflict',
            `The contact ${merge.keepId} kept by merge ${id} no longer exists; it cannot be undone.`,
            {
              id,
              keepId: merge.keepId,
            },
          );
        }
        if (await row(tx, accountId, merge.otherId)) {
          throw new AppError(
            'conflict',
            `A contact with id ${merge.otherId} exists again; merge ${id} cannot be undone.`,
            {
              id,
              otherId: merge.otherId,
            },
          );
        }
        const other = JSON.parse(merge.otherSnapshot) as ContactRow;
        const keepBefore = JSON.parse(merge.keepBefore) as ContactRow;
        const { accountId: _a, id: _i, ...keepFields } = keepBefore;
        await trx
          .insertInto('contacts')
          .values({ ...other, accountId })
          .execute();
        await replaceTags(tx, accountId, [{ id: other.id, tags: JSON.parse(other.tags) as string[] }]);
        await trx
          .updateTable('contacts')
          .set(keepFields)
          .where('accountId', '=', accountId)
          .where('id', '=', merge.keepId)
          .execute();
        await replaceTags(tx, accountId, [{ id: merge.keepId, tags: JSON.parse(keepBefore.tags) as string[] }]);

        const links = JSON.parse(merge.links) as MovedLink[];
        const moved = links.filter((l) => !l.shared).map((l) => l.interactionId);
        if (moved.length > 0) {
          await trx
            .updateTable('interactionContacts')
            .set({ contactId: other.id })
            .where('accountId', '=', accountId)
            .where('contactId', '=', merge.keepId)
            .where('interactionId', 'in', moved)
            .execute();
        }
        const sharedLinks = links.filter((l) => l.shared);
        const stillThere = await existing(
          tx,
          accountId,
          sharedLinks.map((l) => l.interactionId),
        );
        const relink = sharedLinks.filter((l) => stillThere.has(l.interactionId));
        if (relink.length > 0) {
          await trx
            .insertInto('interactionContacts')
            .values(
              relink.map((l) => ({
                accountId,
                interactionId: l.interactionId,
                contactId: other.id,
                position: l.position,
                occurredAt: l.occurredAt,
              })),
            )
            .execute();
        }

        for (const { edge, moved: wasMoved } of JSON.parse(merge.edges) as MovedEdge[]) {
          const peer = edge.contactA === other.id ? edge.contactB : edge.contactA;
          if (wasMoved) {
            await deletePair(tx, 'knowsEdges', accountId, ...orderPair(merge.keepId, peer));
          }
          if (await row(tx, accountId, peer)) {
            await trx
              .insertInto('knowsEdges')
              .values({ ...edge, accountId })
              .onConflict((oc) => oc.columns(['accountId', 'contactA', 'contactB']).doNothing())
              .execute();
          }
        }
        for (const { dismissal, moved } of JSON.parse(merge.dismissals ?? '[]') as MovedDismissal[]) {
          const peer = dismissal.contactA === other.id ? dismissal.contactB : dismissal.contactA;
          if (moved) {
            const removed = await deletePair(tx, 'duplicateDismissals', accountId, ...orderPair(merge.keepId, peer));
            // Undismissed since the merge: the user changed their mind, so it does not come back.
            if (!removed) continue;
          }
          if (await row(tx, accountId, peer)) {
            await trx
              .insertInto('duplicateDismissals')
              .values({ ...dismissal, accountId })
              .onConflict((oc) => oc.columns(['accountId', 'contactA', 'contactB']).doNothing())
              .execute();
          }
        }
        await recomputeSummaries(tx, accountId, [merge.keepId, other.id]);
        await trx
          .updateTable('merges')
          .set({ undoneAt })
          .where('accountId', '=', accountId)
          .where('id', '=', id)
          .execute();
        return toMerge({ ...merge, undoneAt });
      });
    },

    async list(accountId, limit) {
      const rows = await ctx.db
        .selectFrom('merges')
        .selectAll()
        .where('accountId', '=', accountId)
        .orderBy('createdAt', 'desc')
        .orderBy('id', 'desc')
        .limit(limit)
        .execute();
      return rows.map(toMerge);
    },

    async identities(accountId) {
      const rows = await ctx.db
        .selectFrom('contacts')
        .select(['id', 'name', 'company', 'emails', 'phones', 'linkedinUrl'])
        .where('accountId', '=', accountId)
        .where('archived', '=', ctx.dialect === 'postgres' ? false : 0)
        .orderBy('createdAt')
        .orderBy('id')
        .execute();
      return rows.map((r) => ({
        id: r.id,
        name: r.name,
        company: r.company,
        emails: JSON.parse(r.emails) as string[],
        phones: JSON.parse(r.phones) as string[],
        linkedinUrl: r.linkedinUrl,
      }));
    },
  };
}

async function row(tx: StorageContext, accountId: string, id: string): Promise<ContactRow | undefined> {
  return tx.db
    .selectFrom('contacts')
    .selectAll()
    .where('accountId', '=', accountId)
    .where('id', '=', id)
    .executeTakeFirst();
}

/** Tables of unordered contact pairs, keyed (account_id, contact_a, contact_b) with a < b. */
type PairTable = 'knowsEdges' | 'duplicateDismissals';

async function pairExists(
  tx: StorageContext,
  table: PairTable,
  accountId: string,
  contactA: string,
  contactB: string,
): Promise<boolean> {
  const found = await tx.db
    .selectFrom(table)
    .select('contactA')
    .where('accountId', '=', accountId)
    .where('contactA', '=', contactA)
    .where('contactB', '=', contactB)
    .executeTakeFirst();
  return found !== undefined;
}

/** Deletes the pair; true when it was there. */
async function deletePair(
  tx: StorageContext,
  table: PairTable,
  accountId: string,
  contactA: string,
  contactB: string,
): Promise<boolean> {
  const result = await tx.db
    .deleteFrom(table)
    .where('accountId', '=', accountId)
    .where('contactA', '=', contactA)
    .where('contactB', '=', contactB)
    .executeTakeFirst();
  return Number(result.numDeletedRows) > 0;
}

async function edgesOf(tx: StorageContext, accountId: string, id: string): Promise<EdgeRow[]> {
  return tx.db
    .selectFrom('knowsEdges')
    .selectAll()
    .where('accountId', '=', accountId)
    .where((eb) => eb.or([eb('contactA', '=', id), eb('contactB', '=', id)]))
    .execute();
}

async function dismissalsOf(tx: StorageContext, accountId: string, id: string): Promise<DismissalRow[]> {
  return tx.db
    .selectFrom('duplicateDismissals')
    .select(['contactA', 'contactB', 'createdAt'])
    .where('accountId', '=', accountId)
    .where((eb) => eb.or([eb('contactA', '=', id), eb('contactB', '=', id)]))
    .execute();
}

async function existing(tx: StorageContext, accountId: string, interactionIds: string[]): Promise<Set<string>> {
  if (interactionIds.length === 0) return new Set();
  const rows = await tx.db
    .selectFrom('interactions')
    .select('id')
    .where('accountId', '=', accountId)
    .where('id', 'in', interactionIds)
    .execute();
  return new Set(rows.map((r) => r.id));
}

function toMerge(row: Selectable<MergesTable>): MergeRecord {
  return {
    id: row.id,
    keepId: row.keepId,
    otherId: row.otherId,
    otherName: row.otherName,
    createdAt: row.createdAt,
    undoneAt: row.undoneAt,
  };
}
