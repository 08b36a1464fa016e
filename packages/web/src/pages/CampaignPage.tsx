/**
 * One campaign: every draft reviewed against its relationship, edited and marked ready; then all
 * sent the same day, with each person's outcome and a retry that never sends anything twice.
 */
import { useQuery } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { campaignQuery, campaignsApi, useCampaignMutation, type Campaign, type Exclusion } from '../api/campaigns';
import { DraftCard } from '../components/campaigns/DraftCard';
import { RecipientPicker } from '../components/campaigns/RecipientPicker';
import { ServerMessage } from '../components/campaigns/ServerMessage';
import { ErrorBanner } from '../components/ErrorBanner';
import { useUi } from '../components/ui-context';
import { usePageTitle } from '../hooks/usePageTitle';
import '../styles/campaigns.css';

type Patch = { subject?: string; body?: string; personal?: string | null; ready?: boolean };

/** More people for a campaign nothing of which was sent yet: picked one by one, as at creation. */
function AddPeople({ campaign }: { campaign: Campaign }) {
  const { t } = useTranslation();
  const ui = useUi();
  const [open, setOpen] = useState(false);
  const [excluded, setExcluded] = useState<Exclusion[]>([]);
  const add = useCampaignMutation(campaign.id, (contactIds: string[]) =>
    campaignsApi.addRecipients(campaign.id, contactIds),
  );
  const already = useMemo(() => new Set(campaign.recipients.map((r) => r.contactId)), [campaign.recipients]);
  return (
    <section className="card" aria-labelledby="campaign-add">
      <h2 id="campaign-add">{t('campaigns.add.title')}</h2>
      <p className="small muted">{t('campaigns.add.intro')}</p>
      {!open ? (
        <button type="button" className="btn" onClick={() => setOpen(true)} aria-expanded={false}>
          {t('campaigns.add.open')}
        </button>
      ) : (
        <>
          <RecipientPicker
            audienceFor={{ campaignId: campaign.id }}
            already={already}
            submitLabel={t('campaigns.add.submit')}
            pending={add.isPending}
            error={add.error}
            onSubmit={(contactIds, clear) =>
              add.mutate(contactIds, {
                onSuccess: (result) => {
                  clear();
                  setExcluded(result.excluded);
                  const added = result.campaign.counts.total - campaign.counts.total;
                  ui.toast(t('campaigns.add.done', { count: added }));
                },
              })
            }
          />
          <ServerMessage error={add.error} />
          {excluded.length > 0 && (
            <div role="status">
              <p className="small">{t('campaigns.create.excluded', { count: excluded.length })}</p>
              <ul className="small" data-testid="excluded">
                {excluded.map((e) => (
                  <li key={e.contactId}>{e.message}</li>
                ))}
              </ul>
            </div>
          )}
        </>
      )}
    </section>
  );
}

export function CampaignPage({ id }: { id: string }) {
  const { t } = useTranslation();
  const ui = useUi();
  const campaign = useQuery(campaignQuery(id));
  usePageTitle(campaign.data?.name ?? t('campaigns.title'));
  const edit = useCampaignMutation(id, ({ contactId, patch }: { contactId: string; patch: Patch }) =>
    campaignsApi.editDraft(id, contactId, patch),
  );
  const ready = useCampaignMutation(id, () => campaignsApi.markReady(id));
  const remove = useCampaignMutation(id, (contactId: string) => campaignsApi.removeRecipient(id, contactId));
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
  const busy = edit.isPending || ready.isPending || send.isPending || remove.isPending;
  const nothingSent = c.recipients.every((r) => r.sendState === 'pending');
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
        <ErrorBanner error={edit.error ?? ready.error ?? send.error ?? remove.error} />
        <ServerMessage error={send.error ?? remove.error} />
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
          onRemove={() =>
            remove.mutate(r.contactId, {
              onSuccess: () => ui.toast(t('campaigns.draft.removed', { name: r.toName })),
            })
          }
        />
      ))}
      {nothingSent && <AddPeople campaign={c} />}
    </>
  );
}
