/** The public shapes of the message reviewer: rule ids, the context of a draft and its findings. */
import type { Message } from '../i18n/message.js';

export const reviewRules = [
  'generic-invite',
  'early-ask',
  'unfilled-placeholder',
  'no-personal-detail',
  'missing-thanks',
  'no-value-offered',
  'copy-paste',
] as const;
export type ReviewRule = (typeof reviewRules)[number];

export const reviewLangs = ['es', 'pt', 'it', 'en'] as const;
export type ReviewLang = (typeof reviewLangs)[number];

export type ReviewStage = 'first-contact' | 'second-contact' | 'established';

export interface ReviewRecipient {
  name?: string;
  company?: string;
  role?: string;
  notes?: string[];
}

export interface ReviewContext {
  stage?: ReviewStage;
  recipient?: ReviewRecipient;
  /** They helped or replied since the user's last message. */
  helpReceived?: boolean;
}

export type ReviewSeverity = 'warning' | 'info';

export interface ReviewFinding {
  rule: ReviewRule;
  severity: ReviewSeverity;
  /** Rendered by callers with translate() in the user's language. */
  message: Message;
  /** The exact words of the draft that triggered the finding. */
  evidence: string;
  /** Offsets of the evidence in the draft (UTF-16, end exclusive), for highlighting. */
  start: number;
  end: number;
}

export interface ReviewResult {
  lang: ReviewLang;
  findings: ReviewFinding[];
}

export interface ReviewOptions {
  /** The language of the draft when the caller knows it; detected otherwise. */
  lang?: ReviewLang;
}

/** How much each rule weighs: warnings are worth fixing before sending, infos are suggestions. */
export const ruleSeverity: Record<ReviewRule, ReviewSeverity> = {
  'generic-invite': 'warning',
  'early-ask': 'warning',
  'unfilled-placeholder': 'warning',
  'no-personal-detail': 'info',
  'missing-thanks': 'warning',
  'no-value-offered': 'info',
  'copy-paste': 'warning',
};
