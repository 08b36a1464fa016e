/**
 * One contact: profile, the coach's next best action, questions before a first meeting, quick log
 * with the ask-readiness check, a draft reviewed as you type, the timeline, what to give from the
 * library, and the relationship (stage, health, reciprocity, cadence, who they know).
 * The contact and the agenda load in parallel; the details endpoint carries everything else.
 */
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { isApiError } from '../api/errors';
import { agendaQuery, contactQuery, useArchiveContact } from '../api/queries';
import { ErrorBanner } from '../components/ErrorBanner';
import { QuickLogForm } from '../components/QuickLogForm';
import { CadenceCard } from '../components/contact/CadenceCard';
import { DetailsCard } from '../components/contact/DetailsCard';
import { EditContactDialog } from '../components/contact/EditContactDialog';
import { HealthCard } from '../components/contact/HealthCard';
import { KnowsCard } from '../components/contact/KnowsCard';
import { NextActionCard } from '../components/contact/NextActionCard';
import { ProfileHeader } from '../components/contact/ProfileHeader';
import { ReciprocityCard } from '../components/contact/ReciprocityCard';
import { StageCard } from '../components/contact/StageCard';
import { Timeline } from '../components/contact/Timeline';
import { QuestionsCard } from '../components/contact/QuestionsCard';
import { GiveSuggestionsCard } from '../components/contact/GiveSuggestionsCard';
import { ComposeBox } from '../components/compose/ComposeBox';
import { useUi } from '../components/ui-context';
import { usePageTitle } from '../hooks/usePageTitle';

export function ContactPage({ id }: { id: string }) {
  const { t } = useTranslation();
  const ui = useUi();
  const details = useQuery(contactQuery(id));
  const agenda = useQuery(agendaQuery());
  const archive = useArchiveContact();
  const [editing, setEditing] = useState(false);
  const [logKey, setLogKey] = useState(0);
  usePageTitle(details.data?.contact.name ?? t('contacts.title'));

  if (details.isPending) {
    return (
      <p className="spinner" role="status">
        {t('app.loading')}
      </p>
    );
  }
  if (details.isError) {
    return (
      <>
        <Link href="/contacts">← {t('contact.back')}</Link>
        {isApiError(details.error) && details.error.code === 'not_found' ? (
          <p className="card empty" style={{ marginTop: '1rem' }}>
            {t('contact.notFound')}
          </p>
        ) : (
          <ErrorBanner error={details.error} onRetry={() => void details.refetch()} />
        )}
      </>
    );
  }

  const { contact, relationship, recentInteractions, knows } = details.data;
  const agendaItem = agenda.data?.items.find((i) => i.contactId === id);

  return (
    <>
      <p style={{ margin: '0 0 0.75rem' }}>
        <Link href="/contacts">← {t('contact.back')}</Link>
      </p>
      <ProfileHeader
        contact={contact}
        onLog={() => ui.openLog({ id, name: contact.name })}
        onEdit={() => setEditing(true)}
        archiving={archive.isPending}
        onArchive={() => archive.mutate({ id, archived: !contact.archived })}
      />
      <ErrorBanner error={archive.error} />
      <div className="contact-layout">
        <div>
          <NextActionCard agendaItem={agendaItem} healthReason={relationship.health.reason} />
          {(relationship.stage.value === 'none' || relationship.stage.value === 'first-contact') && (
            <QuestionsCard name={contact.name} />
          )}
          <section className="card" aria-labelledby="quick-log-title" data-testid="quick-log">
            <h2 id="quick-log-title">{t('log.titleWith', { name: contact.name })}</h2>
            <p className="muted small">{t('log.twoClicks')}</p>
            <QuickLogForm
              key={logKey}
              contactId={id}
              contactName={contact.name}
              onSaved={(result) => {
                ui.toast(result.warnings.length > 0 ? t('log.savedWithWarnings') : t('log.saved'));
                setLogKey((k) => k + 1);
              }}
            />
          </section>
          <ComposeBox contactId={id} contactName={contact.name} email={contact.emails[0] ?? null} />
          <Timeline contactId={id} recent={recentInteractions} />
        </div>
        <div>
          <GiveSuggestionsCard contactId={id} name={contact.name} />
          <StageCard stage={relationship.stage} />
          <HealthCard health={relationship.health} />
          <ReciprocityCard reciprocity={relationship.reciprocity} />
          <CadenceCard cadence={relationship.cadence} />
          <KnowsCard contactId={id} knows={knows} />
          <DetailsCard contact={contact} />
        </div>
      </div>
      <EditContactDialog contact={contact} open={editing} onClose={() => setEditing(false)} />
    </>
  );
}
