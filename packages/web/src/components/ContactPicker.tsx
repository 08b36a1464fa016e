/** Finds one contact by typing part of a name (the API's accent-insensitive search). */
import { useQuery } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { searchQuery } from '../api/queries';
import { useDebouncedValue } from '../hooks/useDebouncedValue';
import type { ContactListItem } from '../api/types';

interface Props {
  label: string;
  onPick: (contact: ContactListItem) => void;
  /** Leave this contact out of the results (e.g. the person themselves). */
  excludeId?: string;
  error?: string | undefined;
  autoFocus?: boolean;
}

export function ContactPicker({ label, onPick, excludeId, error, autoFocus = false }: Props) {
  const { t } = useTranslation();
  const id = useId();
  const [text, setText] = useState('');
  const q = useDebouncedValue(text.trim(), 150);
  const results = useQuery(searchQuery(q));
  const items = (results.data?.items ?? []).filter((c) => c.id !== excludeId);
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        className="input"
        type="search"
        value={text}
        placeholder={t('log.whoPlaceholder')}
        onChange={(e) => setText(e.target.value)}
        autoComplete="off"
        autoFocus={autoFocus}
        aria-invalid={Boolean(error)}
        aria-describedby={error ? `${id}-err` : undefined}
      />
      {error && (
        <span id={`${id}-err`} className="field-error" role="alert">
          {error}
        </span>
      )}
      {q && (
        <ul className="picker-results" aria-label={label}>
          {items.map((c) => (
            <li key={c.id}>
              <button type="button" onClick={() => onPick(c)}>
                <strong>{c.name}</strong>
                {c.company ? <span className="muted"> · {c.company}</span> : null}
              </button>
            </li>
          ))}
          {results.isSuccess && items.length === 0 && (
            <li className="muted small" style={{ padding: '0.5rem' }}>
              {t('palette.noResults')}
            </li>
          )}
        </ul>
      )}
    </div>
  );
}
