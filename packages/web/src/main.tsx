/** Entry point: i18n, the query client and the app, mounted on #root. */
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { isApiError } from './api/errors';
import { App } from './App';
import { setupI18n } from './i18n/setup';
import { prefetchRoute } from './lib/prefetch';
import './styles/app.css';

setupI18n();

const queryClient = new QueryClient({
  defaultOptions: {
    queries: {
      staleTime: 15_000,
      refetchOnWindowFocus: true,
      // Client errors (not found, bad filter) will not fix themselves: do not retry them.
      retry: (count, error) => !(isApiError(error) && error.status >= 400 && error.status < 500) && count < 2,
    },
  },
});

// The first page's data starts loading now, while React renders the shell.
prefetchRoute(queryClient, window.location.pathname, window.location.search);

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <QueryClientProvider client={queryClient}>
        <App />
      </QueryClientProvider>
    </StrictMode>,
  );
}
