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

export const contactSorts = ['name', 'recent', 'created', 'due', 'health'] as const;
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
  // From imports (LinkedIn "Connected On"): not counted as contact by the coach.
  'connection',
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
  /** Kept off Today until then (POST /contacts/:id/snooze); null when not snoozed. */
  snoozedUntil: string | null;
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
  /** The give-library item this give shared, if any. */
  giveItemId?: string | null;
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
  giveItemId?: string | null;
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
  /** Only after a first meeting, coffee or call: questions to ask. */
  questions?: Question[];
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
  /** Other reasons the same person is due today, less urgent than `kind`. */
  also: { kind: AgendaKind; reason: string }[];
  /** The give-library item the suggestion names, when one fits. */
  giveItem?: { id: string; title: string; url: string | null };
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
  /** My gives, asks and thanks per UTC month (`YYYY-MM`), the last 12 months, oldest first. */
  exchangesByMonth: MonthExchanges[];
  sources: Record<SourceDimension, SourceBreakdown>;
  cadenceByTier: Record<Tier, CadenceCounts>;
  insights: string[];
}

export interface MonthExchanges {
  month: string;
  gives: number;
  asks: number;
  thanks: number;
}

export const sourceDimensions = ['context', 'sector', 'company'] as const;
export type SourceDimension = (typeof sourceDimensions)[number];

/** Where contacts come from by one field, and how concentrated that is. */
export interface SourceBreakdown {
  top: { value: string; count: number }[];
  other: number;
  unknown: number;
  known: number;
  distinct: number;
  top3Share: number;
  hhi: number;
  concentration: 'diverse' | 'moderate' | 'concentrated' | 'too-few';
  /** The coach's verdict, in the requested language. */
  verdict: string;
}

export const cadenceStates = ['onTrack', 'dueSoon', 'overdue', 'neverContacted'] as const;
export type CadenceCounts = Record<(typeof cadenceStates)[number], number>;

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

/** One finding of the message reviewer, explained in the requested language. */
export interface ReviewFinding {
  rule: ReviewRule;
  severity: 'warning' | 'info';
  message: string;
  evidence: string;
  /** UTF-16 offsets of the evidence in the draft, end exclusive. */
  start: number;
  end: number;
}

export interface ReviewResult {
  lang: 'en' | 'es' | 'pt' | 'it';
  findings: ReviewFinding[];
}

/** A question for a first meeting: from the built-in bank or the user's own. */
export interface Question {
  id: string;
  text: string;
  source: 'bank' | 'own';
}

export const giveItemKinds = ['article', 'job-ad', 'event', 'ebook', 'book', 'introduction'] as const;
export type GiveItemKind = (typeof giveItemKinds)[number];

/** Something worth sharing, in the give library. */
export interface GiveItem {
  id: string;
  kind: GiveItemKind;
  title: string;
  url: string | null;
  topics: string[];
  note: string | null;
  createdAt: string;
  updatedAt: string;
}

export interface NewGiveItem {
  kind?: GiveItemKind;
  title: string;
  url?: string | null;
  topics?: string[];
  note?: string | null;
}

export interface GiveSuggestion {
  item: GiveItem;
  score: number;
  reasons: string[];
}
