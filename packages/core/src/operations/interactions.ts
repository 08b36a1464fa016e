/**
 * Interaction operations: interactions.log (with the coach's ask-readiness warnings, which never
 * block), interactions.list for one contact, interactions.delete, and coach.checkAsk for a planned ask.
 */
import { AppError, notFound } from '../errors.js';
import type {
  Clock,
  ContactRecord,
  ContactStore,
  GiveStore,
  IdGenerator,
  InteractionStore,
  QuestionStore,
  SettingsStore,
} from '../ports.js';
import { newInteractionSchema } from '../interactions/schema.js';
import { askKinds, type AskKind, type GiveKind, type Interaction } from '../interactions/types.js';
import type { GiveItemKind } from '../gives/types.js';
import { isFirstMeeting } from '../questions/offer.js';
import type { Question } from '../questions/types.js';
import { firstMeetingQuestions } from './questions.js';
import { parseInput } from '../shared/validate.js';
import { assessRelationship } from '../coach/relationship.js';
import { checkAskReadiness } from '../coach/ask-readiness.js';
import type { AccountSettings } from '../settings/types.js';
import { translate } from '../i18n/translate.js';
import type { Message } from '../i18n/message.js';
import type { RequestContext } from './context.js';

/** Interactions logged more than this far ahead of the clock are rejected (clock skew allowance). */
const FUTURE_TOLERANCE_MS = 5 * 60_000;

/** A coach warning rendered for one contact, in the caller's language. */
export interface RenderedWarning {
  code: string;
  contactId: string;
  name: string;
  message: string;
  suggestion: string;
}

/** The give kind a library item is logged as when the caller names none. */
const giveKindOfItem: Record<GiveItemKind, GiveKind> = {
  article: 'article',
  'job-ad': 'job-ad',
  event: 'other',
  ebook: 'ebook',
  book: 'book',
  introduction: 'introduction',
};

/**
 * interactions.log: records an interaction with one or more contacts. When it is an ask that comes
 * too early, or with a negative balance, the result carries warnings; the interaction is saved anyway.
 * A give from the library (`giveItemId`) links the item. A first meeting, coffee or call (stage none
 * or first contact) comes back with `questions` for it, the bank in the caller's language first.
 * @throws AppError `validation_failed` (bad field, `occurredAt` in the future, follow-up before the
 * interaction), `not_found` for an unknown contact or library item.
 */
export async function logInteraction(
  deps: {
    contacts: ContactStore;
    interactions: InteractionStore;
    settings: SettingsStore;
    clock: Clock;
    ids: IdGenerator;
    /** The user's own questions, offered with the bank's before a first meeting. */
    questions?: QuestionStore;
    /** Checks a `giveItemId` and fills the give kind from the item. */
    gives?: GiveStore;
  },
  ctx: RequestContext,
  input: unknown,
): Promise<{ interaction: Interaction; warnings: RenderedWarning[]; questions?: Question[] }> {
  const v = parseInput(newInteractionSchema, input);
  const now = deps.clock.now();
  const occurredAt = v.occurredAt ?? now.toISOString();
  if (Date.parse(occurredAt) > now.getTime() + FUTURE_TOLERANCE_MS) {
    throw new AppError(
      'validation_failed',
      'Invalid occurredAt: an interaction cannot happen in the future; use a follow-up date to plan one.',
      {
        issues: [{ field: 'occurredAt', message: 'In the future.' }],
      },
    );
  }
  if (v.followUpAt && v.followUpAt < occurredAt) {
    throw new AppError('validation_failed', 'Invalid followUpAt: a follow-up must come after the interaction.', {
      issues: [{ field: 'followUpAt', message: 'Before the interaction.' }],
    });
  }
  const contacts = await loadAll(deps.contacts, ctx.accountId, v.contactIds);
  let giveKind = v.giveKind ?? null;
  if (v.giveItemId && deps.gives) {
    const item = await deps.gives.get(ctx.accountId, v.giveItemId);
    if (!item) throw notFound('give item', v.giveItemId);
    giveKind ??= giveKindOfItem[item.kind];
  }
  const isMyAsk = v.value === 'ask' && v.direction !== 'in';
  const warnings = isMyAsk ? await askWarnings(deps, ctx, contacts, v.askKind ?? null, now) : [];
  const firstMeeting = contacts.some((c) => isFirstMeeting(v.kind, c.stage));
  const interaction = await deps.interactions.insert(ctx.accountId, {
    id: deps.ids.next(),
    contactIds: v.contactIds,
    occurredAt,
    kind: v.kind,
    channel: v.channel ?? null,
    direction: v.direction,
    value: v.value,
    askKind: v.askKind ?? null,
    giveKind,
    note: v.note ?? null,
    followUpAt: v.followUpAt ?? null,
    createdAt: now.toISOString(),
    giveItemId: v.giveItemId ?? null,
  });
  if (!firstMeeting) return { interaction, warnings };
  return { interaction, warnings, questions: await firstMeetingQuestions(deps.questions, ctx.accountId, ctx.locale) };
}

/**
 * coach.checkAsk: the warnings an ask to this contact would get now, before it is made or saved.
 * @throws AppError `not_found`, `validation_failed` for an unknown ask kind.
 */
export async function checkAsk(
  deps: { contacts: ContactStore; settings: SettingsStore; clock: Clock },
  ctx: RequestContext,
  contactId: string,
  askKind: string | null,
): Promise<RenderedWarning[]> {
  if (askKind !== null && !(askKinds as readonly string[]).includes(askKind)) {
    throw new AppError('validation_failed', `Invalid askKind: expected one of ${askKinds.join(', ')}.`, {
      issues: [{ field: 'askKind', message: `Expected one of ${askKinds.join(', ')}.` }],
    });
  }
  const contacts = await loadAll(deps.contacts, ctx.accountId, [contactId]);
  return askWarnings(deps, ctx, contacts, askKind as AskKind | null, deps.clock.now());
}

/** interactions.list: a contact's interactions, newest first. @throws AppError `not_found`. */
export async function listInteractions(
  deps: { contacts: ContactStore; interactions: InteractionStore },
  ctx: RequestContext,
  contactId: string,
  options: { limit?: number; cursor?: string | null } = {},
): Promise<{ items: Interaction[]; nextCursor: string | null }> {
  if (!(await deps.contacts.get(ctx.accountId, contactId))) throw notFound('contact', contactId);
  const limit = Math.min(Math.max(options.limit ?? 50, 1), 500);
  return deps.interactions.listForContact(ctx.accountId, contactId, limit, options.cursor ?? null);
}

/** interactions.get: one interaction. @throws AppError `not_found`. */
export async function getInteraction(
  deps: { interactions: InteractionStore },
  ctx: RequestContext,
  id: string,
): Promise<Interaction> {
  const interaction = await deps.interactions.get(ctx.accountId, id);
  if (!interaction) throw notFound('interaction', id);
  return interaction;
}

/** interactions.delete: removes one interaction and updates its contacts' summaries. @throws AppError `not_found`. */
export async function deleteInteraction(
  deps: { interactions: InteractionStore },
  ctx: RequestContext,
  id: string,
): Promise<void> {
  if (!(await deps.interactions.delete(ctx.accountId, id))) throw notFound('interaction', id);
}

/** Lets every coach message mention the person by name. */
function withName(message: Message, name: string): Message {
  return { key: message.key, params: { name, ...message.params } };
}

async function loadAll(store: ContactStore, accountId: string, ids: readonly string[]): Promise<ContactRecord[]> {
  const found = await store.getMany(accountId, ids);
  const missing = ids.find((id) => !found.some((c) => c.id === id));
  if (missing !== undefined) throw notFound('contact', missing);
  return found;
}

async function askWarnings(
  deps: { settings: SettingsStore },
  ctx: RequestContext,
  contacts: ContactRecord[],
  askKind: AskKind | null,
  now: Date,
): Promise<RenderedWarning[]> {
  const settings: AccountSettings = await deps.settings.get(ctx.accountId);
  return contacts.flatMap((contact) => {
    const view = assessRelationship(contact, settings, now);
    return checkAskReadiness({ stage: view.stage.stage, reciprocity: view.reciprocity, askKind }).map((w) => ({
      code: w.code,
      contactId: contact.id,
      name: contact.name,
      message: translate(ctx.locale, withName(w.message, contact.name)),
      suggestion: translate(ctx.locale, withName(w.suggestion, contact.name)),
    }));
  });
}
