/**
 * Duplicate operations: duplicates.find (likely duplicates across the network, with why), and
 * merges.create / merges.undo / merges.list (fold one contact into another, keeping everything).
 */
import { notFound } from '../errors.js';
import type { Clock, ContactStore, IdGenerator } from '../ports.js';
import { parseInput } from '../shared/validate.js';
import { dismissalKey, findDuplicatePairs } from '../imports/duplicates.js';
import type { MatchReason } from '../imports/identity.js';
import { mergeContactFields } from '../imports/merge.js';
import type { DismissalStore, MergeRecord, MergeStore } from '../imports/ports.js';
import { duplicatesQuerySchema, importListQuerySchema, mergeInputSchema } from '../imports/schema.js';
import type { PhoneNormalizer } from '../imports/types.js';
import type { RequestContext } from './context.js';
import { toListItem, type ContactListItem } from './views.js';

export interface DuplicateCandidate {
  a: ContactListItem;
  b: ContactListItem;
  reasons: MatchReason[];
}

/**
 * duplicates.find: pairs of contacts that are probably one person, strongest evidence first. Pairs
 * the user dismissed as different people are never among them.
 */
export async function findDuplicates(
  deps: { contacts: ContactStore; merges: MergeStore; dismissals: DismissalStore; normalizePhone: PhoneNormalizer },
  ctx: RequestContext,
  query: unknown,
): Promise<{ items: DuplicateCandidate[] }> {
  const { limit } = parseInput(duplicatesQuerySchema, query ?? {});
  const [identities, dismissals] = await Promise.all([
    deps.merges.identities(ctx.accountId),
    deps.dismissals.all(ctx.accountId),
  ]);
  const dismissed = new Set(dismissals.map((d) => dismissalKey(d.aId, d.bId)));
  const pairs = findDuplicatePairs(identities, deps.normalizePhone, limit, dismissed);
  const ids = [...new Set(pairs.flatMap((p) => [p.aId, p.bId]))];
  const byId = new Map((await deps.contacts.getMany(ctx.accountId, ids)).map((c) => [c.id, toListItem(c)]));
  return {
    items: pairs.flatMap((p) => {
      const a = byId.get(p.aId);
      const b = byId.get(p.bId);
      return a && b ? [{ a, b, reasons: p.reasons }] : [];
    }),
  };
}

/**
 * merges.create: folds `otherId` into `keepId`. Every interaction and knows-edge moves over,
 * e-mails, phones and tags are united, notes concatenated, and empty fields take the other's value
 * unless `prefer` says which side wins per field. Undoable with merges.undo.
 * @throws AppError `validation_failed`, `not_found`.
 */
export async function mergeContacts(
  deps: { contacts: ContactStore; merges: MergeStore; clock: Clock; ids: IdGenerator; normalizePhone: PhoneNormalizer },
  ctx: RequestContext,
  input: unknown,
): Promise<{ merge: MergeRecord; contact: ContactListItem }> {
  const v = parseInput(mergeInputSchema, input);
  const [keep, other] = await Promise.all([
    deps.contacts.get(ctx.accountId, v.keepId),
    deps.contacts.get(ctx.accountId, v.otherId),
  ]);
  if (!keep) throw notFound('contact', v.keepId);
  if (!other) throw notFound('contact', v.otherId);
  const fields = mergeContactFields(keep, other, deps.normalizePhone, v.prefer);
  const merge = await deps.merges.merge(ctx.accountId, {
    id: deps.ids.next(),
    keepId: keep.id,
    otherId: other.id,
    fields,
    createdAt: deps.clock.now().toISOString(),
  });
  const merged = await deps.contacts.get(ctx.accountId, keep.id);
  if (!merged) throw notFound('contact', keep.id);
  return { merge, contact: toListItem(merged) };
}

/**
 * merges.undo: brings the folded contact back with its own interactions and edges, and restores
 * the kept contact's fields. @throws AppError `not_found`, `conflict` when undone already.
 */
export async function undoMerge(
  deps: { merges: MergeStore; clock: Clock },
  ctx: RequestContext,
  id: string,
): Promise<MergeRecord> {
  return deps.merges.undo(ctx.accountId, id, deps.clock.now().toISOString());
}

/** merges.list: past merges, newest first. */
export async function listMerges(
  deps: { merges: MergeStore },
  ctx: RequestContext,
  query: unknown,
): Promise<{ items: MergeRecord[] }> {
  const { limit } = parseInput(importListQuerySchema, query ?? {});
  return { items: await deps.merges.list(ctx.accountId, limit) };
}
