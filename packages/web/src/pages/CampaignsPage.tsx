/**
 * Templates and campaigns (principle 11): write the general e-mail and the personal request, pick
 * the people, and open the campaign to review each draft before sending them all the same day.
 */
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import {
  campaignsQuery,
  templatesQuery,
  useCreateCampaign,
  useDeleteTemplate,
  type Exclusion,
  type Template,
} from '../api/campaigns';
import { RecipientPicker } from '../components/campaigns/RecipientPicker';
import { SmtpForm } from '../components/campaigns/SmtpForm';
import { TemplateForm } from '../components/campaigns/TemplateForm';
import { Dialog } from '../components/Dialog';
import { ErrorBanner } from '../components/ErrorBanner';
import { Field } from '../components/Field';
import { useUi } from '../components/ui-context';
import { useErrorText } from '../hooks/useErrorText';
import { usePageTitle } from '../hooks/usePageTitle';
import '../styles/campaigns.css';

function NewCampaignForm() {
  const { t } = useTranslation();
  const { forField } = useErrorText();
  const templates = useQuery(templatesQuery());
  const create = useCreateCampaign();
  const [templateId, setTemplateId] = useState('');
  const [created, setCreated] = useState<{ id: string; name: string; count: number; excluded: Exclusion[] } | null>(
    null,
  );
  const items = templates.data?.items ?? [];
  const chosen = items.some((tpl) => tpl.id === templateId) ? templateId : (items[0]?.id ?? '');

  const submit = (contactIds: string[], clear: () => void) =>
    create.mutate(
      { templateId: chosen, contactIds },
      {
        onSuccess: ({ campaign, excluded }) => {
          setCreated({ id: campaign.id, name: campaign.name, count: campaign.counts.total, excluded });
          clear();
        },
      },
    );

  if (items.length === 0) return <p className="muted">{t('campaigns.create.needTemplate')}</p>;
  return (
    <section aria-label={t('campaigns.create.title')} data-testid="new-campaign">
      <Field
        label={t('campaigns.create.template')}
        hint={t(`campaigns.kindHint.${items.find((tpl) => tpl.id === chosen)?.kind ?? 'general'}`)}
        error={forField(create.error, 'templateId')}
      >
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
      <h3>{t('campaigns.picker.title')}</h3>
      <p className="small muted">{t('campaigns.picker.intro')}</p>
      <RecipientPicker
        audienceFor={chosen ? { templateId: chosen } : null}
        submitLabel={t('campaigns.create.submit')}
        pending={create.isPending}
        error={create.error}
        onSubmit={submit}
      />
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
    </section>
  );
}

/** One template: what it is, and its edit form or its delete confirmation. */
function TemplateItem({ template: tpl, usedBy }: { template: Template; usedBy: number }) {
  const { t } = useTranslation();
  const ui = useUi();
  const remove = useDeleteTemplate();
  const [editing, setEditing] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const headingId = `template-${tpl.id}`;

  return (
    <li>
      <div className="template-head">
        <div>
          <h3 id={headingId}>{tpl.name}</h3>
          <div className="small muted">
            {t(`campaigns.kind.${tpl.kind}`)} · {t(`campaigns.langName.${tpl.lang}`)} ·{' '}
            {tpl.fields.map((f) => `{{${f}}}`).join(' ')}
          </div>
          <p className="small template-subject">{tpl.subject}</p>
        </div>
        {!editing && (
          <div className="template-actions">
            <button
              type="button"
              className="btn btn-small"
              onClick={() => setEditing(true)}
              aria-label={t('campaigns.template.editLabel', { name: tpl.name })}
            >
              {t('app.edit')}
            </button>
            <button
              type="button"
              className="btn btn-small btn-ghost"
              onClick={() => setConfirming(true)}
              aria-label={t('campaigns.template.deleteLabel', { name: tpl.name })}
            >
              {t('app.delete')}
            </button>
          </div>
        )}
      </div>
      {editing && <TemplateForm template={tpl} onDone={() => setEditing(false)} />}
      <Dialog
        open={confirming}
        title={t('campaigns.template.deleteTitle', { name: tpl.name })}
        onClose={() => setConfirming(false)}
      >
        <p>
          {usedBy > 0 ? t('campaigns.template.deleteUsed', { count: usedBy }) : t('campaigns.template.deleteUnused')}
        </p>
        <ErrorBanner error={remove.error} />
        <div className="dialog-actions">
          <button type="button" className="btn" onClick={() => setConfirming(false)}>
            {t('campaigns.template.keep')}
          </button>
          <button
            type="button"
            className="btn btn-danger"
            disabled={remove.isPending}
            onClick={() =>
              remove.mutate(tpl.id, {
                onSuccess: () => {
                  setConfirming(false);
                  ui.toast(t('campaigns.template.deleted', { name: tpl.name }));
                },
              })
            }
          >
            {t('campaigns.template.deleteConfirm')}
          </button>
        </div>
      </Dialog>
    </li>
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
              <TemplateItem
                key={tpl.id}
                template={tpl}
                usedBy={(campaigns.data?.items ?? []).filter((c) => c.templateId === tpl.id).length}
              />
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
