/**
 * export.contacts: the contacts to export (by id, by the list filters, or all) and the format the
 * caller asked for. Adapters turn them into bytes with @nexo/io's writers.
 */
import { z } from 'zod';
import { notFound } from '../errors.js';
import type { Clock, ContactRecord, ContactStore } from '../ports.js';
import type { Contact } from '../contacts/types.js';
import { contactFilterSchema } from '../contacts/schema.js';
import { recordId } from '../shared/schema.js';
import { parseInput } from '../shared/validate.js';
import type { RequestContext } from './context.js';

/** vCard 4.0, vCard 3.0 (old clients), CSV for spreadsheets, nexo's own JSON. */
export const exportFormats = ['vcard', 'vcard3', 'csv', 'json'] as const;
export type ExportFormat = (typeof exportFormats)[number];

const PAGE = 500;
const MAX_IDS = 5000;

const filters = contactFilterSchema.shape;

/**
 * What export.contacts accepts: a format, and either `ids` (a list, or comma-separated) or the
 * list filters. Without `archived`, archived contacts are exported too: an export is everything.
 */
export const exportQuerySchema = z
  .object({
    format: z.enum(exportFormats).default('vcard'),
    ids: z
      .union([z.string(), z.array(z.string())])
      .transform((v) =>
        (Array.isArray(v) ? v : [v])
          .flatMap((part) => part.split(','))
          .map((s) => s.trim())
          .filter(Boolean),
      )
      .pipe(z.array(recordId).max(MAX_IDS))
      .optional(),
    search: filters.search,
    circle: filters.circle,
    tier: filters.tier,
    context: filters.context,
    tag: filters.tag,
    stage: filters.stage,
    due: filters.due,
    archived: filters.archived,
  })
  .strict();

/** A stored contact without the facts storage derives from its history. */
export function toPlainContact(record: ContactRecord): Contact {
  const { summary: _summary, stage: _stage, dueAt: _dueAt, ...contact } = record;
  return contact;
}

/**
 * export.contacts: the selected contacts in name order (or in the order of `ids`).
 * @throws AppError `validation_failed` for a bad format or filter, `not_found` naming an unknown id.
 * @example await exportContacts({ contacts, clock }, ctx, { format: 'csv', tier: 'key' })
 */
export async function exportContacts(
  deps: { contacts: ContactStore; clock: Clock },
  ctx: RequestContext,
  input: unknown,
): Promise<{ format: ExportFormat; contacts: Contact[] }> {
  const { format, ids, ...filter } = parseInput(exportQuerySchema, input ?? {});
  if (ids !== undefined && ids.length > 0) {
    const unique = [...new Set(ids)];
    const found = await deps.contacts.getMany(ctx.accountId, unique);
    const byId = new Set(found.map((c) => c.id));
    const missing = unique.find((id) => !byId.has(id));
    if (missing !== undefined) throw notFound('contact', missing);
    return { format, contacts: found.map(toPlainContact) };
  }
  const now = deps.clock.now();
  const contacts: Contact[] = [];
  let cursor: string | null = null;
  do {
    const page = await deps.contacts.list(
      ctx.accountId,
      { ...filter, archived: filter.archived ?? true, sort: 'name', limit: PAGE, cursor },
      now,
    );
    contacts.push(...page.items.map(toPlainContact));
    cursor = page.nextCursor;
  } while (cursor !== null);
  return { format, contacts };
}
