/**
 * Give-library operations: gives.add, gives.list, gives.get, gives.update, gives.remove, and
 * gives.suggest (the items that fit one contact, ranked and explained, leaving out what was sent).
 */
import { notFound } from '../errors.js';
import type { Clock, ContactStore, GiveStore, IdGenerator } from '../ports.js';
import { giveItemPatchSchema, newGiveItemSchema } from '../gives/schema.js';
import { suggestGives } from '../gives/suggest.js';
import type { GiveItem, GiveItemPatch } from '../gives/types.js';
import { translate } from '../i18n/translate.js';
import { parseInput } from '../shared/validate.js';
import type { RequestContext } from './context.js';

/** A library item that fits a contact, with the reasons rendered in the caller's language. */
export interface GiveSuggestionView {
  item: GiveItem;
  score: number;
  reasons: string[];
}

/** gives.add: saves a new library item. @throws AppError `validation_failed` naming the field. */
export async function addGiveItem(
  deps: { gives: GiveStore; clock: Clock; ids: IdGenerator },
  ctx: RequestContext,
  input: unknown,
): Promise<GiveItem> {
  const v = parseInput(newGiveItemSchema, input);
  const now = deps.clock.now().toISOString();
  return deps.gives.insert(ctx.accountId, {
    id: deps.ids.next(),
    kind: v.kind,
    title: v.title,
    url: v.url ?? null,
    topics: v.topics,
    note: v.note ?? null,
    createdAt: now,
    updatedAt: now,
  });
}

/** gives.list: the whole library, newest first. */
export async function listGiveItems(deps: { gives: GiveStore }, ctx: RequestContext): Promise<{ items: GiveItem[] }> {
  return { items: await deps.gives.list(ctx.accountId) };
}

/** gives.get: one library item. @throws AppError `not_found`. */
export async function getGiveItem(deps: { gives: GiveStore }, ctx: RequestContext, id: string): Promise<GiveItem> {
  const item = await deps.gives.get(ctx.accountId, id);
  if (!item) throw notFound('give item', id);
  return item;
}

/** gives.update: changes some fields of an item. @throws AppError `validation_failed`, `not_found`. */
export async function updateGiveItem(
  deps: { gives: GiveStore; clock: Clock },
  ctx: RequestContext,
  id: string,
  input: unknown,
): Promise<GiveItem> {
  const v = parseInput(giveItemPatchSchema, input);
  const patch = Object.fromEntries(Object.entries(v).filter(([, value]) => value !== undefined)) as GiveItemPatch;
  const item = await deps.gives.update(ctx.accountId, id, patch, deps.clock.now().toISOString());
  if (!item) throw notFound('give item', id);
  return item;
}

/**
 * gives.remove: deletes an item; interactions that shared it are kept, without the link.
 * @throws AppError `not_found`.
 */
export async function removeGiveItem(deps: { gives: GiveStore }, ctx: RequestContext, id: string): Promise<void> {
  if (!(await deps.gives.delete(ctx.accountId, id))) throw notFound('give item', id);
}

/**
 * gives.suggest: the library items that fit this contact (interests, sector, role, company), best
 * first, without the ones already sent to them.
 * @throws AppError `not_found` for an unknown contact.
 */
export async function suggestGiveItems(
  deps: { contacts: ContactStore; gives: GiveStore },
  ctx: RequestContext,
  contactId: string,
  options: { limit?: number } = {},
): Promise<{ items: GiveSuggestionView[] }> {
  const contact = await deps.contacts.get(ctx.accountId, contactId);
  if (!contact) throw notFound('contact', contactId);
  const [library, sent] = await Promise.all([
    deps.gives.list(ctx.accountId),
    deps.gives.sentTo(ctx.accountId, [contactId]),
  ]);
  const limit = Math.min(Math.max(options.limit ?? 5, 1), 50);
  const suggestions = suggestGives(contact, library, { sent: sent.map((s) => s.giveItemId), limit });
  return {
    items: suggestions.map((s) => ({
      item: s.item,
      score: s.score,
      reasons: s.reasons.map((r) => translate(ctx.locale, r)),
    })),
  };
}
