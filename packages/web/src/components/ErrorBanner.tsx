/** The summary of a failed request in the user's language, with issues no field could show. */
import { useTranslation } from 'react-i18next';
import { useErrorText } from '../hooks/useErrorText';

interface Props {
  error: unknown;
  /** The form's fields; issues about other fields are listed here. */
  fields?: readonly string[];
  onRetry?: () => void;
}

export function ErrorBanner({ error, fields = [], onRetry }: Props) {
  const { t } = useTranslation();
  const { summary, unplaced } = useErrorText();
  if (!error) return null;
  const rest = unplaced(error, fields);
  return (
    <div className="error-banner" role="alert">
      <p style={{ margin: 0 }}>{summary(error)}</p>
      {rest.length > 0 && (
        <ul className="small" style={{ margin: '0.3rem 0 0' }}>
          {rest.map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
      )}
      {onRetry && (
        <button type="button" className="btn btn-small" onClick={onRetry} style={{ marginTop: '0.4rem' }}>
          {t('app.retry')}
        </button>
      )}
    </div>
  );
}
