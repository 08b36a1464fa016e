/** Settings: language, keep-in-touch cadence and target size per tier, where the data lives, export. */
import { useQuery } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { healthQuery, settingsQuery, useUpdateSettings } from '../api/queries';
import { tiers, type AccountSettings, type Tier } from '../api/types';
import { ErrorBanner } from '../components/ErrorBanner';
import { Field } from '../components/Field';
import { LanguageSwitcher } from '../components/LanguageSwitcher';
import { BackupCard, ExportCard } from '../components/data/ExportBackup';
import { CalendarFeedCard } from '../components/data/CalendarFeedCard';
import { useUi } from '../components/ui-context';
import { useErrorText } from '../hooks/useErrorText';
import { usePageTitle } from '../hooks/usePageTitle';

type Numbers = Record<Tier, string>;

const toText = (r: Record<Tier, number>): Numbers =>
  Object.fromEntries(tiers.map((tier) => [tier, String(r[tier])])) as Numbers;
const toNumbers = (r: Numbers): Record<Tier, number> =>
  Object.fromEntries(tiers.map((tier) => [tier, Number(r[tier])])) as Record<Tier, number>;

function TierForm({ settings }: { settings: AccountSettings }) {
  const { t } = useTranslation();
  const ui = useUi();
  const { forField } = useErrorText();
  const update = useUpdateSettings();
  const [cadence, setCadence] = useState<Numbers>(() => toText(settings.cadenceDays));
  const [targets, setTargets] = useState<Numbers>(() => toText(settings.tierTargets));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    update.mutate(
      { cadenceDays: toNumbers(cadence), tierTargets: toNumbers(targets) },
      { onSuccess: () => ui.toast(t('app.saved')) },
    );
  };

  const group = (
    title: string,
    help: string,
    unit: string,
    field: 'cadenceDays' | 'tierTargets',
    values: Numbers,
    set: (v: Numbers) => void,
  ) => (
    <fieldset style={{ border: 0, padding: 0, margin: '0 0 1rem' }}>
      <legend style={{ fontWeight: 700, marginBottom: '0.25rem' }}>{title}</legend>
      <p className="muted small">{help}</p>
      <div className="field-row">
        {tiers.map((tier) => (
          <Field
            key={tier}
            label={`${t(`enum.tier.${tier}`)} (${unit})`}
            error={forField(update.error, `${field}.${tier}`) ? t(`errors.field.${field}`) : undefined}
          >
            {(p) => (
              <input
                {...p}
                type="number"
                inputMode="numeric"
                className="input"
                value={values[tier]}
                onChange={(e) => set({ ...values, [tier]: e.target.value })}
              />
            )}
          </Field>
        ))}
      </div>
    </fieldset>
  );

  return (
    <form onSubmit={submit} noValidate className="card" aria-labelledby="tiers-title">
      <h2 id="tiers-title" className="visually-hidden">
        {t('settings.cadences')}
      </h2>
      <ErrorBanner error={update.error} fields={['cadenceDays', 'tierTargets']} />
      {group(
        t('settings.cadences'),
        t('settings.cadencesHelp'),
        t('settings.days'),
        'cadenceDays',
        cadence,
        setCadence,
      )}
      {group(
        t('settings.targets'),
        t('settings.targetsHelp'),
        t('settings.people'),
        'tierTargets',
        targets,
        setTargets,
      )}
      <button type="submit" className="btn btn-primary" disabled={update.isPending}>
        {update.isPending ? t('app.saving') : t('settings.save')}
      </button>
    </form>
  );
}

export function SettingsPage() {
  const { t } = useTranslation();
  usePageTitle(t('settings.title'));
  const settings = useQuery(settingsQuery());
  const health = useQuery(healthQuery());

  return (
    <>
      <div className="page-head">
        <h1>{t('settings.title')}</h1>
      </div>
      <section className="card" aria-labelledby="language-title">
        <h2 id="language-title">{t('settings.language')}</h2>
        <p className="muted small">{t('settings.languageHelp')}</p>
        <LanguageSwitcher id="settings-language" />
      </section>
      <div style={{ marginTop: '1rem' }}>
        <ErrorBanner error={settings.error} onRetry={settings.isError ? () => void settings.refetch() : undefined} />
        {settings.data ? (
          <TierForm settings={settings.data} />
        ) : (
          settings.isPending && (
            <p className="spinner" role="status">
              {t('app.loading')}
            </p>
          )
        )}
      </div>
      <section className="card" aria-labelledby="data-title" style={{ marginTop: '1rem' }}>
        <h2 id="data-title">{t('settings.data')}</h2>
        {health.data && (
          <dl className="kv">
            <dt>{t('settings.dataLocation')}</dt>
            <dd data-testid="data-location">
              {health.data.dataLocation ? <code>{health.data.dataLocation}</code> : t('settings.dataLocationUnknown')}
            </dd>
            <dt>{t('settings.database')}</dt>
            <dd>{health.data.database === 'sqlite' ? 'SQLite' : 'PostgreSQL'}</dd>
            <dt>{t('settings.version')}</dt>
            <dd>{health.data.version}</dd>
          </dl>
        )}
        <ErrorBanner error={health.error} />
      </section>
      <ExportCard />
      <BackupCard />
      <CalendarFeedCard />
    </>
  );
}
