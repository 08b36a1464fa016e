/** The contacts toolbar: search as you type, filters and sort. */
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { circles, contactContexts, contactSorts, stages, tiers, type ContactFilter } from '../api/types';
import { Field } from './Field';

interface Props {
  filter: ContactFilter;
  searchText: string;
  onSearchText: (text: string) => void;
  onChange: (filter: ContactFilter) => void;
}

type Key = 'circle' | 'tier' | 'context' | 'stage';

export function ContactFilters({ filter, searchText, onSearchText, onChange }: Props) {
  const { t } = useTranslation();
  const panelId = useId();
  const [open, setOpen] = useState(false);
  const setKey = (key: Key, value: string) => {
    const rest = Object.fromEntries(Object.entries(filter).filter(([k]) => k !== key)) as ContactFilter;
    onChange(value ? ({ ...rest, [key]: value } as ContactFilter) : rest);
  };
  const select = (key: Key, label: string, values: readonly string[], enumKey: string) => (
    <Field label={label}>
      {(p) => (
        <select {...p} className="select" value={filter[key] ?? ''} onChange={(e) => setKey(key, e.target.value)}>
          <option value="">{t('app.any')}</option>
          {values.map((v) => (
            <option key={v} value={v}>
              {t(`enum.${enumKey}.${v}`)}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
  const activeCount = [filter.circle, filter.tier, filter.context, filter.stage, filter.tag, filter.due].filter(
    Boolean,
  ).length;
  const active = activeCount > 0;

  return (
    <div role="search" aria-label={t('contacts.filters')}>
      <div className="toolbar">
        <Field label={t('contacts.search')} className="search">
          {(p) => (
            <input
              {...p}
              type="search"
              className="input"
              value={searchText}
              placeholder={t('contacts.searchPlaceholder')}
              onChange={(e) => onSearchText(e.target.value)}
              autoComplete="off"
            />
          )}
        </Field>
        <Field label={t('contacts.sort')} hint={undefined}>
          {(p) => (
            <select
              {...p}
              className="select"
              value={filter.sort ?? 'name'}
              onChange={(e) => onChange({ ...filter, sort: e.target.value as ContactFilter['sort'] })}
            >
              {contactSorts.map((s) => (
                <option key={s} value={s}>
                  {t(`enum.sort.${s}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
      </div>
      <button
        type="button"
        className="btn btn-small filters-toggle"
        aria-expanded={open}
        aria-controls={panelId}
        onClick={() => setOpen((o) => !o)}
      >
        {t('contacts.filters')}
        {active ? ` (${activeCount})` : ''}
      </button>
      <div id={panelId} className={`toolbar filters-panel${open ? ' is-open' : ''}`}>
        {select('tier', t('contacts.tier'), tiers, 'tier')}
        {select('circle', t('contacts.circle'), circles, 'circle')}
        {select('context', t('contacts.context'), contactContexts, 'context')}
        {select('stage', t('contacts.stage'), stages, 'stage')}
        <Field label={t('contacts.tag')}>
          {(p) => (
            <input
              {...p}
              className="input"
              value={filter.tag ?? ''}
              placeholder={t('contacts.tagPlaceholder')}
              onChange={(e) => onChange({ ...filter, tag: e.target.value })}
            />
          )}
        </Field>
        <label className="check">
          <input
            type="checkbox"
            checked={filter.due ?? false}
            onChange={(e) => onChange({ ...filter, due: e.target.checked })}
          />
          {t('contacts.due')}
        </label>
        {active && (
          <button
            type="button"
            className="btn btn-small btn-ghost"
            onClick={() => onChange({ sort: filter.sort, ...(filter.search ? { search: filter.search } : {}) })}
          >
            {t('contacts.clearFilters')}
          </button>
        )}
      </div>
    </div>
  );
}
