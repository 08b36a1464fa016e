/** What a sent campaign message means for the relationship, logged as an e-mail interaction. */
import type { AskKind, GiveKind, InteractionValue } from '../interactions/types.js';
import type { Campaign } from './types.js';

/**
 * A personal request is an ask (its ask-readiness warnings were shown with the draft, never
 * blocking); a general e-mail is neutral news about your search, or a give when it shares something.
 */
export function campaignValue(campaign: Pick<Campaign, 'kind' | 'askKind' | 'giveKind'>): {
  value: InteractionValue;
  askKind: AskKind | null;
  giveKind: GiveKind | null;
} {
  if (campaign.kind === 'personal') return { value: 'ask', askKind: campaign.askKind ?? 'advice', giveKind: null };
  if (campaign.giveKind) return { value: 'give', askKind: null, giveKind: campaign.giveKind };
  return { value: 'neutral', askKind: null, giveKind: null };
}

/** Status of a campaign from its recipients' states. */
export type CampaignStatus = 'draft' | 'ready' | 'partial' | 'sent';

export function campaignStatus(recipients: readonly { ready: boolean; sendState: string }[]): CampaignStatus {
  if (recipients.length > 0 && recipients.every((r) => r.sendState === 'sent')) return 'sent';
  if (recipients.some((r) => r.sendState !== 'pending')) return 'partial';
  return recipients.every((r) => r.ready) ? 'ready' : 'draft';
}
