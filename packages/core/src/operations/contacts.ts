/**
 * Contact operations: contacts.create, contacts.get, contacts.update, contacts.archive,
 * contacts.list, contacts.snooze and contacts.resolve (find one person by id or by an unambiguous name).
 */
import { AppError, notFound } from '../errors.js';
import type {
  Clock,
  ContactRecord,
  ContactStore,
  IdGenerator,
  InteractionStore,
  KnowsStore,
  SettingsStore,
} from '../ports.js';
import { contactFilterSchema, contactPatchSchema, newContactSchema, snoozeSchema } from '../contacts/schema.js';
import { parseInput } from '../shared/validate.js';
import { foldForSearch } from '../shared/text.js';
import { assessRelationship } from '../coach/relationship.js';
import type { Interaction } from '../interactions/types.js';
import type { RequestContext } from './context.js';
import { type ContactListItem, type RelationshipJson, renderRelationship, toListItem } from './views.js';
import type { KnowsEdgeView } from './knows.js';

/**
 * contacts.create: validates and stores a new contact.
 * @throws AppError `validation_failed` naming each bad field.
 */
export async function createContact(
  deps: { contacts: ContactStore; clock: Clock; ids: IdGenerator },
  ctx: RequestContext,
  input: unknown,
): Promise<ContactListItem> {
  const fields = parseInput(newContactSchema, input);
  const now = deps.clock.now().toISOString();
  const record = await deps.contacts.insert(ctx.accountId, {
    ...fields,
    id: deps.ids.next(),
    archived: false,
    createdAt: now,
    updatedAt: now,
  });
  return toListItem(record);
}

export interface ContactDetails {
  contact: ContactListItem;
  relationship: RelationshipJson;
  recentInteractions: Interaction[];
  knows: KnowsEdgeView[];
}

/**
 * contacts.get: one contact with the coach's view of the relationship, the last interactions and
 * who they know in the network.
 * @throws AppError `not_found`.
 */
export async function getContact(
  deps: {
    contacts: ContactStore;
    interactions: InteractionStore;
    knows: KnowsStore;
    settings: SettingsStore;
    clock: Clock;
  },
  ctx: RequestContext,
  id: string,
  options: { interactions?: number } = {},
): Promise<ContactDetails> {
  // Every read at once (they are independent): one round trip on PostgreSQL, not two.
  const [record, settings, page, knows] = await Promise.all([
    deps.contacts.get(ctx.accountId, id),
    deps.settings.get(ctx.accountId),
    deps.interactions.listForContact(ctx.accountId, id, options.interactions ?? 20),
    deps.knows.listPeopleKnown(ctx.accountId, id),
  ]);
  if (!record) throw notFound('contact', id);
  const view = assessRelationship(record, settings, deps.clock.now());
  return {
    contact: toListItem(record),
    relationship: renderRelationship(view, ctx.locale),
    recentInteractions: page.items,
    knows,
  };
}

/**
 * contacts.update: applies a partial change; `null` clears an optional field.
 * @throws AppError `validation_failed`, `not_found`.
 */
export async function updateContact(
  deps: { contacts: ContactStore; clock: Clock },
  ctx: RequestContext,
  id: string,
  input: unknown,
): Promise<ContactListItem> {
  const patch = parseInput(contactPatchSchema, input);
  const record = await deps.contacts.update(ctx.accountId, id, patch, deps.clock.now().toISOString());
  if (!record) throw notFound('contact', id);
  return toListItem(record);
}

/**
 * contacts.archive: hides a contact from lists and the agenda, keeping its history.
 * Pass `archived: false` to restore it. @throws AppError `not_found`.
 */
export async function archiveContact(
  deps: { contacts: ContactStore; clock: Clock },
  ctx: RequestContext,
  id: string,
  archived = true,
): Promise<ContactListItem> {
  return updateContact(deps, ctx, id, { archived });
}

/**
 * contacts.list: a page of contacts matching the filters, with an opaque cursor for the next page.
 * @throws AppError `validation_failed` for an unknown filter value or a malformed cursor.
 */
export async function listContacts(
  deps: { contacts: ContactStore; clock: Clock },
  ctx: RequestContext,
  query: unknown,
): Promise<{ items: ContactListItem[]; nextCursor: string | null }> {
  const filter = parseInput(contactFilterSchema, query ?? {});
  const page = await deps.contacts.list(ctx.accountId, filter, deps.clock.now());
  return { items: page.items.map(toListItem), nextCursor: page.nextCursor };
}

/**
 * contacts.snooze: keeps a contact off the Today agenda until `until` (a future instant); the
 * snooze is stored with the contact, so it holds on every device. `null` input clears it.
 * @throws AppError `validation_failed` naming `until` when it is not a date or not in the future,
 *   `not_found`.
 * @example await snoozeContact({ contacts, clock }, ctx, id, { until: '2026-06-02' })
 */
export async function snoozeContact(
  deps: { contacts: ContactStore; clock: Clock },
  ctx: RequestContext,
  id: string,
  input: unknown,
): Promise<ContactListItem> {
  let until: string | null = null;
  if (input !== null) {
    until = parseInput(snoozeSchema, input).until;
    if (Date.parse(until) <= deps.clock.now().getTime()) {
      const message = 'Snooze until a moment in the future.';
      throw new AppError('validation_failed', `Invalid until: ${message}`, { issues: [{ field: 'until', message }] });
    }
  }
  const record = await deps.contacts.snooze(ctx.accountId, id, until);
  if (!record) throw notFound('contact', id);
  return toListItem(record);
}

/**
 * contacts.resolve: finds the one contact a person means by an id or a name. An exact name match
 * wins (ignoring case and accents); otherwise a search that finds exactly one person does.
 * Archived contacts are only considered with `includeArchived`, and then only when no active
 * contact matches (so "unarchive Ana" finds the archived Ana).
 * @throws AppError `not_found` when nobody matches, `ambiguous_reference` (with the candidates in
 * `details.candidates`) when several do.
 */
export async function resolveContact(
  deps: { contacts: ContactStore; clock: Clock },
  ctx: RequestContext,
  reference: string,
  options: { includeArchived?: boolean } = {},
): Promise<ContactListItem> {
  const ref = reference.trim();
  if (!ref) throw new AppError('validation_failed', 'Say which contact: an id or a name.', { field: 'contact' });
  const byId = await deps.contacts.get(ctx.accountId, ref);
  if (byId) return toListItem(byId);
  const named = await deps.contacts.findByName(ctx.accountId, ref);
  const tiers: (() => Promise<ContactRecord[]>)[] = [
    async () => named.filter((c) => !c.archived),
    () => searchCandidates(deps, ctx, ref, false),
  ];
  if (options.includeArchived) {
    tiers.push(
      async () => named.filter((c) => c.archived),
      () => searchCandidates(deps, ctx, ref, 'only'),
    );
  }
  for (const find of tiers) {
    const candidates = await find();
    if (candidates.length === 1 && candidates[0]) return toListItem(candidates[0]);
    if (candidates.length > 1) {
      throw new AppError(
        'ambiguous_reference',
        `"${ref}" matches ${candidates.length} contacts; use an id or a fuller name.`,
        {
          reference: ref,
          candidates: candidates.map((c) => ({ id: c.id, name: c.name, company: c.company })),
        },
      );
    }
  }
  throw new AppError('not_found', `No contact matches "${ref}".`, { kind: 'contact', reference: ref });
}

async function searchCandidates(
  deps: { contacts: ContactStore; clock: Clock },
  ctx: RequestContext,
  ref: string,
  archived: false | 'only',
): Promise<ContactRecord[]> {
  const page = await deps.contacts.list(ctx.accountId, { search: ref, archived, limit: 10 }, deps.clock.now());
  const folded = foldForSearch(ref);
  // Prefer people whose name contains what was typed over hits in notes or company.
  const byName = page.items.filter((c) => foldForSearch(c.name).includes(folded));
  return byName.length > 0 ? byName : page.items;
}
