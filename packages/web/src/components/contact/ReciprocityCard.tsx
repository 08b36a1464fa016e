/** What went each way with this person: gives, asks and thanks, mine and theirs, and the balance. */
import { useTranslation } from 'react-i18next';
import type { Reciprocity } from '../../api/types';

export function ReciprocityCard({ reciprocity: r }: { reciprocity: Reciprocity }) {
  const { t } = useTranslation();
  const badge = r.verdict === 'taking' ? 'badge-warn' : r.verdict === 'giving' ? 'badge-accent' : '';
  return (
    <section className="card" aria-labelledby="reciprocity-title" data-testid="reciprocity">
      <h2 id="reciprocity-title">
        {t('contact.reciprocity')} <span className={`badge ${badge}`}>{t(`enum.verdict.${r.verdict}`)}</span>
      </h2>
      <dl className="stat-grid">
        <div>
          <dt>{t('contact.youGave')}</dt>
          <dd data-testid="gives">{r.gives}</dd>
        </div>
        <div>
          <dt>{t('contact.youAsked')}</dt>
          <dd data-testid="asks">{r.asks}</dd>
        </div>
        <div>
          <dt>{t('contact.youThanked')}</dt>
          <dd>{r.thanks}</dd>
        </div>
        <div>
          <dt>{t('contact.theyGave')}</dt>
          <dd>{r.givesReceived}</dd>
        </div>
        <div>
          <dt>{t('contact.theyAsked')}</dt>
          <dd>{r.asksReceived}</dd>
        </div>
        <div>
          <dt>{t('contact.theyThanked')}</dt>
          <dd>{r.thanksReceived}</dd>
        </div>
      </dl>
      <p className="muted small" style={{ margin: 0 }}>
        {t('contact.balance')}: {r.balance > 0 ? `+${r.balance}` : r.balance}. {r.reason}
      </p>
    </section>
  );
}
