/**
 * Contacts: the whole network in a virtualised list with search as you type, filters, sort, bulk
 * edit and keyboard navigation. Filters live in the URL so a view can be bookmarked or shared.
 */
import { useInfiniteQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation, useSearch } from 'wouter';
import { contactListQuery } from '../api/queries';
import type { ContactFilter, ContactListItem } from '../api/types';
import { BulkEditBar } from '../components/BulkEditBar';
import { ContactFilters } from '../components/ContactFilters';
import { ErrorBanner } from '../components/ErrorBanner';
import { VirtualContactList } from '../components/VirtualContactList';
import { useUi } from '../components/ui-context';
import { useDebouncedValue } from '../hooks/useDebouncedValue';
import { usePageTitle } from '../hooks/usePageTitle';
import { formatNumber } from '../i18n/format';
import { apiFilter, filterFromSearch, filterToSearch } from '../lib/contact-filter';
import { prefetchRoute } from '../lib/prefetch';

export function ContactsPage() {
  const { t, i18n } = useTranslation();
  usePageTitle(t('contacts.title'));
  const ui = useUi();
  const client = useQueryClient();
  const search = useSearch();
  const [, navigate] = useLocation();
  const filter = useMemo(() => filterFromSearch(search), [search]);
  const [searchText, setSearchText] = useState(filter.search ?? '');
  const debounced = useDebouncedValue(searchText, 220);
  const [selected, setSelected] = useState<Map<string, ContactListItem>>(new Map());

  const setFilter = useCallback(
    (next: ContactFilter) => {
      const qs = filterToSearch(next);
      navigate(`/contacts${qs ? `?${qs}` : ''}`, { replace: true });
    },
    [navigate],
  );

  // Typing updates the URL (and so the query) once the user pauses.
  useEffect(() => {
    if ((filter.search ?? '') !== debounced.trim()) setFilter({ ...filter, search: debounced.trim() });
  }, [debounced, filter, setFilter]);

  const query = useInfiniteQuery(contactListQuery(apiFilter(filter)));
  const items = useMemo(() => query.data?.pages.flatMap((p) => p.items) ?? [], [query.data]);
  const { hasNextPage, isFetchingNextPage, fetchNextPage } = query;
  const loadMore = useCallback(() => void fetchNextPage(), [fetchNextPage]);

  const toggle = useCallback((c: ContactListItem) => {
    setSelected((prev) => {
      const next = new Map(prev);
      if (next.has(c.id)) next.delete(c.id);
      else next.set(c.id, c);
      return next;
    });
  }, []);
  const selectAll = () => setSelected(new Map(items.map((c) => [c.id, c])));
  const onIntent = useCallback((id: string) => prefetchRoute(client, `/contacts/${id}`), [client]);
  const selectedIds = useMemo(() => new Set(selected.keys()), [selected]);

  const isFiltered = Boolean(
    filter.search ?? filter.circle ?? filter.tier ?? filter.context ?? filter.stage ?? filter.tag ?? filter.due,
  );
  const count = formatNumber(items.length, i18n.language);

  return (
    <>
      <div className="page-head">
        <h1>{t('contacts.title')}</h1>
        <button type="button" className="btn btn-primary" onClick={ui.openNewContact} aria-keyshortcuts="n">
          + {t('contacts.new')}
        </button>
      </div>
      <ContactFilters filter={filter} searchText={searchText} onSearchText={setSearchText} onChange={setFilter} />
      <ErrorBanner error={query.error} onRetry={query.isError ? () => void query.refetch() : undefined} />
      {selected.size > 0 && <BulkEditBar selected={[...selected.values()]} onClear={() => setSelected(new Map())} />}
      <div className="list-meta">
        <span role="status" aria-live="polite">
          {query.isPending
            ? t('app.loading')
            : hasNextPage
              ? t('contacts.loadedMore', { n: count })
              : t('contacts.loaded', { count: items.length, n: count })}
        </span>
        {items.length > 0 && (
          <button type="button" className="btn btn-small btn-ghost" onClick={selectAll}>
            {t('contacts.selectAll')}
          </button>
        )}
      </div>
      {query.isSuccess && items.length === 0 ? (
        <section className="card empty">
          {isFiltered ? (
            <p>{t('contacts.noMatches')}</p>
          ) : (
            <>
              <h2>{t('contacts.emptyTitle')}</h2>
              <p className="muted">{t('contacts.emptyText')}</p>
              <button type="button" className="btn btn-primary" onClick={ui.openNewContact}>
                + {t('contacts.new')}
              </button>
            </>
          )}
        </section>
      ) : (
        <VirtualContactList
          items={items}
          hasMore={hasNextPage}
          loadingMore={isFetchingNextPage}
          onLoadMore={loadMore}
          selected={selectedIds}
          onToggle={toggle}
          onIntent={onIntent}
        />
      )}
      {filter.sort === 'health' && (
        <p className="muted small" style={{ marginTop: '0.5rem' }}>
          {t('contacts.healthSortNote')}
        </p>
      )}
    </>
  );
}
