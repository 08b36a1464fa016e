/** Contact details: e-mail, phone, LinkedIn, sector, birthday, notes and when the person was added. */
import { useTranslation } from 'react-i18next';
import type { ContactListItem } from '../../api/types';
import { formatBirthday, formatDate } from '../../i18n/format';

export function DetailsCard({ contact }: { contact: ContactListItem }) {
  const { t, i18n } = useTranslation();
  return (
    <section className="card" aria-labelledby="details-title">
      <h2 id="details-title">{t('contact.details')}</h2>
      <dl className="kv">
        {contact.emails.length > 0 && (
          <>
            <dt>{t('contact.emails')}</dt>
            <dd>
              {contact.emails.map((e) => (
                <div key={e}>
                  <a href={`mailto:${e}`}>{e}</a>
                </div>
              ))}
            </dd>
          </>
        )}
        {contact.phones.length > 0 && (
          <>
            <dt>{t('contact.phones')}</dt>
            <dd>
              {contact.phones.map((p) => (
                <div key={p}>
                  <a href={`tel:${p}`}>{p}</a>
                </div>
              ))}
            </dd>
          </>
        )}
        {contact.linkedinUrl && (
          <>
            <dt>{t('contact.linkedin')}</dt>
            <dd>
              <a href={contact.linkedinUrl} target="_blank" rel="noreferrer noopener">
                {contact.linkedinUrl.replace(/^https?:\/\/(www\.)?/, '')}
              </a>
            </dd>
          </>
        )}
        {contact.sector && (
          <>
            <dt>{t('form.sector')}</dt>
            <dd>{contact.sector}</dd>
          </>
        )}
        {contact.birthday && (
          <>
            <dt>{t('form.birthday')}</dt>
            <dd data-testid="birthday">{formatBirthday(contact.birthday, i18n.language)}</dd>
          </>
        )}
      </dl>
      {contact.notes && (
        <>
          <h3 style={{ marginTop: '0.75rem' }}>{t('contact.notes')}</h3>
          <p style={{ whiteSpace: 'pre-wrap' }}>{contact.notes}</p>
        </>
      )}
      <p className="muted small" style={{ margin: '0.5rem 0 0' }}>
        {t('contact.added', { when: formatDate(contact.createdAt, i18n.language) })}
      </p>
    </section>
  );
}
