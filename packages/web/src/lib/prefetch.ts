/**
 * Prefetching on intent (hover or focus of a link), so the next page's data and code are already
 * on their way when the click lands: no request waterfall on navigation.
 */
import type { QueryClient } from '@tanstack/react-query';
import { agendaQuery, contactListQuery, contactQuery, healthQuery, metricsQuery, settingsQuery } from '../api/queries';
import { apiFilter, filterFromSearch } from './contact-filter';

export const loadInsightsPage = () => import('../pages/InsightsPage');

/** Starts loading what the page at `path` (with its `?search`) will ask for first. */
export function prefetchRoute(client: QueryClient, path: string, search = ''): void {
  if (path === '/') void client.prefetchQuery(agendaQuery());
  else if (path === '/contacts')
    void client.prefetchInfiniteQuery(contactListQuery(apiFilter(filterFromSearch(search))));
  else if (path === '/insights') {
    void loadInsightsPage();
    void client.prefetchQuery(metricsQuery());
  } else if (path === '/settings') {
    void client.prefetchQuery(settingsQuery());
    void client.prefetchQuery(healthQuery());
  } else if (path.startsWith('/contacts/')) {
    void client.prefetchQuery({ ...contactQuery(path.slice('/contacts/'.length)), staleTime: 10_000 });
  }
}
