/**
 * The outreach coach's calls and React Query bindings: the message reviewer, the first-meeting
 * questions and the give library (kept apart from endpoints.ts to stay small).
 */
import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import { apiFetch, getApiLanguage } from './client';
import type { GiveItem, GiveSuggestion, NewGiveItem, Question, ReviewResult } from './types';

const enc = encodeURIComponent;

export const libraryApi = {
  review: (body: { text: string; contactId?: string }, signal?: AbortSignal) =>
    apiFetch<ReviewResult>('/v1/coach/review', { method: 'POST', body, withLang: true, signal }),
  questions: (signal?: AbortSignal) => apiFetch<{ items: Question[] }>('/v1/questions', { withLang: true, signal }),
  addQuestion: (text: string) => apiFetch<Question>('/v1/questions', { method: 'POST', body: { text } }),
  gives: (signal?: AbortSignal) => apiFetch<{ items: GiveItem[] }>('/v1/gives', { signal }),
  addGive: (body: NewGiveItem) => apiFetch<GiveItem>('/v1/gives', { method: 'POST', body }),
  removeGive: (id: string) => apiFetch<undefined>(`/v1/gives/${enc(id)}`, { method: 'DELETE' }),
  suggestions: (contactId: string, signal?: AbortSignal) =>
    apiFetch<{ items: GiveSuggestion[] }>(`/v1/contacts/${enc(contactId)}/give-suggestions`, {
      withLang: true,
      signal,
    }),
};

export const libraryKeys = {
  questions: (lang: string) => ['questions', lang] as const,
  gives: ['gives'] as const,
  suggestions: (contactId: string, lang: string) => ['give-suggestions', contactId, lang] as const,
};

export const questionsQuery = () =>
  queryOptions({
    queryKey: libraryKeys.questions(getApiLanguage()),
    queryFn: ({ signal }) => libraryApi.questions(signal),
  });

export const givesQuery = () =>
  queryOptions({ queryKey: libraryKeys.gives, queryFn: ({ signal }) => libraryApi.gives(signal) });

export const suggestionsQuery = (contactId: string) =>
  queryOptions({
    queryKey: libraryKeys.suggestions(contactId, getApiLanguage()),
    queryFn: ({ signal }) => libraryApi.suggestions(contactId, signal),
  });

export function useAddQuestion() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (text: string) => libraryApi.addQuestion(text),
    onSuccess: () => void client.invalidateQueries({ queryKey: ['questions'] }),
  });
}

/** Library changes move the suggestions and the agenda lines that name items. */
function refreshLibrary(client: ReturnType<typeof useQueryClient>): void {
  void client.invalidateQueries({ queryKey: libraryKeys.gives });
  void client.invalidateQueries({ queryKey: ['give-suggestions'] });
  void client.invalidateQueries({ queryKey: ['agenda'] });
}

export function useAddGive() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: NewGiveItem) => libraryApi.addGive(body),
    onSuccess: () => refreshLibrary(client),
  });
}

export function useRemoveGive() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => libraryApi.removeGive(id),
    onSuccess: () => refreshLibrary(client),
  });
}
