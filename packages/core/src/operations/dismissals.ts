/**
 * "Not the same person": duplicates.dismiss, duplicates.dismissed and duplicates.undismiss. A
 * dismissed pair is never suggested again by duplicates.find, whatever is edited or imported, until
 * the dismissal is undone. A merge carries a dismissal over to the contact that stays (decision 0013).
 */
import { AppError, notFound } from '../errors.js';
import type { Clock, ContactStore } from '../ports.js';
import { parseInput } from '../shared/validate.js';
import type { DismissalStore, DuplicateDismissal } from '../imports/ports.js';
import { dismissalInputSchema, dismissalListQuerySchema } from '../imports/schema.js';
import type { RequestContext } from './context.js';
import { toListItem, type ContactListItem } from './views.js';

/** A dismissed pair as shown: both people (the older first), and when the user said they are different. */
export interface DismissedPair {
  a: ContactListItem;
  b: ContactListItem;
  createdAt: string;
}

async function showPairs(
  contacts: ContactStore,
  accountId: string,
  dismissals: readonly DuplicateDismissal[],
): Promise<DismissedPair[]> {
  const ids = [...new Set(dismissals.flatMap((d) => [d.aId, d.bId]))];
  const byId = new Map((await contacts.getMany(accountId, ids)).map((c) => [c.id, toListItem(c)]));
  return dismissals.flatMap((d) => {
    const a = byId.get(d.aId);
    const b = byId.get(d.bId);
    if (!a || !b) return [];
    // The older contact first, as duplicates.find shows a pair.
    const older = a.createdAt < b.createdAt || (a.createdAt === b.createdAt && a.id < b.id);
    return [older ? { a, b, createdAt: d.createdAt } : { a: b, b: a, createdAt: d.createdAt }];
  });
}

/**
 * duplicates.dismiss: records that two contacts are not the same person, so they are never
 * suggested as duplicates again. Idempotent: dismissing a pair twice keeps the first record
 * (`created` is false the second time).
 * @throws AppError `validation_failed` (the same contact twice), `not_found` for an unknown contact.
 * @example await dismissDuplicate(deps, ctx, { aId: 'ana', bId: 'ana-2' });
 */
export async function dismissDuplicate(
  deps: { contacts: ContactStore; dismissals: DismissalStore; clock: Clock },
  ctx: RequestContext,
  input: unknown,
): Promise<{ dismissal: DismissedPair; created: boolean }> {
  const v = parseInput(dismissalInputSchema, input);
  const found = await deps.contacts.getMany(ctx.accountId, [v.aId, v.bId]);
  for (const id of [v.aId, v.bId]) if (!found.some((c) => c.id === id)) throw notFound('contact', id);
  const { dismissal, created } = await deps.dismissals.dismiss(ctx.accountId, {
    aId: v.aId,
    bId: v.bId,
    createdAt: deps.clock.now().toISOString(),
  });
  const [shown] = await showPairs(deps.contacts, ctx.accountId, [dismissal]);
  if (!shown) throw notFound('contact', v.aId);
  return { dismissal: shown, created };
}

/** duplicates.dismissed: the pairs the user said are different people, newest first. */
export async function listDismissedDuplicates(
  deps: { contacts: ContactStore; dismissals: DismissalStore },
  ctx: RequestContext,
  query: unknown,
): Promise<{ items: DismissedPair[] }> {
  const { limit } = parseInput(dismissalListQuerySchema, query ?? {});
  return { items: await showPairs(deps.contacts, ctx.accountId, await deps.dismissals.list(ctx.accountId, limit)) };
}

/**
 * duplicates.undismiss: takes a dismissal back (pair in either order), so the pair can be
 * suggested again. Returns the dismissal that was removed.
 * @throws AppError `validation_failed`, `not_found` for an unknown contact or a pair that was not dismissed.
 */
export async function undoDismissal(
  deps: { contacts: ContactStore; dismissals: DismissalStore },
  ctx: RequestContext,
  input: unknown,
): Promise<DismissedPair> {
  const v = parseInput(dismissalInputSchema, input);
  const found = await deps.contacts.getMany(ctx.accountId, [v.aId, v.bId]);
  const a = found.find((c) => c.id === v.aId);
  const b = found.find((c) => c.id === v.bId);
  if (!a) throw notFound('contact', v.aId);
  if (!b) throw notFound('contact', v.bId);
  const removed = await deps.dismissals.undo(ctx.accountId, v.aId, v.bId);
  if (!removed) {
    throw new AppError('not_found', `${a.name} and ${b.name} are not marked as different people.`, {
      kind: 'dismissal',
      aId: a.id,
      bId: b.id,
      aName: a.name,
      bName: b.name,
    });
  }
  const [shown] = await showPairs(deps.contacts, ctx.accountId, [removed]);
  return shown ?? { a: toListItem(a), b: toListItem(b), createdAt: removed.createdAt };
}
