/**
 * Today: the coach's agenda grouped by kind (thanks owed, follow-ups, reconnect, first gives), with
 * done / snooze / log on each person, and a first-steps guide while the network is empty. A snooze
 * is stored on the server (until the start of tomorrow here), so it holds on every device.
 */
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../api/endpoints';
import { agendaQuery, useLogInteraction, useSnoozeContact } from '../api/queries';
import { agendaKinds, type AgendaEntry } from '../api/types';
import { AgendaItemCard, doneValueByKind } from '../components/AgendaItemCard';
import { ErrorBanner } from '../components/ErrorBanner';
import { WelcomeSteps } from '../components/WelcomeSteps';
import { useUi } from '../components/ui-context';
import { usePageTitle } from '../hooks/usePageTitle';

export function TodayPage() {
  const { t } = useTranslation();
  usePageTitle(t('today.title'));
  const ui = useUi();
  const agenda = useQuery(agendaQuery());
  // Run in parallel with the agenda: is there anybody at all? (decides the welcome state)
  const anyContact = useQuery({
    queryKey: ['contacts', 'any'],
    queryFn: ({ signal }) => api.listContacts({}, null, 1, signal),
  });
  const log = useLogInteraction();
  const snoozeMutation = useSnoozeContact();
  const [busyId, setBusyId] = useState<string | null>(null);
  // Snoozed from this page since it opened: hidden at once, and can be brought back from here.
  const [snoozed, setSnoozed] = useState<AgendaEntry[]>([]);

  const hidden = new Set(snoozed.map((i) => i.contactId));
  const items = (agenda.data?.items ?? []).filter((i) => !hidden.has(i.contactId));
  const hasContacts = (anyContact.data?.items.length ?? 0) > 0;

  const done = (item: AgendaEntry) => {
    setBusyId(item.contactId);
    log.mutate(
      { contactIds: [item.contactId], kind: 'message', value: doneValueByKind[item.kind], note: t('today.doneNote') },
      {
        onSuccess: () => ui.toast(t('today.doneToast', { name: item.name })),
        onSettled: () => setBusyId(null),
      },
    );
  };
  const onSnooze = (item: AgendaEntry) => {
    setSnoozed((prev) => [...prev, item]);
    snoozeMutation.mutate(
      { id: item.contactId, until: startOfTomorrow().toISOString() },
      {
        onSuccess: () => ui.toast(t('today.snoozedToast', { name: item.name })),
        onError: () => setSnoozed((prev) => prev.filter((i) => i.contactId !== item.contactId)),
      },
    );
  };
  const bringBack = () => {
    const all = snoozed;
    setSnoozed([]);
    for (const item of all) snoozeMutation.mutate({ id: item.contactId, until: null });
  };
  const onLog = (item: AgendaEntry) =>
    ui.openLog({ id: item.contactId, name: item.name }, { value: doneValueByKind[item.kind] });

  const loading = agenda.isPending || anyContact.isPending;

  return (
    <>
      <div className="page-head">
        <div>
          <h1>{t('today.title')}</h1>
          {agenda.isSuccess && items.length > 0 && <p>{t('today.subtitle', { count: items.length })}</p>}
        </div>
      </div>
      <ErrorBanner
        error={agenda.error ?? log.error ?? snoozeMutation.error}
        onRetry={agenda.isError ? () => void agenda.refetch() : undefined}
      />
      {loading && (
        <p className="spinner" role="status">
          {t('app.loading')}
        </p>
      )}
      {!loading && !hasContacts && <WelcomeSteps />}
      {!loading && hasContacts && items.length === 0 && (
        <section className="card empty" data-testid="caught-up">
          <h2>{t('today.caughtUpTitle')}</h2>
          <p className="muted">{t('today.caughtUpText')}</p>
        </section>
      )}
      {items.length > 0 && (
        <p className="callout small" style={{ marginBottom: '1rem' }}>
          {t('today.explainActions')}
        </p>
      )}
      {agendaKinds.map((kind) => {
        const group = items.filter((i) => i.kind === kind);
        if (group.length === 0) return null;
        return (
          <section key={kind} className="agenda-group" aria-labelledby={`agenda-${kind}`}>
            <h2 id={`agenda-${kind}`}>
              {t(`enum.agendaKind.${kind}`)} <span className="badge">{group.length}</span>
            </h2>
            <ul className="agenda-list">
              {group.map((item) => (
                <AgendaItemCard
                  key={item.contactId}
                  item={item}
                  busy={busyId === item.contactId}
                  onDone={done}
                  onSnooze={onSnooze}
                  onLog={onLog}
                />
              ))}
            </ul>
          </section>
        );
      })}
      {snoozed.length > 0 && (
        <p className="muted small" data-testid="snoozed-note">
          {t('today.snoozed', { count: snoozed.length })}{' '}
          <button type="button" className="btn btn-small btn-ghost" onClick={bringBack}>
            {t('today.unsnooze')}
          </button>
        </p>
      )}
    </>
  );
}

/** The start of tomorrow in this browser's time zone: when a snoozed person comes back. */
function startOfTomorrow(now: Date = new Date()): Date {
  return new Date(now.getFullYear(), now.getMonth(), now.getDate() + 1);
}
