/**
 * Template operations: templates.create, templates.list, templates.get, templates.update and
 * templates.delete. A template is a general e-mail or a personal request in one of four languages.
 */
import { notFound } from '../errors.js';
import type { Clock, IdGenerator, TemplateStore } from '../ports.js';
import { newTemplateSchema, templatePatchSchema } from '../campaigns/schema.js';
import { usedFields } from '../campaigns/render.js';
import type { Template, TemplateField } from '../campaigns/types.js';
import { parseInput } from '../shared/validate.js';
import type { RequestContext } from './context.js';

/** A template as adapters show it: with the fields its subject and body use. */
export interface TemplateView extends Template {
  fields: TemplateField[];
}

export function toTemplateView(template: Template): TemplateView {
  return { ...template, fields: usedFields(`${template.subject}\n${template.body}`) };
}

/**
 * templates.create: validates and stores a template. Unknown `{{fields}}` are refused, naming them.
 * @throws AppError `validation_failed`.
 */
export async function createTemplate(
  deps: { templates: TemplateStore; clock: Clock; ids: IdGenerator },
  ctx: RequestContext,
  input: unknown,
): Promise<TemplateView> {
  const v = parseInput(newTemplateSchema, input);
  const now = deps.clock.now().toISOString();
  const template = await deps.templates.insert(ctx.accountId, {
    id: deps.ids.next(),
    name: v.name,
    kind: v.kind,
    lang: v.lang,
    subject: v.subject,
    body: v.body,
    askKind: v.askKind,
    giveKind: v.giveKind,
    createdAt: now,
    updatedAt: now,
  });
  return toTemplateView(template);
}

/** templates.list: every template of the account, by name. */
export async function listTemplates(deps: { templates: TemplateStore }, ctx: RequestContext): Promise<TemplateView[]> {
  return (await deps.templates.list(ctx.accountId)).map(toTemplateView);
}

/** templates.get: one template. @throws AppError `not_found`. */
export async function getTemplate(
  deps: { templates: TemplateStore },
  ctx: RequestContext,
  id: string,
): Promise<TemplateView> {
  const template = await deps.templates.get(ctx.accountId, id);
  if (!template) throw notFound('template', id);
  return toTemplateView(template);
}

/**
 * templates.update: changes some fields. Changing the kind drops what no longer fits it (a general
 * e-mail has no ask kind; a personal request asks for advice unless said otherwise).
 * @throws AppError `validation_failed`, `not_found`.
 */
export async function updateTemplate(
  deps: { templates: TemplateStore; clock: Clock },
  ctx: RequestContext,
  id: string,
  input: unknown,
): Promise<TemplateView> {
  const patch = parseInput(templatePatchSchema, input);
  const current = await deps.templates.get(ctx.accountId, id);
  if (!current) throw notFound('template', id);
  const kind = patch.kind ?? current.kind;
  const askKind = kind === 'personal' ? (patch.askKind ?? current.askKind ?? 'advice') : null;
  const giveKind = kind === 'general' ? (patch.giveKind === undefined ? current.giveKind : patch.giveKind) : null;
  const updated = await deps.templates.update(
    ctx.accountId,
    id,
    { ...patch, kind, askKind, giveKind },
    deps.clock.now().toISOString(),
  );
  if (!updated) throw notFound('template', id);
  return toTemplateView(updated);
}

/** templates.delete: campaigns made from it keep their own copy. @throws AppError `not_found`. */
export async function deleteTemplate(
  deps: { templates: TemplateStore },
  ctx: RequestContext,
  id: string,
): Promise<void> {
  if (!(await deps.templates.delete(ctx.accountId, id))) throw notFound('template', id);
}
