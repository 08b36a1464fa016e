/**
 * One campaign: every draft reviewed against its relationship, edited and marked ready; then all
 * sent the same day, with each person's outcome and a retry that never sends anything twice.
 */
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { campaignQuery, campaignsApi, useCampaignMutation } from '../api/campaigns';
import { DraftCard } from '../components/campaigns/DraftCard';
import { ErrorBanner } from '../components/ErrorBanner';
import { useUi } from '../components/ui-context';
import { usePageTitle } from '../hooks/usePageTitle';
import '../styles/campaigns.css';

type Patch = { subject?: string; body?: string; personal?: string | null; ready?: boolean };

export function CampaignPage({ id }: { id: string }) {
  const { t } = useTranslation();
  const ui = useUi();
  const campaign = useQuery(campaignQuery(id));
  usePageTitle(campaign.data?.name ?? t('campaigns.title'));
  const edit = useCampaignMutation(id, ({ contactId, patch }: { contactId: string; patch: Patch }) =>
    campaignsApi.editDraft(id, contactId, patch),
  );
  const ready = useCampaignMutation(id, () => campaignsApi.markReady(id));
  const send = useCampaignMutation(id, () => campaignsApi.send(id));
  const c = campaign.data;

  if (campaign.isPending) {
    return (
      <p className="spinner" role="status">
        {t('app.loading')}
      </p>
    );
  }
  if (!c) return <ErrorBanner error={campaign.error} onRetry={() => void campaign.refetch()} />;

  const notReady = c.counts.total - c.counts.ready;
  const toSend = c.recipients.filter((r) => r.sendState === 'pending' || r.sendState === 'failed').length;
  const busy = edit.isPending || ready.isPending || send.isPending;
  const sendNow = () =>
    send.mutate(undefined, {
      onSuccess: (report) => {
        const failed = report.results.filter((r) => r.outcome === 'failed').length;
        const sent = report.results.filter((r) => r.outcome === 'sent').length;
        ui.toast(
          failed > 0 ? t('campaigns.send.partial', { count: failed, sent }) : t('campaigns.send.done', { count: sent }),
        );
      },
    });

  return (
    <>
      <p className="small">
        <Link href="/campaigns">{t('campaigns.back')}</Link>
      </p>
      <h1>{c.name}</h1>
      <section className="card campaign-summary" aria-labelledby="campaign-status">
        <h2 id="campaign-status">
          {t(`campaigns.status.${c.status}`)} <span className="small muted">{t(`campaigns.kind.${c.kind}`)}</span>
        </h2>
        <p data-testid="campaign-counts">
          {t('campaigns.list.counts', { ready: c.counts.ready, sent: c.counts.sent, total: c.counts.total })}
          {c.counts.failed > 0 && ` · ${t('campaigns.failedCount', { count: c.counts.failed })}`}
        </p>
        <p className="small muted">{t('campaigns.sameDay')}</p>
        <ErrorBanner error={edit.error ?? ready.error ?? send.error} />
        <div className="draft-actions">
          {notReady > 0 && (
            <button type="button" className="btn" disabled={busy} onClick={() => ready.mutate(undefined)}>
              {t('campaigns.markAllReady', { count: notReady })}
            </button>
          )}
          {toSend > 0 && (
            <button
              type="button"
              className="btn btn-primary"
              disabled={busy || notReady > 0}
              aria-describedby={notReady > 0 ? 'send-blocked' : undefined}
              onClick={sendNow}
            >
              {send.isPending
                ? t('campaigns.send.sending')
                : c.counts.sent > 0 || c.counts.failed > 0
                  ? t('campaigns.send.retry', { count: toSend })
                  : t('campaigns.send.all', { count: toSend })}
            </button>
          )}
        </div>
        {notReady > 0 && toSend > 0 && (
          <p id="send-blocked" className="small muted">
            {t('campaigns.send.blocked', { count: notReady })}
          </p>
        )}
      </section>
      {c.recipients.map((r) => (
        <DraftCard
          key={r.contactId}
          campaignId={c.id}
          recipient={r}
          busy={busy}
          onSave={(patch) => edit.mutate({ contactId: r.contactId, patch })}
        />
      ))}
    </>
  );
}
