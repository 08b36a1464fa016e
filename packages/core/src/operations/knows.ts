/** Knows-edge operations: knows.add, knows.list and knows.remove (who knows whom, for introductions). */
import { notFound } from '../errors.js';
import type { Clock, ContactStore, KnowsStore } from '../ports.js';
import type { KnowsEdge, KnowsStrength } from '../network/types.js';
import { newKnowsEdgeSchema } from '../network/schema.js';
import { parseInput } from '../shared/validate.js';
import type { RequestContext } from './context.js';

/** An edge seen from one contact: the other person, how well and how they know each other. */
export interface KnowsEdgeView {
  contactId: string;
  name: string;
  company: string | null;
  strength: KnowsStrength;
  how: string | null;
  createdAt: string;
}

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
  if (!(await deps.contacts.get(ctx.accountId, contactId))) throw notFound('contact', contactId);
  const edges = await deps.knows.listForContact(ctx.accountId, contactId);
  return describeEdges(deps.contacts, ctx.accountId, contactId, edges);
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

/** Turns stored edges into views from `contactId`'s side, with the other person's name. */
export async function describeEdges(
  contacts: ContactStore,
  accountId: string,
  contactId: string,
  edges: KnowsEdge[],
): Promise<KnowsEdgeView[]> {
  const otherIds = edges.map((e) => (e.contactA === contactId ? e.contactB : e.contactA));
  const others = new Map((await contacts.getMany(accountId, otherIds)).map((c) => [c.id, c]));
  return edges.flatMap((e, i) => {
    const other = others.get(otherIds[i] ?? '');
    if (!other) return [];
    return [
      {
        contactId: other.id,
        name: other.name,
        company: other.company,
        strength: e.strength,
        how: e.how,
        createdAt: e.createdAt,
      },
    ];
  });
}
