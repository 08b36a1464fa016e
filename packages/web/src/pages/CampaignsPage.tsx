/**
 * Templates and campaigns (principle 11): write the general e-mail and the personal request, pick
 * the people, and open the campaign to review each draft before sending them all the same day.
 */
import { useQuery } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { campaignsQuery, templatesQuery, useCreateCampaign, type Exclusion } from '../api/campaigns';
import { tiers } from '../api/types';
import { SmtpForm } from '../components/campaigns/SmtpForm';
import { TemplateForm } from '../components/campaigns/TemplateForm';
import { ErrorBanner } from '../components/ErrorBanner';
import { Field } from '../components/Field';
import { useErrorText } from '../hooks/useErrorText';
import { usePageTitle } from '../hooks/usePageTitle';
import '../styles/campaigns.css';

function NewCampaignForm() {
  const { t } = useTranslation();
  const { forField } = useErrorText();
  const templates = useQuery(templatesQuery());
  const create = useCreateCampaign();
  const [templateId, setTemplateId] = useState('');
  const [tag, setTag] = useState('');
  const [tier, setTier] = useState('');
  const [created, setCreated] = useState<{ id: string; name: string; count: number; excluded: Exclusion[] } | null>(
    null,
  );
  const items = templates.data?.items ?? [];
  const chosen = templateId || items[0]?.id || '';

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const filter = { ...(tag.trim() ? { tag: tag.trim() } : {}), ...(tier ? { tier } : {}) };
    create.mutate(
      { templateId: chosen, filter },
      {
        onSuccess: ({ campaign, excluded }) =>
          setCreated({ id: campaign.id, name: campaign.name, count: campaign.counts.total, excluded }),
      },
    );
  };

  if (items.length === 0) return <p className="muted">{t('campaigns.create.needTemplate')}</p>;
  return (
    <form onSubmit={submit} noValidate aria-label={t('campaigns.create.title')}>
      <ErrorBanner error={create.error} fields={['templateId', 'filter']} />
      <div className="field-row">
        <Field label={t('campaigns.create.template')} error={forField(create.error, 'templateId')}>
          {(p) => (
            <select {...p} className="select" value={chosen} onChange={(e) => setTemplateId(e.target.value)}>
              {items.map((tpl) => (
                <option key={tpl.id} value={tpl.id}>
                  {tpl.name} ({t(`campaigns.kind.${tpl.kind}`)})
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label={t('campaigns.create.tag')} hint={t('campaigns.create.tagHint')}>
          {(p) => <input {...p} className="input" value={tag} onChange={(e) => setTag(e.target.value)} />}
        </Field>
        <Field label={t('campaigns.create.tier')}>
          {(p) => (
            <select {...p} className="select" value={tier} onChange={(e) => setTier(e.target.value)}>
              <option value="">{t('app.any')}</option>
              {tiers.map((x) => (
                <option key={x} value={x}>
                  {t(`enum.tier.${x}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
      </div>
      <div className="dialog-actions">
        <button type="submit" className="btn btn-primary" disabled={create.isPending}>
          {create.isPending ? t('app.saving') : t('campaigns.create.submit')}
        </button>
      </div>
      {created && (
        <div className="campaign-created" role="status">
          <p>
            {t('campaigns.create.done', { count: created.count })}{' '}
            <Link href={`/campaigns/${created.id}`}>{t('campaigns.create.open', { name: created.name })}</Link>
          </p>
          {created.excluded.length > 0 && (
            <>
              <p className="small">{t('campaigns.create.excluded', { count: created.excluded.length })}</p>
              <ul className="small" data-testid="excluded">
                {created.excluded.map((e) => (
                  <li key={e.contactId}>{e.message}</li>
                ))}
              </ul>
            </>
          )}
        </div>
      )}
    </form>
  );
}

export function CampaignsPage() {
  const { t } = useTranslation();
  usePageTitle(t('campaigns.title'));
  const templates = useQuery(templatesQuery());
  const campaigns = useQuery(campaignsQuery());

  return (
    <>
      <h1>{t('campaigns.title')}</h1>
      <p className="muted">{t('campaigns.intro')}</p>
      <section className="card" aria-labelledby="campaigns-new">
        <h2 id="campaigns-new">{t('campaigns.create.title')}</h2>
        <NewCampaignForm />
      </section>
      <section className="card" aria-labelledby="campaigns-list">
        <h2 id="campaigns-list">{t('campaigns.list.title')}</h2>
        <ErrorBanner error={campaigns.error} onRetry={() => void campaigns.refetch()} />
        {(campaigns.data?.items ?? []).length === 0 ? (
          <p className="muted">{t('campaigns.list.empty')}</p>
        ) : (
          <ul className="campaign-list">
            {campaigns.data?.items.map((c) => (
              <li key={c.id}>
                <Link href={`/campaigns/${c.id}`}>{c.name}</Link>{' '}
                <span className="small muted">
                  {t(`campaigns.kind.${c.kind}`)} ·{' '}
                  {t('campaigns.list.counts', { ready: c.ready, sent: c.sent, total: c.total })}
                </span>
              </li>
            ))}
          </ul>
        )}
      </section>
      <section className="card" aria-labelledby="templates-title" data-testid="templates">
        <h2 id="templates-title">{t('campaigns.template.title')}</h2>
        <ErrorBanner error={templates.error} onRetry={() => void templates.refetch()} />
        {(templates.data?.items ?? []).length > 0 && (
          <ul className="template-list">
            {templates.data?.items.map((tpl) => (
              <li key={tpl.id}>
                <h3>{tpl.name}</h3>
                <div className="small muted">
                  {t(`campaigns.kind.${tpl.kind}`)} · {t(`campaigns.langName.${tpl.lang}`)} ·{' '}
                  {tpl.fields.map((f) => `{{${f}}}`).join(' ')}
                </div>
                <p className="small template-subject">{tpl.subject}</p>
              </li>
            ))}
          </ul>
        )}
        <h3>{t('campaigns.template.addTitle')}</h3>
        <TemplateForm />
      </section>
      <section className="card" aria-labelledby="smtp-title">
        <h2 id="smtp-title">{t('campaigns.smtp.title')}</h2>
        <p className="small muted">{t('campaigns.smtp.intro')}</p>
        <SmtpForm />
      </section>
    </>
  );
}
