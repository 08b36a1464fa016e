/** Knows-edge operations: knows.add, knows.list and knows.remove (who knows whom, for introductions). */
import { notFound } from '../errors.js';
import type { Clock, ContactStore, KnownPerson, KnowsStore } from '../ports.js';
import type { KnowsEdge } from '../network/types.js';
import { newKnowsEdgeSchema } from '../network/schema.js';
import { parseInput } from '../shared/validate.js';
import type { RequestContext } from './context.js';

/** An edge seen from one contact: the other person, how well and how they know each other. */
export type KnowsEdgeView = KnownPerson;

/**
 * knows.add: records that two contacts know each other (replacing what was known of the pair).
 * @throws AppError `validation_failed`, `not_found` for either contact.
 */
export async function addKnowsEdge(
  deps: { contacts: ContactStore; knows: KnowsStore; clock: Clock },
  ctx: RequestContext,
  input: unknown,
): Promise<KnowsEdge> {
  const v = parseInput(newKnowsEdgeSchema, input);
  const found = await deps.contacts.getMany(ctx.accountId, [v.contactId, v.knowsContactId]);
  for (const id of [v.contactId, v.knowsContactId]) {
    if (!found.some((c) => c.id === id)) throw notFound('contact', id);
  }
  const [contactA, contactB] =
    v.contactId < v.knowsContactId ? [v.contactId, v.knowsContactId] : [v.knowsContactId, v.contactId];
  return deps.knows.upsert(ctx.accountId, {
    contactA,
    contactB,
    strength: v.strength,
    how: v.how ?? null,
    createdAt: deps.clock.now().toISOString(),
  });
}

/** knows.list: the people a contact knows. @throws AppError `not_found`. */
export async function listKnows(
  deps: { contacts: ContactStore; knows: KnowsStore },
  ctx: RequestContext,
  contactId: string,
): Promise<KnowsEdgeView[]> {
  const [contact, people] = await Promise.all([
    deps.contacts.get(ctx.accountId, contactId),
    deps.knows.listPeopleKnown(ctx.accountId, contactId),
  ]);
  if (!contact) throw notFound('contact', contactId);
  return people;
}

/** knows.remove: forgets that two contacts know each other. @throws AppError `not_found`. */
export async function removeKnowsEdge(
  deps: { knows: KnowsStore },
  ctx: RequestContext,
  contactId: string,
  otherId: string,
): Promise<void> {
  const removed = await deps.knows.delete(ctx.accountId, contactId, otherId);
  if (!removed) throw notFound('knows-edge', `${contactId}~${otherId}`);
}
