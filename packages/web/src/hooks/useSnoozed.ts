/**
 * Snoozing agenda items until tomorrow. The API has no snooze, so it lives in this browser's
 * localStorage, keyed by the local date: tomorrow everything snoozed today comes back.
 */
import { useCallback, useState } from 'react';
import { toDateInputValue } from '../i18n/format';

const KEY = 'nexo.snoozed';

interface Stored {
  day: string;
  ids: string[];
}

function read(today: string): string[] {
  try {
    const raw = localStorage.getItem(KEY);
    if (!raw) return [];
    const parsed = JSON.parse(raw) as Partial<Stored>;
    return parsed.day === today && Array.isArray(parsed.ids) ? parsed.ids.filter((i) => typeof i === 'string') : [];
  } catch {
    return [];
  }
}

function write(today: string, ids: string[]): void {
  try {
    localStorage.setItem(KEY, JSON.stringify({ day: today, ids } satisfies Stored));
  } catch {
    // Without storage the snooze lasts until the page reloads.
  }
}

export function useSnoozed(): { snoozed: ReadonlySet<string>; snooze(id: string): void; clear(): void } {
  const today = toDateInputValue(new Date());
  const [ids, setIds] = useState<string[]>(() => read(today));
  const snooze = useCallback(
    (id: string) => {
      setIds((prev) => {
        const next = [...new Set([...prev, id])];
        write(today, next);
        return next;
      });
    },
    [today],
  );
  const clear = useCallback(() => {
    write(today, []);
    setIds([]);
  }, [today]);
  return { snoozed: new Set(ids), snooze, clear };
}
