/**
 * Templates and campaigns (principle 11): a general e-mail for people in your sector and a personal,
 * specific request for the few who matter most, prepared per person and sent the same day.
 */
import type { AskKind, GiveKind } from '../interactions/types.js';
import type { ReviewLang } from '../review/types.js';

/** `general`: for people in your sector (never mentors, managers or employers); `personal`: the specific request. */
export const templateKinds = ['general', 'personal'] as const;
export type TemplateKind = (typeof templateKinds)[number];

/** The fields a template may use, each filled from the contact or the campaign. */
export const templateFields = [
  'firstName',
  'lastName',
  'name',
  'company',
  'role',
  'sector',
  'location',
  'personal',
] as const;
export type TemplateField = (typeof templateFields)[number];

export interface Template {
  id: string;
  name: string;
  kind: TemplateKind;
  /** The language the template is written in. */
  lang: ReviewLang;
  subject: string;
  body: string;
  /** For a personal request: what it asks for (logged with each sent message). */
  askKind: AskKind | null;
  /** For a general e-mail that shares something: what it gives. */
  giveKind: GiveKind | null;
  createdAt: string;
  updatedAt: string;
}

export type TemplatePatch = Partial<Omit<Template, 'id' | 'createdAt' | 'updatedAt'>>;

/**
 * Where one recipient's message stands. `pending` was never tried; `sending` was handed to the
 * mail server and no answer was recorded (a crash): it is never re-sent without being asked to;
 * `sent` is final; `failed` may be retried.
 */
export const sendStates = ['pending', 'sending', 'sent', 'failed'] as const;
export type SendState = (typeof sendStates)[number];

/** How a message left: through the account's SMTP server, or by the user (exported .eml / mailto). */
export const sendVias = ['smtp', 'manual'] as const;
export type SendVia = (typeof sendVias)[number];

export interface CampaignRecipient {
  contactId: string;
  /** Order in the campaign. */
  position: number;
  /** Name and address the message goes to, fixed when the campaign is created. */
  toName: string;
  toAddress: string;
  /** The free personal paragraph for this person (the `{{personal}}` field). */
  personal: string | null;
  subject: string;
  body: string;
  /** The draft was edited by hand: changing `personal` no longer re-renders it from the template. */
  edited: boolean;
  ready: boolean;
  sendState: SendState;
  /** The Message-ID, fixed at the first attempt and reused by every retry and export. */
  messageId: string | null;
  attempts: number;
  lastError: string | null;
  sentAt: string | null;
  sentVia: SendVia | null;
  /** The e-mail interaction logged when it was sent. */
  interactionId: string | null;
  updatedAt: string;
}

/** The campaign keeps a copy of its template, so later template edits do not change it. */
export interface Campaign {
  id: string;
  name: string;
  templateId: string | null;
  kind: TemplateKind;
  lang: ReviewLang;
  subject: string;
  body: string;
  askKind: AskKind | null;
  giveKind: GiveKind | null;
  createdAt: string;
  updatedAt: string;
}

export interface CampaignRecord extends Campaign {
  recipients: CampaignRecipient[];
}

/** One line of the campaign list: the campaign and how many of its messages stand where. */
export interface CampaignSummary extends Campaign {
  total: number;
  ready: number;
  sent: number;
  failed: number;
  sending: number;
}

/** A change to one recipient's draft. */
export interface RecipientPatch {
  personal?: string | null;
  subject?: string;
  body?: string;
  edited?: boolean;
  ready?: boolean;
}

/** The account's outgoing mail server. The password is a secret: it never leaves core's ports. */
export interface SmtpSettings {
  host: string;
  port: number;
  /** TLS from the start (port 465); otherwise STARTTLS is used when the server offers it. */
  secure: boolean;
  user: string | null;
  /** As stored: sealed by the SecretBox (plain text only in rows saved before that). */
  password: string | null;
  fromName: string | null;
  fromAddress: string;
  updatedAt: string;
}

/** What adapters may show of the SMTP settings: everything but the password. */
export type SmtpSettingsView = Omit<SmtpSettings, 'password'> & { hasPassword: boolean };
