/** One typed function per API operation the web app calls. */
import { apiFetch } from './client';
import type {
  AccountSettings,
  AgendaEntry,
  AskKind,
  ContactDetails,
  ContactFilter,
  ContactListItem,
  ContactPatch,
  HealthStatus,
  Interaction,
  KnowsEdgeView,
  LoggedInteraction,
  NetworkMetrics,
  NewContact,
  NewInteraction,
  NewKnowsEdge,
  Page,
  RenderedWarning,
  SettingsPatch,
} from './types';

const enc = encodeURIComponent;

export const api = {
  listContacts: (filter: ContactFilter, cursor: string | null, limit: number, signal?: AbortSignal) =>
    apiFetch<Page<ContactListItem>>('/v1/contacts', {
      query: { ...filter, cursor, limit } as Record<string, string | number | boolean | null | undefined>,
      signal,
    }),
  createContact: (body: NewContact) => apiFetch<ContactListItem>('/v1/contacts', { method: 'POST', body }),
  getContact: (id: string, signal?: AbortSignal) =>
    apiFetch<ContactDetails>(`/v1/contacts/${enc(id)}`, { withLang: true, signal }),
  updateContact: (id: string, body: ContactPatch) =>
    apiFetch<ContactListItem>(`/v1/contacts/${enc(id)}`, { method: 'PATCH', body }),
  snoozeContact: (id: string, until: string) =>
    apiFetch<ContactListItem>(`/v1/contacts/${enc(id)}/snooze`, { method: 'POST', body: { until } }),
  unsnoozeContact: (id: string) => apiFetch<ContactListItem>(`/v1/contacts/${enc(id)}/snooze`, { method: 'DELETE' }),
  archiveContact: (id: string, archived: boolean) =>
    apiFetch<ContactListItem>(`/v1/contacts/${enc(id)}/${archived ? 'archive' : 'unarchive'}`, { method: 'POST' }),
  listInteractions: (id: string, cursor: string | null, limit = 50) =>
    apiFetch<Page<Interaction>>(`/v1/contacts/${enc(id)}/interactions`, { query: { cursor, limit } }),
  listKnows: (id: string) => apiFetch<{ items: KnowsEdgeView[] }>(`/v1/contacts/${enc(id)}/knows`),
  checkAsk: (id: string, askKind: AskKind | null) =>
    apiFetch<{ warnings: RenderedWarning[] }>(`/v1/contacts/${enc(id)}/ask-readiness`, {
      method: 'POST',
      body: { askKind },
      withLang: true,
    }),
  logInteraction: (body: NewInteraction) =>
    apiFetch<LoggedInteraction>('/v1/interactions', { method: 'POST', body, withLang: true }),
  deleteInteraction: (id: string) => apiFetch<undefined>(`/v1/interactions/${enc(id)}`, { method: 'DELETE' }),
  addKnows: (body: NewKnowsEdge) => apiFetch<unknown>('/v1/knows', { method: 'POST', body }),
  removeKnows: (contactId: string, otherId: string) =>
    apiFetch<undefined>(`/v1/knows/${enc(contactId)}/${enc(otherId)}`, { method: 'DELETE' }),
  agenda: (limit = 50, signal?: AbortSignal) =>
    apiFetch<{ items: AgendaEntry[] }>('/v1/agenda/today', { query: { limit }, withLang: true, signal }),
  metrics: (signal?: AbortSignal) => apiFetch<NetworkMetrics>('/v1/metrics', { withLang: true, signal }),
  settings: (signal?: AbortSignal) => apiFetch<AccountSettings>('/v1/settings', { signal }),
  updateSettings: (body: SettingsPatch) => apiFetch<AccountSettings>('/v1/settings', { method: 'PATCH', body }),
  health: (signal?: AbortSignal) => apiFetch<HealthStatus>('/health', { signal }),
};
