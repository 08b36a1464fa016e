/**
 * The command palette (Ctrl/Cmd+K): jump to any contact (through the search API) or run an action,
 * all from the keyboard. A combobox with a listbox of results, navigated with the arrow keys.
 */
import { useQuery } from '@tanstack/react-query';
import { useId, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { searchQuery } from '../api/queries';
import { useDebouncedValue } from '../hooks/useDebouncedValue';
import { Dialog } from './Dialog';

interface Props {
  onClose: () => void;
  onNavigate: (to: string) => void;
  onNewContact: () => void;
  onLog: () => void;
}

interface Entry {
  id: string;
  label: string;
  detail?: string;
  group: 'actions' | 'contacts';
  run: () => void;
}

function fold(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase();
}

export function CommandPalette({ onClose, onNavigate, onNewContact, onLog }: Props) {
  const { t } = useTranslation();
  const id = useId();
  const [text, setText] = useState('');
  const [active, setActive] = useState(0);
  const q = useDebouncedValue(text.trim(), 120);
  const search = useQuery(searchQuery(q));

  const actions: Entry[] = [
    { id: 'new', label: t('palette.newContact'), group: 'actions', run: onNewContact },
    { id: 'log', label: t('palette.logInteraction'), group: 'actions', run: onLog },
    { id: 'today', label: t('palette.goToday'), group: 'actions', run: () => onNavigate('/') },
    { id: 'contacts', label: t('palette.goContacts'), group: 'actions', run: () => onNavigate('/contacts') },
    { id: 'insights', label: t('palette.goInsights'), group: 'actions', run: () => onNavigate('/insights') },
    { id: 'settings', label: t('palette.goSettings'), group: 'actions', run: () => onNavigate('/settings') },
  ];
  const needle = fold(text.trim());
  const matchingActions = needle ? actions.filter((a) => fold(a.label).includes(needle)) : actions;
  const contacts: Entry[] = q
    ? (search.data?.items ?? []).map((c) => ({
        id: `c-${c.id}`,
        label: c.name,
        detail: [c.role, c.company].filter(Boolean).join(' · '),
        group: 'contacts' as const,
        run: () => onNavigate(`/contacts/${c.id}`),
      }))
    : [];
  // Contacts first once the user types: jumping to a person is what the palette is mostly for.
  const entries = [...contacts, ...matchingActions];
  const current = Math.min(active, Math.max(0, entries.length - 1));

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown') {
      event.preventDefault();
      setActive((current + 1) % Math.max(1, entries.length));
    } else if (event.key === 'ArrowUp') {
      event.preventDefault();
      setActive((current - 1 + entries.length) % Math.max(1, entries.length));
    } else if (event.key === 'Enter') {
      event.preventDefault();
      entries[current]?.run();
    }
  };

  const optionId = (i: number) => `${id}-opt-${i}`;
  const groups: Entry['group'][] = ['contacts', 'actions'];

  return (
    <Dialog open title={t('palette.title')} onClose={onClose} hideTitle>
      <input
        className="input"
        type="text"
        role="combobox"
        aria-expanded="true"
        aria-controls={`${id}-list`}
        aria-activedescendant={entries.length > 0 ? optionId(current) : undefined}
        aria-autocomplete="list"
        aria-label={t('palette.placeholder')}
        placeholder={t('palette.placeholder')}
        value={text}
        autoFocus
        onChange={(e) => {
          setText(e.target.value);
          setActive(0);
        }}
        onKeyDown={onKeyDown}
      />
      <ul id={`${id}-list`} role="listbox" className="palette-list" aria-label={t('palette.title')}>
        {groups.map((group) => {
          const inGroup = entries.map((e, i) => ({ e, i })).filter(({ e }) => e.group === group);
          if (inGroup.length === 0) return null;
          return [
            <li key={`h-${group}`} role="presentation" className="palette-group">
              {t(`palette.${group}`)}
            </li>,
            ...inGroup.map(({ e, i }) => (
              <li
                key={e.id}
                id={optionId(i)}
                role="option"
                aria-selected={i === current}
                onMouseEnter={() => setActive(i)}
                onClick={e.run}
              >
                <span>{e.label}</span>
                {e.detail && <span className="muted small">{e.detail}</span>}
              </li>
            )),
          ];
        })}
        {entries.length === 0 && (
          <li role="presentation" className="muted" style={{ padding: '0.5rem' }}>
            {t('palette.noResults')}
          </li>
        )}
      </ul>
      <p className="muted small" style={{ margin: '0.5rem 0 0' }}>
        {t('palette.hint')}
      </p>
    </Dialog>
  );
}
