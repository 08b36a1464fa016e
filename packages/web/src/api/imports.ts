/**
 * Imports, duplicates and merges: the calls (the file goes up as the raw body, with upload
 * progress) and their React Query bindings. Shapes follow the API's OpenAPI document.
 */
import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import { apiFetch, getApiLanguage } from './client';
import { ApiError, toApiError } from './errors';
import type { Contact } from './types';

const enc = encodeURIComponent;

export const importFormats = ['vcard', 'linkedin', 'google', 'outlook', 'thunderbird', 'json'] as const;
export type ImportFormat = (typeof importFormats)[number];
export type MatchReason = 'linkedin' | 'email' | 'phone' | 'name-company' | 'similar-name-company';

export interface ImportIssue {
  record: number | null;
  line: number | null;
  severity: 'error' | 'warning';
  code: string;
  message: string;
}

export interface ImportExample {
  record: number;
  line: number;
  name: string;
  contactId?: string;
  matchedBy?: MatchReason;
  fields?: string[];
  message?: string;
}

export interface ImportCounts {
  records: number;
  created: number;
  updated: number;
  duplicates: number;
  failed: number;
  skipped: number;
}

export interface ImportReport extends ImportCounts {
  batchId: string | null;
  dryRun: boolean;
  format: ImportFormat;
  fileName: string | null;
  problems: ImportIssue[];
  problemCount: number;
  examples: Record<'created' | 'updated' | 'duplicates' | 'failed', ImportExample[]>;
  possibleDuplicates: { count: number };
}

export interface ImportBatch extends ImportCounts {
  id: string;
  format: ImportFormat;
  fileName: string | null;
  problemCount: number;
  createdAt: string;
  undoneAt: string | null;
}

export interface DuplicatePair {
  a: Contact;
  b: Contact;
  reasons: MatchReason[];
}

/** Two contacts the user said are different people: never suggested as duplicates again. */
export interface DismissedPair {
  a: Contact;
  b: Contact;
  createdAt: string;
}

export interface MergeRecord {
  id: string;
  keepId: string;
  otherId: string;
  otherName: string;
  createdAt: string;
  undoneAt: string | null;
}

export const mergeChoiceFields = ['name', 'company', 'role', 'location', 'linkedinUrl', 'birthday'] as const;
export type MergeChoiceField = (typeof mergeChoiceFields)[number];

export interface ImportRequest {
  file: Blob;
  fileName: string;
  format: ImportFormat | 'auto';
  dryRun: boolean;
  skipInvalid: boolean;
}

/** The failure of an import that was rolled back: the API error plus the per-record report. */
export class RejectedImport extends Error {
  constructor(
    readonly report: ImportReport,
    message: string,
  ) {
    super(message);
    this.name = 'RejectedImport';
  }
}

/**
 * Uploads a file for a dry run or an import. XMLHttpRequest rather than fetch: it reports upload
 * progress (0..1) for the progress bar.
 * @throws RejectedImport when records failed (nothing saved), ApiError otherwise.
 */
export function uploadImport(request: ImportRequest, onProgress?: (share: number) => void): Promise<ImportReport> {
  const params = new URLSearchParams({
    format: request.format,
    fileName: request.fileName,
    dryRun: String(request.dryRun),
    skipInvalid: String(request.skipInvalid),
  });
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', `/api/v1/imports?${params.toString()}`);
    xhr.setRequestHeader('Content-Type', 'application/octet-stream');
    xhr.setRequestHeader('Accept', 'application/json');
    xhr.setRequestHeader('Accept-Language', getApiLanguage());
    xhr.upload.onprogress = (e) => {
      if (e.lengthComputable && onProgress) onProgress(e.loaded / e.total);
    };
    xhr.onerror = () => reject(new ApiError('network_error', 0, 'Network error'));
    xhr.onload = () => {
      let body: unknown;
      try {
        body = JSON.parse(xhr.responseText);
      } catch {
        body = undefined;
      }
      if (xhr.status >= 200 && xhr.status < 300) return resolve(body as ImportReport);
      const report = (body as { error?: { details?: { report?: ImportReport }; message?: string } } | undefined)?.error;
      if (report?.details?.report) return reject(new RejectedImport(report.details.report, report.message ?? ''));
      reject(toApiError(xhr.status, body));
    };
    xhr.send(request.file);
  });
}

export const importsApi = {
  list: (signal?: AbortSignal) => apiFetch<{ items: ImportBatch[] }>('/v1/imports', { signal }),
  undo: (id: string) =>
    apiFetch<{ removed: number; restored: number; missing: number }>(`/v1/imports/${enc(id)}/undo`, { method: 'POST' }),
  duplicates: (signal?: AbortSignal) => apiFetch<{ items: DuplicatePair[] }>('/v1/duplicates', { signal }),
  merge: (body: { keepId: string; otherId: string; prefer?: Partial<Record<MergeChoiceField, 'keep' | 'other'>> }) =>
    apiFetch<{ merge: MergeRecord; contact: Contact }>('/v1/merges', { method: 'POST', body }),
  merges: (signal?: AbortSignal) => apiFetch<{ items: MergeRecord[] }>('/v1/merges', { signal }),
  undoMerge: (id: string) => apiFetch<MergeRecord>(`/v1/merges/${enc(id)}/undo`, { method: 'POST' }),
  dismiss: (body: { aId: string; bId: string }) =>
    apiFetch<{ dismissal: DismissedPair; created: boolean }>('/v1/duplicates/dismissals', { method: 'POST', body }),
  dismissals: (signal?: AbortSignal) => apiFetch<{ items: DismissedPair[] }>('/v1/duplicates/dismissals', { signal }),
  undismiss: (pair: { aId: string; bId: string }) =>
    apiFetch<DismissedPair>(`/v1/duplicates/dismissals/${enc(pair.aId)}/${enc(pair.bId)}`, { method: 'DELETE' }),
};

export const importKeys = {
  imports: ['imports'] as const,
  duplicates: ['duplicates'] as const,
  merges: ['merges'] as const,
  dismissals: ['duplicate-dismissals'] as const,
};

export const importsQuery = () =>
  queryOptions({ queryKey: importKeys.imports, queryFn: ({ signal }) => importsApi.list(signal) });
export const duplicatesQuery = () =>
  queryOptions({ queryKey: importKeys.duplicates, queryFn: ({ signal }) => importsApi.duplicates(signal) });
export const mergesQuery = () =>
  queryOptions({ queryKey: importKeys.merges, queryFn: ({ signal }) => importsApi.merges(signal) });
export const dismissalsQuery = () =>
  queryOptions({ queryKey: importKeys.dismissals, queryFn: ({ signal }) => importsApi.dismissals(signal) });

/** Anything that changes who is in the network refreshes lists, the agenda and these pages. */
function refreshNetwork(client: ReturnType<typeof useQueryClient>): void {
  for (const key of [
    ['contacts'],
    ['contact'],
    ['agenda'],
    ['metrics'],
    importKeys.imports,
    importKeys.duplicates,
    importKeys.merges,
    importKeys.dismissals,
  ]) {
    void client.invalidateQueries({ queryKey: key });
  }
}

export function useUndoImport() {
  const client = useQueryClient();
  return useMutation({ mutationFn: (id: string) => importsApi.undo(id), onSuccess: () => refreshNetwork(client) });
}

export function useMerge() {
  const client = useQueryClient();
  return useMutation({ mutationFn: importsApi.merge, onSuccess: () => refreshNetwork(client) });
}

export function useUndoMerge() {
  const client = useQueryClient();
  return useMutation({ mutationFn: (id: string) => importsApi.undoMerge(id), onSuccess: () => refreshNetwork(client) });
}

/** "Not the same person": the pair leaves the suggestions (and comes back with useUndismiss). */
export function useDismiss() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: importsApi.dismiss,
    onSuccess: () => {
      void client.invalidateQueries({ queryKey: importKeys.duplicates });
      void client.invalidateQueries({ queryKey: importKeys.dismissals });
    },
  });
}

export function useUndismiss() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: importsApi.undismiss,
    onSuccess: () => {
      void client.invalidateQueries({ queryKey: importKeys.duplicates });
      void client.invalidateQueries({ queryKey: importKeys.dismissals });
    },
  });
}

/** Call after an import finished: new people everywhere. */
export function useRefreshAfterImport(): () => void {
  const client = useQueryClient();
  return () => refreshNetwork(client);
}
