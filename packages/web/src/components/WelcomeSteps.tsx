/** Today's empty state for a new user: what nexo is for and the three first steps. */
import { useTranslation } from 'react-i18next';
import { useUi } from './ui-context';

export function WelcomeSteps() {
  const { t } = useTranslation();
  const ui = useUi();
  return (
    <section className="card" aria-labelledby="welcome-title" data-testid="welcome">
      <h2 id="welcome-title">{t('today.welcomeTitle')}</h2>
      <p>{t('today.welcomeIntro')}</p>
      <ol className="steps">
        <li>
          <h3>{t('today.step1Title')}</h3>
          <p className="muted small">{t('today.step1Text')}</p>
        </li>
        <li>
          <h3>{t('today.step2Title')}</h3>
          <p className="muted small">{t('today.step2Text')}</p>
        </li>
        <li>
          <h3>{t('today.step3Title')}</h3>
          <p className="muted small">{t('today.step3Text')}</p>
        </li>
      </ol>
      <button type="button" className="btn btn-primary" onClick={ui.openNewContact}>
        + {t('today.addFirst')}
      </button>
    </section>
  );
}
