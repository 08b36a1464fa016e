/** One row of the virtualised contacts list: select box, name and work, tier and stage, last contact. */
import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import type { ContactListItem } from '../api/types';
import { formatRelative } from '../i18n/format';
import { Avatar } from './Avatar';

interface Props {
  contact: ContactListItem;
  index: number;
  top: number;
  height: number;
  active: boolean;
  selected: boolean;
  onToggle: (contact: ContactListItem) => void;
  onFocusRow: (index: number) => void;
  onIntent: (id: string) => void;
}

export const ContactRow = memo(function ContactRow({
  contact,
  index,
  top,
  height,
  active,
  selected,
  onToggle,
  onFocusRow,
  onIntent,
}: Props) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const sub = [contact.role, contact.company].filter(Boolean).join(' · ');
  const overdue = Date.parse(contact.dueAt) <= Date.now();
  return (
    <div
      role="listitem"
      className={`contact-row${active ? ' is-active' : ''}${selected ? ' is-selected' : ''}`}
      style={{ transform: `translateY(${top}px)`, height }}
      data-index={index}
    >
      <input
        type="checkbox"
        checked={selected}
        tabIndex={-1}
        onChange={() => onToggle(contact)}
        aria-label={t('contacts.select', { name: contact.name })}
        style={{ width: '1.1rem', height: '1.1rem', accentColor: 'var(--accent)' }}
      />
      <Avatar name={contact.name} photo={contact.photo} size={34} />
      <Link
        href={`/contacts/${contact.id}`}
        className="row-main"
        tabIndex={active ? 0 : -1}
        data-row-link={index}
        onFocus={() => onFocusRow(index)}
        onMouseEnter={() => onIntent(contact.id)}
      >
        <span className="row-name">{contact.name}</span>
        <span className="row-sub">{sub || (contact.context ? t(`enum.context.${contact.context}`) : '\u00a0')}</span>
      </Link>
      <span className="row-badges">
        <span className="badge badge-accent">{t(`enum.tier.${contact.tier}`)}</span>
        <span className="badge hide-narrow">{t(`enum.stage.${contact.stage}`)}</span>
        {overdue && <span className="badge badge-warn hide-narrow">{t('enum.cadenceState.overdue')}</span>}
      </span>
      <span className="row-when">
        {contact.lastInteractionAt
          ? t('contacts.lastContact', { when: formatRelative(contact.lastInteractionAt, lang) })
          : t('contacts.neverContacted')}
      </span>
    </div>
  );
});
