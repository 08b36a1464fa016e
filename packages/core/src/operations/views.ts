/**
 * The shapes operations return to adapters: domain records with the coach's messages rendered in
 * the caller's language. Nothing here leaks storage rows.
 */
import type { ContactRecord } from '../ports.js';
import type { Contact } from '../contacts/types.js';
import type { Stage } from '../coach/stage.js';
import type { RelationshipView } from '../coach/relationship.js';
import type { HealthComponent } from '../coach/health.js';
import type { Locale } from '../settings/types.js';
import type { Message } from '../i18n/message.js';
import { translate } from '../i18n/translate.js';

/** A contact as lists show it: the contact plus the relationship facts storage keeps. */
export interface ContactListItem extends Contact {
  stage: Stage;
  dueAt: string;
  lastInteractionAt: string | null;
  /** Off the Today agenda until then; null when not snoozed. */
  snoozedUntil: string | null;
}

export function toListItem(record: ContactRecord): ContactListItem {
  const { summary, ...contact } = record;
  return { ...contact, lastInteractionAt: summary.lastAt };
}

type Rendered<T> = Omit<T, 'reason'> & { reason: string };

export interface RelationshipJson {
  stage: { value: Stage; reason: string };
  reciprocity: Rendered<RelationshipView['reciprocity']>;
  cadence: Rendered<RelationshipView['cadence']>;
  health: {
    score: number;
    reason: string;
    components: Record<keyof RelationshipView['health']['components'], Rendered<HealthComponent>>;
  };
}

/** Renders every coach message of a relationship view in `locale`. */
export function renderRelationship(view: RelationshipView, locale: Locale): RelationshipJson {
  const t = (m: Message) => translate(locale, m);
  const { recency, reciprocity, depth } = view.health.components;
  return {
    stage: { value: view.stage.stage, reason: t(view.stage.reason) },
    reciprocity: { ...view.reciprocity, reason: t(view.reciprocity.reason) },
    cadence: { ...view.cadence, reason: t(view.cadence.reason) },
    health: {
      score: view.health.score,
      reason: t(view.health.reason),
      components: {
        recency: { ...recency, reason: t(recency.reason) },
        reciprocity: { ...reciprocity, reason: t(reciprocity.reason) },
        depth: { ...depth, reason: t(depth.reason) },
      },
    },
  };
}
