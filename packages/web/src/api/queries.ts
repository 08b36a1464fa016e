/**
 * React Query bindings: query keys, query options (shared by hooks and prefetching) and the
 * mutations with the caches each one refreshes.
 */
import {
  infiniteQueryOptions,
  queryOptions,
  useMutation,
  useQueryClient,
  type QueryClient,
} from '@tanstack/react-query';
import { api } from './endpoints';
import { getApiLanguage } from './client';
import type { ContactFilter, ContactPatch, NewContact, NewInteraction, NewKnowsEdge, SettingsPatch } from './types';

/** Page size of the contacts list: large enough to fill a tall screen twice, small enough to be quick. */
export const CONTACTS_PAGE_SIZE = 100;

export const keys = {
  contacts: ['contacts'] as const,
  contactList: (filter: ContactFilter) => ['contacts', 'list', filter] as const,
  contact: (id: string, lang: string) => ['contact', id, lang] as const,
  contactAll: (id: string) => ['contact', id] as const,
  interactions: (id: string) => ['interactions', id] as const,
  agenda: (lang: string) => ['agenda', lang] as const,
  metrics: (lang: string) => ['metrics', lang] as const,
  settings: ['settings'] as const,
  health: ['health'] as const,
  search: (q: string) => ['search', q] as const,
};

export const contactListQuery = (filter: ContactFilter) =>
  infiniteQueryOptions({
    queryKey: keys.contactList(filter),
    queryFn: ({ pageParam, signal }) => api.listContacts(filter, pageParam, CONTACTS_PAGE_SIZE, signal),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.nextCursor,
  });

export const contactQuery = (id: string) =>
  queryOptions({
    queryKey: keys.contact(id, getApiLanguage()),
    queryFn: ({ signal }) => api.getContact(id, signal),
  });

export const interactionsQuery = (id: string) =>
  infiniteQueryOptions({
    queryKey: keys.interactions(id),
    queryFn: ({ pageParam }) => api.listInteractions(id, pageParam),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.nextCursor,
  });

export const agendaQuery = () =>
  queryOptions({ queryKey: keys.agenda(getApiLanguage()), queryFn: ({ signal }) => api.agenda(50, signal) });

export const metricsQuery = () =>
  queryOptions({ queryKey: keys.metrics(getApiLanguage()), queryFn: ({ signal }) => api.metrics(signal) });

export const settingsQuery = () =>
  queryOptions({ queryKey: keys.settings, queryFn: ({ signal }) => api.settings(signal) });

export const healthQuery = () =>
  queryOptions({ queryKey: keys.health, queryFn: ({ signal }) => api.health(signal), staleTime: 60_000 });

/** A short contact search (command palette, pickers): first few matches by name. */
export const searchQuery = (q: string) =>
  queryOptions({
    queryKey: keys.search(q),
    queryFn: ({ signal }) => api.listContacts({ search: q, sort: 'name' }, null, 8, signal),
    enabled: q.trim().length > 0,
    staleTime: 10_000,
  });

/** Everything an interaction or a contact change can affect. */
function refreshAfterChange(client: QueryClient, contactIds: string[]): void {
  void client.invalidateQueries({ queryKey: keys.contacts });
  void client.invalidateQueries({ queryKey: ['agenda'] });
  void client.invalidateQueries({ queryKey: ['metrics'] });
  void client.invalidateQueries({ queryKey: ['search'] });
  for (const id of contactIds) {
    void client.invalidateQueries({ queryKey: keys.contactAll(id) });
    void client.invalidateQueries({ queryKey: keys.interactions(id) });
  }
}

export function useCreateContact() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: NewContact) => api.createContact(body),
    onSuccess: () => refreshAfterChange(client, []),
  });
}

export function useUpdateContact() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ id, patch }: { id: string; patch: ContactPatch }) => api.updateContact(id, patch),
    onSuccess: (contact) => refreshAfterChange(client, [contact.id]),
  });
}

export function useArchiveContact() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ id, archived }: { id: string; archived: boolean }) => api.archiveContact(id, archived),
    onSuccess: (contact) => refreshAfterChange(client, [contact.id]),
  });
}

/** Snoozes a contact off Today until `until` (an ISO instant), or with null ends the snooze. */
export function useSnoozeContact() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ id, until }: { id: string; until: string | null }) =>
      until === null ? api.unsnoozeContact(id) : api.snoozeContact(id, until),
    onSuccess: (contact) => refreshAfterChange(client, [contact.id]),
  });
}

export function useLogInteraction() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: NewInteraction) => api.logInteraction(body),
    onSuccess: (result) => refreshAfterChange(client, result.interaction.contactIds),
  });
}

export function useDeleteInteraction(contactId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => api.deleteInteraction(id),
    onSuccess: () => refreshAfterChange(client, [contactId]),
  });
}

export function useAddKnows() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: NewKnowsEdge) => api.addKnows(body),
    onSuccess: (_r, body) => refreshAfterChange(client, [body.contactId, body.knowsContactId]),
  });
}

export function useRemoveKnows() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ contactId, otherId }: { contactId: string; otherId: string }) => api.removeKnows(contactId, otherId),
    onSuccess: (_r, v) => refreshAfterChange(client, [v.contactId, v.otherId]),
  });
}

export function useUpdateSettings() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: SettingsPatch) => api.updateSettings(body),
    onSuccess: (settings) => {
      client.setQueryData(keys.settings, settings);
      refreshAfterChange(client, []);
      void client.invalidateQueries({ queryKey: ['contact'] });
    },
  });
}
