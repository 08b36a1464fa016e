/**
 * The server's own words for a conflict it explains (a campaign already going out, no key to
 * encrypt the SMTP password with): the generic banner cannot say what to do, the server can.
 */
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../api/errors';

export function ServerMessage({ error }: { error: unknown }) {
  const { t } = useTranslation();
  if (!isApiError(error) || error.code !== 'conflict' || !error.message) return null;
  return (
    <p className="small server-message" data-testid="server-message">
      {t('errors.serverSaid', { message: error.message })}
    </p>
  );
}
