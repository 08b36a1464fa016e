/** The coach's ask-readiness warnings, shown before an early ask is saved, each with what to give instead. */
import { useTranslation } from 'react-i18next';
import type { RenderedWarning } from '../api/types';
import { Icon } from './Icon';

interface Props {
  warnings: RenderedWarning[];
  name: string;
}

export function AskWarnings({ warnings, name }: Props) {
  const { t } = useTranslation();
  if (warnings.length === 0) return null;
  return (
    <div className="warning" role="status" aria-live="polite" data-testid="ask-warning">
      <h3>
        <Icon name="warning" /> {t('log.warningTitle', { name })}
      </h3>
      {warnings.map((w) => (
        <div key={w.code}>
          <p>{w.message}</p>
          <p>
            <strong>{t('log.suggestionLabel')}</strong> {w.suggestion}
          </p>
        </div>
      ))}
      <p className="small">{t('log.warningNote')}</p>
    </div>
  );
}
