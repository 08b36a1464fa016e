/**
 * The contacts list, virtualised: only the rows on screen are in the DOM, so 20,000 contacts scroll
 * smoothly. Pages load from the cursor API as the end comes near. Arrow keys move, Enter opens,
 * Space selects.
 */
import { useVirtualizer } from '@tanstack/react-virtual';
import { useCallback, useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ContactListItem } from '../api/types';
import { ContactRow } from './ContactRow';

const ROW_HEIGHT = 60;

interface Props {
  items: ContactListItem[];
  hasMore: boolean;
  loadingMore: boolean;
  onLoadMore: () => void;
  selected: ReadonlySet<string>;
  onToggle: (contact: ContactListItem) => void;
  onIntent: (id: string) => void;
}

export function VirtualContactList({ items, hasMore, loadingMore, onLoadMore, selected, onToggle, onIntent }: Props) {
  const { t } = useTranslation();
  const scrollRef = useRef<HTMLDivElement>(null);
  const [active, setActive] = useState(0);
  const focusPending = useRef(false);
  const count = items.length + (hasMore ? 1 : 0);
  const virtualizer = useVirtualizer({
    count,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 12,
  });
  const virtualItems = virtualizer.getVirtualItems();
  const last = virtualItems[virtualItems.length - 1];

  useEffect(() => {
    if (last && last.index >= items.length - 30 && hasMore && !loadingMore) onLoadMore();
  }, [last, items.length, hasMore, loadingMore, onLoadMore]);

  // After a keyboard move the target row may only now be rendered: focus it once it is.
  useEffect(() => {
    if (!focusPending.current) return;
    const el = scrollRef.current?.querySelector<HTMLElement>(`[data-row-link="${active}"]`);
    if (el) {
      focusPending.current = false;
      el.focus({ preventScroll: true });
    }
  });

  const safeActive = Math.min(active, Math.max(0, items.length - 1));

  const move = useCallback(
    (to: number) => {
      const next = Math.max(0, Math.min(items.length - 1, to));
      setActive(next);
      focusPending.current = true;
      virtualizer.scrollToIndex(next, { align: 'auto' });
    },
    [items.length, virtualizer],
  );

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const page = Math.max(1, Math.floor((scrollRef.current?.clientHeight ?? 600) / ROW_HEIGHT) - 1);
    const keyMoves: Record<string, number> = {
      ArrowDown: safeActive + 1,
      ArrowUp: safeActive - 1,
      PageDown: safeActive + page,
      PageUp: safeActive - page,
      Home: 0,
      End: items.length - 1,
    };
    const to = keyMoves[event.key];
    if (to !== undefined) {
      event.preventDefault();
      move(to);
    } else if (event.key === ' ' || event.key === 'x') {
      const contact = items[safeActive];
      if (contact) {
        event.preventDefault();
        onToggle(contact);
      }
    }
  };

  return (
    <div ref={scrollRef} className="contact-scroller" onKeyDown={onKeyDown} data-testid="contact-list">
      <div
        role="list"
        aria-label={t('contacts.listLabel')}
        style={{ height: virtualizer.getTotalSize(), position: 'relative' }}
      >
        {virtualItems.map((row) => {
          const contact = items[row.index];
          if (!contact) {
            return (
              <div
                key="loader"
                className="contact-row muted"
                style={{ transform: `translateY(${row.start}px)`, height: ROW_HEIGHT }}
              >
                {t('app.loading')}
              </div>
            );
          }
          return (
            <ContactRow
              key={contact.id}
              contact={contact}
              index={row.index}
              top={row.start}
              height={ROW_HEIGHT}
              active={row.index === safeActive}
              selected={selected.has(contact.id)}
              onToggle={onToggle}
              onFocusRow={setActive}
              onIntent={onIntent}
            />
          );
        })}
      </div>
    </div>
  );
}
