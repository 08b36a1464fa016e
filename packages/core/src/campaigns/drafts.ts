/**
 * Reviewing a campaign's drafts: each one with the relationship it goes into (stage, recipient,
 * help received), and the batch together for copy-paste; plus the ask-readiness warnings of a
 * personal request. Pure: the findings inform, they never block.
 */
import { checkAskReadiness, type CoachWarning } from '../coach/ask-readiness.js';
import { assessReciprocity } from '../coach/reciprocity.js';
import type { Stage } from '../coach/stage.js';
import type { ContactRecord } from '../ports.js';
import { reviewBatch, reviewMessage } from '../review/review.js';
import type { ReviewContext, ReviewFinding, ReviewLang, ReviewStage } from '../review/types.js';
import type { Campaign, CampaignRecipient } from './types.js';

/** The reviewer's stage for a relationship: the message about to be sent is one more contact. */
function draftStageOf(stage: Stage): ReviewStage {
  if (stage === 'none' || stage === 'first-contact') return 'first-contact';
  if (stage === 'second-contact') return 'second-contact';
  return 'established';
}

/** True when they helped after the last thanks the user sent them. */
export function thanksOwed(contact: Pick<ContactRecord, 'summary'>): boolean {
  const { lastHelpReceivedAt, lastThanksSentAt } = contact.summary;
  return lastHelpReceivedAt !== null && (lastThanksSentAt === null || lastThanksSentAt < lastHelpReceivedAt);
}

/** What the reviewer should know about the relationship a draft goes into. */
export function reviewContextOf(contact: ContactRecord): ReviewContext {
  const notes = (contact.notes ?? '')
    .split(/\n+/u)
    .map((n) => n.trim())
    .filter(Boolean);
  return {
    stage: draftStageOf(contact.stage),
    recipient: {
      name: contact.name,
      ...(contact.company ? { company: contact.company } : {}),
      ...(contact.role ? { role: contact.role } : {}),
      ...(notes.length > 0 || contact.tags.length > 0 ? { notes: [...notes, ...contact.tags] } : {}),
    },
    helpReceived: thanksOwed(contact),
  };
}

/** A finding of one draft, on its subject or its body (offsets are within that field). */
export interface DraftFinding extends ReviewFinding {
  field: 'subject' | 'body';
}

export interface DraftReview {
  findings: DraftFinding[];
  /** Ask-readiness warnings when the campaign is a personal request (an ask). */
  warnings: CoachWarning[];
}

/**
 * Reviews every draft of a campaign: the body with the reviewer (all rules, copy-paste across the
 * batch), the subject for unfilled fields, and for a personal request the coach's ask warnings.
 * Recipients whose contact is missing are reviewed as a first contact with an unknown person.
 */
export function reviewDrafts(
  campaign: Pick<Campaign, 'kind' | 'lang' | 'askKind'>,
  recipients: readonly Pick<CampaignRecipient, 'contactId' | 'subject' | 'body'>[],
  contacts: ReadonlyMap<string, ContactRecord>,
): Map<string, DraftReview> {
  const lang: ReviewLang = campaign.lang;
  const contexts = new Map(
    recipients.map((r) => {
      const contact = contacts.get(r.contactId);
      return [r.contactId, contact ? reviewContextOf(contact) : undefined] as const;
    }),
  );
  const bodies = reviewBatch(
    recipients.map((r) => {
      const context = contexts.get(r.contactId);
      return { id: r.contactId, text: r.body, ...(context ? { context } : {}) };
    }),
    { lang },
  );
  const out = new Map<string, DraftReview>();
  for (const r of recipients) {
    const subjectFindings = reviewMessage(r.subject, contexts.get(r.contactId), { lang })
      .findings.filter((f) => f.rule === 'unfilled-placeholder')
      .map((f) => ({ ...f, field: 'subject' as const }));
    const bodyFindings = (bodies.get(r.contactId)?.findings ?? []).map((f) => ({ ...f, field: 'body' as const }));
    const contact = contacts.get(r.contactId);
    const warnings =
      campaign.kind === 'personal' && contact
        ? checkAskReadiness({
            stage: contact.stage,
            reciprocity: assessReciprocity(contact.summary),
            askKind: campaign.askKind,
          })
        : [];
    out.set(r.contactId, { findings: [...subjectFindings, ...bodyFindings], warnings });
  }
  return out;
}
