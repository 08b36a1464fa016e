/** Routes of the web app inside the shell; Insights is loaded on demand so chart.js stays out of the first load. */
import { useQueryClient } from '@tanstack/react-query';
import { lazy, Suspense, useCallback, useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Route, Switch, useLocation } from 'wouter';
import { keys } from './api/queries';
import type { ContactDetails } from './api/types';
import { Layout } from './components/Layout';
import { UiProvider } from './components/UiProvider';
import { loadInsightsPage } from './lib/prefetch';
import { ContactPage } from './pages/ContactPage';
import { ContactsPage } from './pages/ContactsPage';
import { LibraryPage } from './pages/LibraryPage';
import { CampaignsPage } from './pages/CampaignsPage';
import { CampaignPage } from './pages/CampaignPage';
import { NotFoundPage } from './pages/NotFoundPage';
import { ImportPage } from './pages/ImportPage';
import { DuplicatesPage } from './pages/DuplicatesPage';
import { SettingsPage } from './pages/SettingsPage';
import { TodayPage } from './pages/TodayPage';

const InsightsPage = lazy(loadInsightsPage);

function Loading() {
  const { t } = useTranslation();
  return (
    <p className="spinner" role="status">
      {t('app.loading')}
    </p>
  );
}

/** Moves focus to the page on navigation so keyboard and screen-reader users start at the top. */
function useFocusOnNavigate(): void {
  const [location] = useLocation();
  const first = useRef(true);
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    const main = document.getElementById('main');
    const active = document.activeElement;
    // Keep focus where it is when the user is typing (search updates the URL as they type).
    if (main && !(active instanceof HTMLInputElement || active instanceof HTMLSelectElement)) {
      main.focus({ preventScroll: true });
    }
  }, [location]);
}

export function App() {
  const [location] = useLocation();
  const { i18n } = useTranslation();
  const client = useQueryClient();
  useFocusOnNavigate();

  const currentContact = useCallback(() => {
    const match = /^\/contacts\/([^/]+)$/.exec(location);
    const id = match?.[1];
    if (!id) return undefined;
    const details = client.getQueryData<ContactDetails>(keys.contact(id, i18n.language));
    return details ? { id, name: details.contact.name } : undefined;
  }, [location, client, i18n.language]);

  return (
    <UiProvider currentContact={currentContact}>
      <Layout>
        <Suspense fallback={<Loading />}>
          <Switch>
            <Route path="/" component={TodayPage} />
            <Route path="/contacts" component={ContactsPage} />
            <Route path="/contacts/:id">{(params) => <ContactPage key={params.id} id={params.id} />}</Route>
            <Route path="/insights" component={InsightsPage} />
            <Route path="/library" component={LibraryPage} />
            <Route path="/campaigns" component={CampaignsPage} />
            <Route path="/campaigns/:id">{(params) => <CampaignPage key={params.id} id={params.id} />}</Route>
            <Route path="/import" component={ImportPage} />
            <Route path="/duplicates" component={DuplicatesPage} />
            <Route path="/settings" component={SettingsPage} />
            <Route component={NotFoundPage} />
          </Switch>
        </Suspense>
      </Layout>
    </UiProvider>
  );
}
