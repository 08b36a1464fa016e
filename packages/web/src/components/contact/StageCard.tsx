/** The relationship's stage on the ladder from no contact to trusted, with the coach's reason. */
import { useTranslation } from 'react-i18next';
import { stages, type Relationship } from '../../api/types';

export function StageCard({ stage }: { stage: Relationship['stage'] }) {
  const { t } = useTranslation();
  const index = stages.indexOf(stage.value);
  return (
    <section className="card" aria-labelledby="stage-title">
      <h2 id="stage-title">{t('contact.stage')}</h2>
      <p style={{ fontWeight: 700, fontSize: '1.1rem', margin: '0 0 0.4rem' }}>{t(`enum.stage.${stage.value}`)}</p>
      <div
        className="meter"
        role="img"
        aria-label={`${t(`enum.stage.${stage.value}`)}: ${index + 1} / ${stages.length}`}
        style={{ marginBottom: '0.5rem' }}
      >
        <span style={{ width: `${((index + 1) / stages.length) * 100}%` }} />
      </div>
      <p className="muted small" style={{ margin: 0 }}>
        {stage.reason}
      </p>
    </section>
  );
}
