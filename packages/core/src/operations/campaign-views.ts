/**
 * The campaign as adapters show it: every draft with its review findings and ask warnings rendered
 * in the caller's language, its send state, its mailto link and whether the person replied.
 */
import type { ContactRecord, ContactStore } from '../ports.js';
import { reviewDrafts, type DraftFinding } from '../campaigns/drafts.js';
import { campaignStatus, type CampaignStatus } from '../campaigns/interaction.js';
import { mailtoLink } from '../campaigns/mail.js';
import type { CampaignRecipient, CampaignRecord } from '../campaigns/types.js';
import type { Message } from '../i18n/message.js';
import { translate } from '../i18n/translate.js';
import type { Locale } from '../settings/types.js';
import type { RenderedWarning } from './interactions.js';
import type { RenderedFinding } from './review.js';

/** A finding of one draft, rendered, on its subject or its body. */
export interface DraftFindingView extends RenderedFinding {
  field: DraftFinding['field'];
}

export interface RecipientView extends CampaignRecipient {
  findings: DraftFindingView[];
  /** The coach's ask-readiness warnings for a personal request: shown before sending, never blocking. */
  warnings: RenderedWarning[];
  mailto: string;
  /** When they engaged after this message was sent (a reply to thank them for), else null. */
  repliedAt: string | null;
}

export interface CampaignView extends Omit<CampaignRecord, 'recipients'> {
  status: CampaignStatus;
  counts: { total: number; ready: number; sent: number; failed: number; uncertain: number };
  recipients: RecipientView[];
}

/** Loads the campaign's contacts by id (missing ones are simply absent). */
export async function contactsOf(
  contacts: ContactStore,
  accountId: string,
  campaign: CampaignRecord,
): Promise<Map<string, ContactRecord>> {
  const found = await contacts.getMany(
    accountId,
    campaign.recipients.map((r) => r.contactId),
  );
  return new Map(found.map((c) => [c.id, c]));
}

/** Renders a campaign for `locale`, reviewing every draft against its relationship. */
export function renderCampaign(
  campaign: CampaignRecord,
  contacts: ReadonlyMap<string, ContactRecord>,
  locale: Locale,
): CampaignView {
  const { recipients, ...rest } = campaign;
  const reviews = reviewDrafts(campaign, recipients, contacts);
  const t = (m: Message) => translate(locale, m);
  const views = recipients.map((r): RecipientView => {
    const review = reviews.get(r.contactId);
    const contact = contacts.get(r.contactId);
    const lastTwoWay = contact?.summary.lastTwoWayAt ?? null;
    const named = (m: Message): Message => ({ key: m.key, params: { name: r.toName, ...m.params } });
    return {
      ...r,
      findings: (review?.findings ?? []).map((f) => ({
        rule: f.rule,
        severity: f.severity,
        field: f.field,
        message: t(f.message),
        evidence: f.evidence,
        start: f.start,
        end: f.end,
      })),
      warnings: (review?.warnings ?? []).map((w) => ({
        code: w.code,
        contactId: r.contactId,
        name: r.toName,
        message: t(named(w.message)),
        suggestion: t(named(w.suggestion)),
      })),
      mailto: mailtoLink(r),
      repliedAt: r.sentAt !== null && lastTwoWay !== null && lastTwoWay > r.sentAt ? lastTwoWay : null,
    };
  });
  return {
    ...rest,
    status: campaignStatus(recipients),
    counts: {
      total: recipients.length,
      ready: recipients.filter((r) => r.ready).length,
      sent: recipients.filter((r) => r.sendState === 'sent').length,
      failed: recipients.filter((r) => r.sendState === 'failed').length,
      uncertain: recipients.filter((r) => r.sendState === 'sending').length,
    },
    recipients: views,
  };
}
