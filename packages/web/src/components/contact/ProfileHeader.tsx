/** The top of a contact's page: photo, name, work, how you know them, interests, and the main actions. */
import { useTranslation } from 'react-i18next';
import type { ContactListItem } from '../../api/types';
import { Avatar } from '../Avatar';

interface Props {
  contact: ContactListItem;
  onLog: () => void;
  onEdit: () => void;
  onArchive: () => void;
  archiving: boolean;
}

export function ProfileHeader({ contact, onLog, onEdit, onArchive, archiving }: Props) {
  const { t } = useTranslation();
  const work = [contact.role, contact.company].filter(Boolean).join(' · ');
  return (
    <section className="card" aria-labelledby="contact-name">
      <div className="profile">
        <Avatar name={contact.name} photo={contact.photo} size={72} />
        <div className="who">
          <h1 id="contact-name">{contact.name}</h1>
          {work && <p style={{ margin: 0 }}>{work}</p>}
          <p className="muted small" style={{ margin: '0.25rem 0' }}>
            {contact.context && (
              <>
                {t('contact.howYouKnow')}: <strong>{t(`enum.context.${contact.context}`)}</strong> ·{' '}
              </>
            )}
            {t(`enum.circle.${contact.circle}`)}
            {contact.location ? ` · ${contact.location}` : ''}
          </p>
          <div style={{ display: 'flex', gap: '0.35rem', flexWrap: 'wrap', alignItems: 'center' }}>
            <span className="badge badge-accent">{t(`enum.tier.${contact.tier}`)}</span>
            {contact.archived && <span className="badge badge-danger">{t('contact.archived')}</span>}
            {contact.tags.length > 0 && (
              <ul className="tag-list" aria-label={t('contact.interests')}>
                {contact.tags.map((tag) => (
                  <li key={tag} className="badge">
                    #{tag}
                  </li>
                ))}
              </ul>
            )}
          </div>
        </div>
        <div className="profile-actions">
          <button type="button" className="btn btn-primary" onClick={onLog} aria-keyshortcuts="l">
            {t('log.title')}
          </button>
          <button type="button" className="btn" onClick={onEdit}>
            {t('app.edit')}
          </button>
          <button type="button" className="btn btn-ghost" onClick={onArchive} disabled={archiving}>
            {contact.archived ? t('contact.unarchive') : t('contact.archive')}
          </button>
        </div>
      </div>
      {contact.archived && (
        <p className="small muted" style={{ margin: '0.75rem 0 0' }}>
          {t('contact.archivedNote')}
        </p>
      )}
    </section>
  );
}
