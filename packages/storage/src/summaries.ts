/**
 * Keeps each contact's stored history summary, stage and due date in step with its interactions,
 * using core's `summarizeHistory`, `deriveStage` and `computeDueAt`: for a few contacts after a
 * write, or for a whole account after a bulk load.
 */
import { sql } from 'kysely';
import {
  summarizeHistory,
  type AccountSettings,
  type Direction,
  type InteractionFact,
  type InteractionKind,
  type InteractionValue,
  type Tier,
} from '@nexo/core';
import type { StorageContext } from './database.js';
import { derivedColumns } from './contact-row.js';
import { updateDerivedColumns, type DerivedColumns } from './bulk-update.js';
import { loadSettings } from './settings-store.js';

const REBUILD_CHUNK = 5000;

interface ContactBasics {
  id: string;
  tier: string;
  cadenceDays: number | null;
  createdAt: string;
}

/** Recomputes the derived columns of the given contacts from all their interactions. */
export async function recomputeSummaries(
  ctx: StorageContext,
  accountId: string,
  contactIds: readonly string[],
  settings?: AccountSettings,
): Promise<void> {
  if (contactIds.length === 0) return;
  const ids = [...new Set(contactIds)];
  const contacts = await ctx.db
    .selectFrom('contacts')
    .select(['id', 'tier', 'cadenceDays', 'createdAt'])
    .where('accountId', '=', accountId)
    .where('id', 'in', ids)
    .execute();
  const facts = await factsQuery(ctx, accountId).where('ic.contactId', 'in', ids).execute();
  await writeSummaries(ctx, accountId, contacts, facts, settings ?? (await loadSettings(ctx, accountId)));
}

/**
 * Recomputes every contact of the account, a chunk of contacts (by id) per transaction, reading
 * their interactions with one range query per chunk.
 */
export async function rebuildSummaries(ctx: StorageContext, accountId: string): Promise<void> {
  const settings = await loadSettings(ctx, accountId);
  let afterId: string | null = null;
  do {
    const from: string | null = afterId;
    afterId = await ctx.db.transaction().execute((trx) => rebuildChunk({ ...ctx, db: trx }, accountId, from, settings));
  } while (afterId !== null);
  await refreshStatistics(ctx);
}

/**
 * The same as `rebuildSummaries`, inside the caller's transaction `tx` (a restore writes its rows
 * and their summaries all or nothing).
 */
export async function rebuildSummariesIn(tx: StorageContext, accountId: string): Promise<void> {
  const settings = await loadSettings(tx, accountId);
  let afterId: string | null = null;
  do afterId = await rebuildChunk(tx, accountId, afterId, settings);
  while (afterId !== null);
}

/** Recomputes the next chunk of contacts after `afterId`; returns the last id, or null when done. */
async function rebuildChunk(
  tx: StorageContext,
  accountId: string,
  afterId: string | null,
  settings: AccountSettings,
): Promise<string | null> {
  let query = tx.db
    .selectFrom('contacts')
    .select(['id', 'tier', 'cadenceDays', 'createdAt'])
    .where('accountId', '=', accountId);
  if (afterId !== null) query = query.where('id', '>', afterId);
  const contacts = await query.orderBy('id').limit(REBUILD_CHUNK).execute();
  const first = contacts[0];
  const last = contacts.at(-1);
  if (!first || !last) return null;
  const facts = await factsQuery(tx, accountId)
    .where('ic.contactId', '>=', first.id)
    .where('ic.contactId', '<=', last.id)
    .execute();
  await writeSummaries(tx, accountId, contacts, facts, settings);
  return contacts.length < REBUILD_CHUNK ? null : last.id;
}

/** After a bulk load: refresh the planner's statistics. */
async function refreshStatistics(ctx: StorageContext): Promise<void> {
  // A bulk load changes the shape of the data: refresh the planner's statistics.
  if (ctx.dialect === 'sqlite') await sql`pragma optimize`.execute(ctx.db);
  else await sql`analyze contacts, interaction_contacts, interactions`.execute(ctx.db);
}

function factsQuery(ctx: StorageContext, accountId: string) {
  return ctx.db
    .selectFrom('interactionContacts as ic')
    .innerJoin('interactions as i', (join) =>
      join.onRef('i.accountId', '=', 'ic.accountId').onRef('i.id', '=', 'ic.interactionId'),
    )
    .select(['ic.contactId', 'i.kind', 'i.occurredAt', 'i.direction', 'i.value', 'i.followUpAt'])
    .where('ic.accountId', '=', accountId);
}

type FactRow = {
  contactId: string;
  kind: string;
  occurredAt: string;
  direction: string;
  value: string;
  followUpAt: string | null;
};

async function writeSummaries(
  ctx: StorageContext,
  accountId: string,
  contacts: readonly ContactBasics[],
  facts: readonly FactRow[],
  settings: AccountSettings,
): Promise<void> {
  const byContact = new Map<string, InteractionFact[]>();
  for (const f of facts) {
    const list = byContact.get(f.contactId) ?? [];
    list.push({
      kind: f.kind as InteractionKind,
      occurredAt: f.occurredAt,
      direction: f.direction as Direction,
      value: f.value as InteractionValue,
      followUpAt: f.followUpAt,
    });
    byContact.set(f.contactId, list);
  }
  const rows: ({ id: string } & DerivedColumns)[] = contacts.map((c) => ({
    id: c.id,
    ...derivedColumns(summarizeHistory(byContact.get(c.id) ?? []), { ...c, tier: c.tier as Tier }, settings),
  }));
  await updateDerivedColumns(ctx, accountId, rows);
}
