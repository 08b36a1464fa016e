/** Relationship health 0-100 and its three weighted components, each with its reason. */
import { useTranslation } from 'react-i18next';
import type { HealthComponentName, Relationship } from '../../api/types';
import { formatPercent } from '../../i18n/format';

const order: HealthComponentName[] = ['recency', 'reciprocity', 'depth'];

export function HealthCard({ health }: { health: Relationship['health'] }) {
  const { t, i18n } = useTranslation();
  return (
    <section className="card" aria-labelledby="health-title">
      <h2 id="health-title">{t('contact.health')}</h2>
      <p className="health-score" aria-label={t('contact.healthScore', { score: health.score })}>
        {health.score}
        <span className="muted small" aria-hidden="true">
          {' '}
          / 100
        </span>
      </p>
      <p className="small" style={{ marginTop: '0.4rem' }}>
        {health.reason}
      </p>
      <ul className="component-list">
        {order.map((name) => {
          const c = health.components[name];
          return (
            <li key={name}>
              <div style={{ display: 'flex', justifyContent: 'space-between', gap: '0.5rem' }}>
                <strong className="small">{t(`enum.health.${name}`)}</strong>
                <span className="small muted">
                  {c.score}/100 · {t('contact.weight', { percent: formatPercent(c.weight, i18n.language) })}
                </span>
              </div>
              <div className="meter" role="img" aria-label={`${t(`enum.health.${name}`)}: ${c.score}/100`}>
                <span style={{ width: `${c.score}%` }} />
              </div>
              <p className="muted small" style={{ margin: '0.2rem 0 0' }}>
                {c.reason}
              </p>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
