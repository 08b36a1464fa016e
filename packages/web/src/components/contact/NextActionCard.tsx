/** The coach's next best action for this person: today's agenda line when there is one, else the health advice. */
import { useTranslation } from 'react-i18next';
import type { AgendaEntry } from '../../api/types';
import { Icon } from '../Icon';

interface Props {
  agendaItem: AgendaEntry | undefined;
  healthReason: string;
}

export function NextActionCard({ agendaItem, healthReason }: Props) {
  const { t } = useTranslation();
  return (
    <section className="card callout" aria-labelledby="next-action" data-testid="next-action">
      <h2 id="next-action">
        <Icon name="bulb" /> {t('contact.nextAction')}
      </h2>
      {agendaItem ? (
        <>
          <p>{agendaItem.reason}</p>
          <p style={{ margin: 0 }}>
            <strong>{t('today.suggestion')}</strong> {agendaItem.suggestion}
          </p>
        </>
      ) : (
        <p style={{ margin: 0 }}>{t('contact.nextActionFallback', { reason: healthReason })}</p>
      )}
    </section>
  );
}
