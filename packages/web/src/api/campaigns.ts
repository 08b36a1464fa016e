/**
 * Templates, campaigns and the SMTP settings: the web side of the REST contract (types and calls)
 * and their React Query bindings. Kept apart from endpoints.ts to stay small.
 */
import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import { apiFetch, getApiLanguage } from './client';
import type { ReviewFinding } from './types';

const enc = encodeURIComponent;

export const templateKinds = ['general', 'personal'] as const;
export type TemplateKind = (typeof templateKinds)[number];
export const draftLangs = ['en', 'es', 'pt', 'it'] as const;
export type DraftLang = (typeof draftLangs)[number];

export interface Template {
  id: string;
  name: string;
  kind: TemplateKind;
  lang: DraftLang;
  subject: string;
  body: string;
  askKind: string | null;
  giveKind: string | null;
  fields: string[];
  createdAt: string;
  updatedAt: string;
}

export interface NewTemplate {
  name: string;
  kind: TemplateKind;
  lang: DraftLang;
  subject: string;
  body: string;
}

export type SendState = 'pending' | 'sending' | 'sent' | 'failed';

export interface DraftFinding extends ReviewFinding {
  field: 'subject' | 'body';
}

export interface Recipient {
  contactId: string;
  toName: string;
  toAddress: string;
  personal: string | null;
  subject: string;
  body: string;
  edited: boolean;
  ready: boolean;
  sendState: SendState;
  messageId: string | null;
  attempts: number;
  lastError: string | null;
  sentAt: string | null;
  findings: DraftFinding[];
  warnings: { code: string; message: string; suggestion: string }[];
  mailto: string;
  repliedAt: string | null;
}

export type CampaignStatus = 'draft' | 'ready' | 'partial' | 'sent';

export interface Campaign {
  id: string;
  name: string;
  kind: TemplateKind;
  lang: DraftLang;
  status: CampaignStatus;
  counts: { total: number; ready: number; sent: number; failed: number; uncertain: number };
  recipients: Recipient[];
  createdAt: string;
}

export interface CampaignSummary {
  id: string;
  name: string;
  /** The template it was made from (it keeps its own copy; the template may be gone). */
  templateId: string | null;
  kind: TemplateKind;
  total: number;
  ready: number;
  sent: number;
  failed: number;
  createdAt: string;
}

export interface Exclusion {
  contactId: string;
  name: string;
  reason: string;
  message: string;
}

/** Who a campaign would go to: POST /campaigns/preview. */
export interface CampaignAudience {
  included: { contactId: string; name: string }[];
  excluded: Exclusion[];
}

export type AudienceFor = { templateId: string } | { campaignId: string };

export type TemplatePatch = Partial<NewTemplate>;

export interface NewCampaign {
  templateId: string;
  name?: string;
  filter?: { tag?: string; tier?: string; search?: string };
  contactIds?: string[];
}

export interface SendResult {
  contactId: string;
  name: string;
  outcome: 'sent' | 'failed' | 'already-sent' | 'uncertain';
  error: string | null;
}

export interface SmtpSettings {
  host: string;
  port: number;
  secure: boolean;
  user: string | null;
  fromName: string | null;
  fromAddress: string;
  hasPassword: boolean;
}

export interface SmtpInput {
  host: string;
  port: number;
  user: string | null;
  password?: string;
  fromName: string | null;
  fromAddress: string;
}

export const campaignsApi = {
  templates: (signal?: AbortSignal) => apiFetch<{ items: Template[] }>('/v1/templates', { signal }),
  addTemplate: (body: NewTemplate) => apiFetch<Template>('/v1/templates', { method: 'POST', body }),
  updateTemplate: (id: string, body: TemplatePatch) =>
    apiFetch<Template>(`/v1/templates/${enc(id)}`, { method: 'PATCH', body }),
  deleteTemplate: (id: string) => apiFetch<undefined>(`/v1/templates/${enc(id)}`, { method: 'DELETE' }),
  preview: (body: AudienceFor & { contactIds: string[] }, signal?: AbortSignal) =>
    apiFetch<CampaignAudience>('/v1/campaigns/preview', { method: 'POST', body, withLang: true, signal }),
  addRecipients: (id: string, contactIds: string[]) =>
    apiFetch<{ campaign: Campaign; excluded: Exclusion[] }>(`/v1/campaigns/${enc(id)}/recipients`, {
      method: 'POST',
      body: { contactIds },
      withLang: true,
    }),
  removeRecipient: (id: string, contactId: string) =>
    apiFetch<Campaign>(`/v1/campaigns/${enc(id)}/recipients/${enc(contactId)}`, { method: 'DELETE', withLang: true }),
  campaigns: (signal?: AbortSignal) => apiFetch<{ items: CampaignSummary[] }>('/v1/campaigns', { signal }),
  campaign: (id: string, signal?: AbortSignal) =>
    apiFetch<Campaign>(`/v1/campaigns/${enc(id)}`, { withLang: true, signal }),
  create: (body: NewCampaign) =>
    apiFetch<{ campaign: Campaign; excluded: Exclusion[] }>('/v1/campaigns', { method: 'POST', body, withLang: true }),
  editDraft: (
    id: string,
    contactId: string,
    body: { personal?: string | null; subject?: string; body?: string; ready?: boolean },
  ) =>
    apiFetch<Campaign>(`/v1/campaigns/${enc(id)}/recipients/${enc(contactId)}`, {
      method: 'PATCH',
      body,
      withLang: true,
    }),
  markReady: (id: string) =>
    apiFetch<Campaign>(`/v1/campaigns/${enc(id)}/ready`, { method: 'POST', body: {}, withLang: true }),
  send: (id: string) =>
    apiFetch<{ campaign: Campaign; results: SendResult[] }>(`/v1/campaigns/${enc(id)}/send`, {
      method: 'POST',
      body: {},
      withLang: true,
    }),
  smtp: (signal?: AbortSignal) => apiFetch<{ smtp: SmtpSettings | null }>('/v1/settings/smtp', { signal }),
  saveSmtp: (body: SmtpInput) => apiFetch<{ smtp: SmtpSettings }>('/v1/settings/smtp', { method: 'PUT', body }),
};

export const campaignKeys = {
  templates: ['templates'] as const,
  campaigns: ['campaigns'] as const,
  campaign: (id: string, lang: string) => ['campaign', id, lang] as const,
  smtp: ['smtp'] as const,
};

export const templatesQuery = () =>
  queryOptions({ queryKey: campaignKeys.templates, queryFn: ({ signal }) => campaignsApi.templates(signal) });

export const campaignsQuery = () =>
  queryOptions({ queryKey: campaignKeys.campaigns, queryFn: ({ signal }) => campaignsApi.campaigns(signal) });

export const campaignQuery = (id: string) =>
  queryOptions({
    queryKey: campaignKeys.campaign(id, getApiLanguage()),
    queryFn: ({ signal }) => campaignsApi.campaign(id, signal),
  });

export const smtpQuery = () =>
  queryOptions({ queryKey: campaignKeys.smtp, queryFn: ({ signal }) => campaignsApi.smtp(signal) });

export function useAddTemplate() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: NewTemplate) => campaignsApi.addTemplate(body),
    onSuccess: () => void client.invalidateQueries({ queryKey: campaignKeys.templates }),
  });
}

export function useUpdateTemplate() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ id, patch }: { id: string; patch: TemplatePatch }) => campaignsApi.updateTemplate(id, patch),
    onSuccess: () => void client.invalidateQueries({ queryKey: campaignKeys.templates }),
  });
}

export function useDeleteTemplate() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => campaignsApi.deleteTemplate(id),
    onSuccess: () => void client.invalidateQueries({ queryKey: campaignKeys.templates }),
  });
}

export function useCreateCampaign() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: NewCampaign) => campaignsApi.create(body),
    onSuccess: () => void client.invalidateQueries({ queryKey: campaignKeys.campaigns }),
  });
}

export function useSaveSmtp() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: SmtpInput) => campaignsApi.saveSmtp(body),
    onSuccess: (data) => client.setQueryData(campaignKeys.smtp, data),
  });
}

/** Every change to a campaign answers with the whole campaign: put it in the cache as is. */
export function useCampaignMutation<V, R extends Campaign | { campaign: Campaign }>(
  id: string,
  call: (vars: V) => Promise<R>,
) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: call,
    onSuccess: (data) => {
      const campaign = 'campaign' in data ? data.campaign : data;
      client.setQueryData(campaignKeys.campaign(id, getApiLanguage()), campaign);
      void client.invalidateQueries({ queryKey: campaignKeys.campaigns });
      void client.invalidateQueries({ queryKey: ['agenda'] });
    },
  });
}
