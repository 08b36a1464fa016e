/** The keep-in-touch cadence: how often, when last, when next, and whether it is kept. */
import { useTranslation } from 'react-i18next';
import type { Cadence } from '../../api/types';
import { formatDate, formatRelative } from '../../i18n/format';

export function CadenceCard({ cadence }: { cadence: Cadence }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const badge = cadence.state === 'overdue' ? 'badge-warn' : cadence.state === 'on-track' ? 'badge-accent' : '';
  return (
    <section className="card" aria-labelledby="cadence-title">
      <h2 id="cadence-title">
        {t('contact.cadence')} <span className={`badge ${badge}`}>{t(`enum.cadenceState.${cadence.state}`)}</span>
      </h2>
      <p style={{ fontWeight: 700, margin: '0 0 0.4rem' }}>
        {t('contact.cadenceEvery', { count: cadence.cadenceDays })}
      </p>
      <dl className="kv">
        <dt>{t('contact.lastContact')}</dt>
        <dd>
          {cadence.lastAt
            ? `${formatDate(cadence.lastAt, lang)} (${formatRelative(cadence.lastAt, lang)})`
            : t('contact.never')}
        </dd>
        <dt>{t('contact.nextDue')}</dt>
        <dd>
          {formatDate(cadence.dueAt, lang)} ({formatRelative(cadence.dueAt, lang)})
        </dd>
      </dl>
      <p className="muted small" style={{ margin: '0.5rem 0 0' }}>
        {cadence.reason}
      </p>
    </section>
  );
}
