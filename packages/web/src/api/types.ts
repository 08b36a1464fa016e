/**
 * The HTTP contract of the nexo API as the web app sees it: enums, request bodies and response
 * shapes of /api/v1. Written by hand from the API; the web app imports no workspace package.
 */

export const circles = ['professional', 'personal', 'both'] as const;
export type Circle = (typeof circles)[number];

export const contactContexts = [
  'work',
  'former-colleague',
  'university',
  'alumni',
  'family',
  'friend',
  'volunteering',
  'sport',
  'event',
  'online',
  'other',
] as const;
export type ContactContext = (typeof contactContexts)[number];

export const tiers = ['inner', 'key', 'network', 'wide'] as const;
export type Tier = (typeof tiers)[number];

export const stages = ['none', 'first-contact', 'second-contact', 'acquainted', 'established', 'trusted'] as const;
export type Stage = (typeof stages)[number];

export const contactSorts = ['name', 'recent', 'created', 'due'] as const;
export type ContactSort = (typeof contactSorts)[number];

export const interactionKinds = [
  'message',
  'email',
  'call',
  'meeting',
  'coffee',
  'event',
  'comment',
  'introduction',
] as const;
export type InteractionKind = (typeof interactionKinds)[number];

export const directions = ['out', 'in', 'both'] as const;
export type Direction = (typeof directions)[number];

export const interactionValues = ['neutral', 'give', 'ask', 'thanks'] as const;
export type InteractionValue = (typeof interactionValues)[number];

export const askKinds = ['job', 'referral', 'cv', 'introduction', 'advice', 'favour'] as const;
export type AskKind = (typeof askKinds)[number];

export const giveKinds = ['article', 'job-ad', 'news', 'ebook', 'book', 'introduction', 'help', 'other'] as const;
export type GiveKind = (typeof giveKinds)[number];

export const knowsStrengths = ['weak', 'medium', 'strong'] as const;
export type KnowsStrength = (typeof knowsStrengths)[number];

export const locales = ['en', 'es', 'pt', 'it'] as const;
export type Locale = (typeof locales)[number];

export const agendaKinds = ['thanks-owed', 'follow-up', 'overdue', 'first-give'] as const;
export type AgendaKind = (typeof agendaKinds)[number];

export interface Contact {
  id: string;
  name: string;
  givenName: string | null;
  familyName: string | null;
  emails: string[];
  phones: string[];
  company: string | null;
  role: string | null;
  sector: string | null;
  location: string | null;
  linkedinUrl: string | null;
  birthday: string | null;
  photo: string | null;
  notes: string | null;
  tags: string[];
  circle: Circle;
  context: ContactContext | null;
  tier: Tier;
  cadenceDays: number | null;
  archived: boolean;
  createdAt: string;
  updatedAt: string;
}

/** A contact as lists show it (GET /contacts, POST /contacts, PATCH /contacts/:id). */
export interface ContactListItem extends Contact {
  stage: Stage;
  dueAt: string;
  lastInteractionAt: string | null;
}

/** POST /contacts body: everything optional except a name. */
export type NewContact = Partial<Omit<Contact, 'id' | 'archived' | 'createdAt' | 'updatedAt'>> & { name: string };

/** PATCH /contacts/:id body: any subset; null clears an optional field. */
export type ContactPatch = Partial<Omit<Contact, 'id' | 'createdAt' | 'updatedAt'>>;

export interface ContactFilter {
  search?: string;
  circle?: Circle;
  tier?: Tier;
  context?: ContactContext;
  tag?: string;
  stage?: Stage;
  due?: boolean;
  archived?: boolean | 'only';
  sort?: ContactSort;
}

export interface Page<T> {
  items: T[];
  nextCursor: string | null;
}

export interface Rendered {
  reason: string;
}

export interface Reciprocity extends Rendered {
  gives: number;
  asks: number;
  thanks: number;
  givesReceived: number;
  asksReceived: number;
  thanksReceived: number;
  balance: number;
  verdict: 'empty' | 'giving' | 'balanced' | 'taking';
}

export type CadenceState = 'on-track' | 'due-soon' | 'overdue' | 'never-contacted';

export interface Cadence extends Rendered {
  cadenceDays: number;
  lastAt: string | null;
  dueAt: string;
  daysOverdue: number;
  daysUntilDue: number;
  state: CadenceState;
}

export interface HealthComponent extends Rendered {
  score: number;
  weight: number;
}

export type HealthComponentName = 'recency' | 'reciprocity' | 'depth';

export interface Relationship {
  stage: { value: Stage; reason: string };
  reciprocity: Reciprocity;
  cadence: Cadence;
  health: { score: number; reason: string; components: Record<HealthComponentName, HealthComponent> };
}

export interface Interaction {
  id: string;
  contactIds: string[];
  occurredAt: string;
  kind: InteractionKind;
  channel: string | null;
  direction: Direction;
  value: InteractionValue;
  askKind: AskKind | null;
  giveKind: GiveKind | null;
  note: string | null;
  followUpAt: string | null;
  createdAt: string;
}

export interface NewInteraction {
  contactIds: string[];
  occurredAt?: string;
  kind?: InteractionKind;
  channel?: string | null;
  direction?: Direction;
  value?: InteractionValue;
  askKind?: AskKind | null;
  giveKind?: GiveKind | null;
  note?: string | null;
  followUpAt?: string | null;
}

export interface KnowsEdgeView {
  contactId: string;
  name: string;
  company: string | null;
  strength: KnowsStrength;
  how: string | null;
  createdAt: string;
}

export interface NewKnowsEdge {
  contactId: string;
  knowsContactId: string;
  strength?: KnowsStrength;
  how?: string | null;
}

export interface ContactDetails {
  contact: ContactListItem;
  relationship: Relationship;
  recentInteractions: Interaction[];
  knows: KnowsEdgeView[];
}

/** A coach warning in the requested language (ask readiness, interactions.log). */
export interface RenderedWarning {
  code: 'early-ask' | 'negative-balance' | (string & {});
  contactId: string;
  name: string;
  message: string;
  suggestion: string;
}

export interface LoggedInteraction {
  interaction: Interaction;
  warnings: RenderedWarning[];
}

export interface AgendaEntry {
  id: string;
  contactId: string;
  name: string;
  kind: AgendaKind;
  reason: string;
  suggestion: string;
  score: number;
  dueAt: string | null;
  daysOverdue: number;
}

export interface TierFill {
  size: number;
  target: number;
  fill: number;
}

export interface NetworkMetrics {
  totalContacts: number;
  activeRelationships: number;
  activeShare: number;
  ghosts: number;
  ghostShare: number;
  gives: number;
  asks: number;
  thanks: number;
  giveShare: number;
  byCircle: Record<string, number>;
  byContext: Record<string, number>;
  byStage: Record<string, number>;
  tiers: Record<Tier, TierFill>;
  overdue: number;
  insights: string[];
}

export interface AccountSettings {
  locale: Locale;
  cadenceDays: Record<Tier, number>;
  tierTargets: Record<Tier, number>;
}

export interface SettingsPatch {
  locale?: Locale;
  cadenceDays?: Partial<Record<Tier, number>>;
  tierTargets?: Partial<Record<Tier, number>>;
}

/** GET /api/health. `dataLocation` is optional: older servers do not send it. */
export interface HealthStatus {
  status: 'ok';
  version: string;
  database: 'sqlite' | 'postgres';
  dataLocation?: string;
}

export interface ApiIssue {
  field: string;
  message: string;
}

export interface ErrorEnvelope {
  error: { code: string; message: string; details?: { issues?: ApiIssue[] } & Record<string, unknown> };
}
