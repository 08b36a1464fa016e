/**
 * coach.review: the message reviewer as an operation. Validates the draft and its context, builds the
 * context from a contact's history when given one, and renders each finding in the reader's language.
 */
import { z } from 'zod';
import { AppError, notFound } from '../errors.js';
import type { ContactRecord, ContactStore, InteractionStore } from '../ports.js';
import type { Stage } from '../coach/stage.js';
import type { Interaction } from '../interactions/types.js';
import { translate } from '../i18n/translate.js';
import { reviewMessage } from '../review/review.js';
import {
  reviewLangs,
  type ReviewContext,
  type ReviewLang,
  type ReviewRecipient,
  type ReviewRule,
  type ReviewSeverity,
  type ReviewStage,
} from '../review/types.js';
import { recordId } from '../shared/schema.js';
import { parseInput } from '../shared/validate.js';
import type { RequestContext } from './context.js';

export const reviewStages = ['first-contact', 'second-contact', 'established'] as const satisfies ReviewStage[];

const field = z
  .string()
  .trim()
  .max(300)
  .nullish()
  .transform((v) => (v ? v : undefined));

/** The context of a draft, as the CLI's --context file and the API's `context` give it; every field optional. */
export const reviewContextSchema = z
  .object({
    stage: z.enum(reviewStages).optional().describe('How far the relationship is; default first-contact.'),
    recipient: z
      .object({
        name: field,
        company: field,
        role: field,
        notes: z.array(z.string().max(20_000)).max(500).optional().describe('What you know about them.'),
      })
      .strict()
      .optional(),
    helpReceived: z.boolean().optional().describe('They helped or replied since your last message.'),
  })
  .strict();

/** What coach.review accepts. */
export const reviewRequestSchema = z
  .object({
    text: z.string().max(100_000).describe('The draft.'),
    context: reviewContextSchema.optional(),
    contactId: recordId
      .optional()
      .describe('Builds the context from this contact and their history; `context` fields override it.'),
    lang: z
      .enum(reviewLangs)
      .optional()
      .describe("The draft's language; detected when omitted. Findings are explained in it when given."),
  })
  .strict();

/** One finding as adapters show it: the explanation rendered, the evidence and where it is. */
export interface RenderedFinding {
  rule: ReviewRule;
  severity: ReviewSeverity;
  message: string;
  evidence: string;
  /** UTF-16 offsets of the evidence in the draft, end exclusive. */
  start: number;
  end: number;
}

export interface ReviewView {
  lang: ReviewLang;
  findings: RenderedFinding[];
}

/** nexo's stage of a relationship as the reviewer counts it. */
export function reviewStageOf(stage: Stage): ReviewStage {
  if (stage === 'none' || stage === 'first-contact') return 'first-contact';
  if (stage === 'second-contact') return 'second-contact';
  return 'established';
}

/** Interaction notes read from the history, newest first. */
const HISTORY_NOTES = 20;

/**
 * The reviewer's context for a message to `contact`, from what nexo knows: the stage, who they are,
 * their notes, interests and sector, the notes of recent interactions (newest first), and whether
 * they helped since the user's last message.
 */
export function reviewContextFor(
  contact: Pick<ContactRecord, 'name' | 'company' | 'role' | 'sector' | 'notes' | 'tags' | 'stage'>,
  recent: readonly Pick<Interaction, 'direction' | 'value' | 'note' | 'occurredAt'>[],
): ReviewContext {
  const newestFirst = [...recent].sort((a, b) =>
    a.occurredAt < b.occurredAt ? 1 : a.occurredAt > b.occurredAt ? -1 : 0,
  );
  let helpReceived = false;
  for (const i of newestFirst) {
    if (i.direction !== 'in') break; // the user's last message (or a conversation they took part in)
    if (i.value === 'give') helpReceived = true;
  }
  const notes = [
    contact.notes,
    contact.tags.length > 0 ? contact.tags.join(', ') : null,
    contact.sector,
    ...newestFirst.slice(0, HISTORY_NOTES).map((i) => i.note),
  ].filter((n): n is string => typeof n === 'string' && n.trim() !== '');
  const recipient: ReviewRecipient = { name: contact.name, notes };
  if (contact.company) recipient.company = contact.company;
  if (contact.role) recipient.role = contact.role;
  return { stage: reviewStageOf(contact.stage), recipient, helpReceived };
}

/** `context` over `base`, field by field (the recipient's fields too). */
function mergeContext(base: ReviewContext, over: ReviewContext): ReviewContext {
  const merged: ReviewContext = { ...base, ...over };
  if (base.recipient || over.recipient) merged.recipient = { ...base.recipient, ...over.recipient };
  return merged;
}

/** Removes the keys zod left undefined, so a merge does not erase what the contact gave. */
function defined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}

/**
 * coach.review: reviews a draft and explains each finding in `lang` when given, else in the
 * caller's language. The answer's `lang` is the draft's language (`lang`, or detected). The stores
 * are only read for a `contactId`; without one, the review needs no database.
 * @throws AppError `validation_failed` naming the bad field (`context.stage`...), `not_found` for
 *   an unknown contact.
 * @example await reviewDraft(services, ctx, { text: 'Hola Ana, ...', contactId: 'k3x...' })
 */
export async function reviewDraft(
  deps: { contacts?: ContactStore; interactions?: InteractionStore },
  ctx: RequestContext,
  input: unknown,
): Promise<ReviewView> {
  const v = parseInput(reviewRequestSchema, input);
  let context: ReviewContext | undefined;
  if (v.contactId !== undefined) {
    if (!deps.contacts || !deps.interactions) {
      throw new AppError('internal_error', 'coach.review was called with a contactId but without the stores.');
    }
    const contact = await deps.contacts.get(ctx.accountId, v.contactId);
    if (!contact) throw notFound('contact', v.contactId);
    const page = await deps.interactions.listForContact(ctx.accountId, contact.id, HISTORY_NOTES);
    context = reviewContextFor(contact, page.items);
  }
  if (v.context) {
    const given: ReviewContext = defined({
      ...v.context,
      recipient: v.context.recipient && defined(v.context.recipient),
    });
    context = context ? mergeContext(context, given) : given;
  }
  const result = reviewMessage(v.text, context, v.lang ? { lang: v.lang } : undefined);
  const locale = v.lang ?? ctx.locale;
  return {
    lang: result.lang,
    findings: result.findings.map((f) => ({
      rule: f.rule,
      severity: f.severity,
      message: translate(locale, f.message),
      evidence: f.evidence,
      start: f.start,
      end: f.end,
    })),
  };
}
