/**
 * The API calls behind data leaving and coming back: export and backup download links, restore,
 * and the calendar feed (status, create or rotate, revoke).
 */
import { apiFetch } from './client';

export const exportFormats = ['vcard', 'vcard3', 'csv', 'json'] as const;
export type ExportFormat = (typeof exportFormats)[number];

export interface CalendarFeedInfo {
  active: boolean;
  createdAt: string | null;
}

export interface NewCalendarFeed {
  token: string;
  path: string;
  url: string;
  webcalUrl: string;
  createdAt: string;
}

export interface RestoreResult {
  restored: Record<string, number>;
}

/** Download links: the server answers them as attachments, so a plain link saves the file. */
export const downloads = {
  contacts: (format: ExportFormat, ids?: readonly string[]) => {
    const params = new URLSearchParams({ format });
    if (ids && ids.length > 0) params.set('ids', ids.join(','));
    return `/api/v1/export/contacts?${params.toString()}`;
  },
  backup: () => '/api/v1/backup',
  calendar: (lang: string) => `/api/v1/calendar/export?${new URLSearchParams({ lang }).toString()}`,
};

export const dataApi = {
  restore: (backup: unknown) => apiFetch<RestoreResult>('/v1/restore', { method: 'POST', body: backup }),
  calendarFeed: (signal?: AbortSignal) => apiFetch<CalendarFeedInfo>('/v1/calendar-feed', { signal }),
  createCalendarFeed: () => apiFetch<NewCalendarFeed>('/v1/calendar-feed', { method: 'POST' }),
  revokeCalendarFeed: () => apiFetch<undefined>('/v1/calendar-feed', { method: 'DELETE' }),
};
