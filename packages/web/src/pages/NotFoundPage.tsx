/** Shown for any path the app does not know. */
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';

export function NotFoundPage() {
  const { t } = useTranslation();
  return (
    <section className="empty">
      <h1>{t('notFound.title')}</h1>
      <p>{t('notFound.text')}</p>
      <Link href="/" className="btn btn-primary">
        {t('notFound.home')}
      </Link>
    </section>
  );
}
