/**
 * Picking a campaign's people one by one: narrow with the contact-list filters, tick or untick each
 * person (or all of those shown), see how many are picked and who the server would leave out and
 * why (for a general e-mail: mentors, managers, employers), then act on the picked ones.
 */
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useEffect, useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { campaignsApi, type AudienceFor } from '../../api/campaigns';
import { api } from '../../api/endpoints';
import type { ContactFilter, ContactListItem } from '../../api/types';
import { useDebouncedValue } from '../../hooks/useDebouncedValue';
import { formatNumber } from '../../i18n/format';
import { apiFilter } from '../../lib/contact-filter';
import { ContactFilters } from '../ContactFilters';
import { ErrorBanner } from '../ErrorBanner';

/** The server's limit for one campaign (core's maxCampaignRecipients). */
export const MAX_RECIPIENTS = 200;

interface Props {
  /** The template of a new campaign, or the campaign people join; null until there is one. */
  audienceFor: AudienceFor | null;
  /** People already in the campaign: shown, but not pickable again. */
  already?: ReadonlySet<string>;
  submitLabel: string;
  pending: boolean;
  error: unknown;
  /** Acts on the picked people; `clear` empties the selection once it worked. */
  onSubmit(contactIds: string[], clear: () => void): void;
}

type Picked = Map<string, Pick<ContactListItem, 'id' | 'name'>>;

export function RecipientPicker({ audienceFor, already, submitLabel, pending, error, onSubmit }: Props) {
  const { t, i18n } = useTranslation();
  const listId = useId();
  const [filter, setFilter] = useState<ContactFilter>({ sort: 'name' });
  const [searchText, setSearchText] = useState('');
  const search = useDebouncedValue(searchText, 220).trim();
  const [picked, setPicked] = useState<Picked>(new Map());

  const query = apiFilter({ ...filter, search });
  const shown = useQuery({
    queryKey: ['campaign-picker', query],
    queryFn: ({ signal }) => api.listContacts(query, null, MAX_RECIPIENTS, signal),
    placeholderData: keepPreviousData,
  });
  const items = useMemo(() => shown.data?.items ?? [], [shown.data]);
  const pickable = useMemo(() => items.filter((c) => !already?.has(c.id)), [items, already]);

  const pickedIds = useMemo(() => [...picked.keys()].sort(), [picked]);
  const previewIds = useDebouncedValue(pickedIds, 300);
  const preview = useQuery({
    queryKey: ['campaign-preview', audienceFor, previewIds, i18n.language],
    queryFn: ({ signal }) => campaignsApi.preview({ ...(audienceFor as AudienceFor), contactIds: previewIds }, signal),
    enabled: audienceFor !== null && previewIds.length > 0 && previewIds.length <= MAX_RECIPIENTS,
    placeholderData: keepPreviousData,
  });
  const audience = previewIds.length > 0 ? preview.data : undefined;
  const keptOut = useMemo(() => new Map((audience?.excluded ?? []).map((e) => [e.contactId, e])), [audience]);
  // Someone may have been un-ticked since the preview was asked for.
  const keptOutPicked = (audience?.excluded ?? []).filter((e) => picked.has(e.contactId));

  // A new template or campaign starts a new pick.
  const forKey = audienceFor ? JSON.stringify(audienceFor) : '';
  useEffect(() => setPicked(new Map()), [forKey]);

  const toggle = (c: ContactListItem) =>
    setPicked((prev) => {
      const next = new Map(prev);
      if (next.has(c.id)) next.delete(c.id);
      else next.set(c.id, { id: c.id, name: c.name });
      return next;
    });
  const pickAll = () =>
    setPicked((prev) => {
      const next = new Map(prev);
      for (const c of pickable) next.set(c.id, { id: c.id, name: c.name });
      return next;
    });
  const pickNone = () =>
    setPicked((prev) => {
      const next = new Map(prev);
      for (const c of pickable) next.delete(c.id);
      return next;
    });

  const tooMany = picked.size > MAX_RECIPIENTS;
  const willGet = audience ? audience.included.filter((p) => picked.has(p.contactId)).length : null;
  const shownCount = formatNumber(items.length, i18n.language);

  return (
    <div className="picker">
      <ContactFilters filter={filter} searchText={searchText} onSearchText={setSearchText} onChange={setFilter} />
      <ErrorBanner error={shown.error} onRetry={() => void shown.refetch()} />
      <div className="list-meta picker-meta">
        <span className="small muted">
          {shown.isPending
            ? t('app.loading')
            : shown.data?.nextCursor
              ? t('campaigns.picker.shownMore', { n: shownCount, max: MAX_RECIPIENTS })
              : t('campaigns.picker.shown', { count: items.length, n: shownCount })}
        </span>
        <span className="picker-bulk">
          <button
            type="button"
            className="btn btn-small btn-ghost"
            onClick={pickAll}
            disabled={pickable.length === 0}
            aria-controls={listId}
          >
            {t('campaigns.picker.all', { count: pickable.length })}
          </button>
          <button
            type="button"
            className="btn btn-small btn-ghost"
            onClick={pickNone}
            disabled={!pickable.some((c) => picked.has(c.id))}
            aria-controls={listId}
          >
            {t('campaigns.picker.none')}
          </button>
        </span>
      </div>
      {shown.isSuccess && items.length === 0 ? (
        <p className="muted">{t('contacts.noMatches')}</p>
      ) : (
        <ul id={listId} className="picker-list" aria-label={t('campaigns.picker.list')} data-testid="picker-list">
          {items.map((c) => {
            const inCampaign = already?.has(c.id) ?? false;
            const out = keptOut.get(c.id);
            return (
              <li key={c.id} className={out ? 'is-kept-out' : undefined}>
                <label className="check picker-person">
                  <input
                    type="checkbox"
                    checked={inCampaign || picked.has(c.id)}
                    disabled={inCampaign}
                    onChange={() => toggle(c)}
                  />
                  <span className="picker-name">{c.name}</span>
                  <span className="small muted">
                    {[c.company, c.emails[0] ?? t('campaigns.picker.noEmail')].filter(Boolean).join(' · ')}
                  </span>
                  {inCampaign && <span className="badge">{t('campaigns.picker.already')}</span>}
                  {out && picked.has(c.id) && (
                    <span className="badge badge-warn">{t(`campaigns.picker.reason.${out.reason}`)}</span>
                  )}
                </label>
              </li>
            );
          })}
        </ul>
      )}
      <div className="picker-summary" role="status" aria-live="polite" data-testid="picker-summary">
        <p>
          <strong>{t('campaigns.picker.picked', { count: picked.size })}</strong>
          {willGet !== null && picked.size > 0 && !tooMany && (
            <> · {t('campaigns.picker.willGet', { count: willGet })}</>
          )}
        </p>
        {tooMany && <p className="field-error">{t('campaigns.picker.tooMany', { max: MAX_RECIPIENTS })}</p>}
        {keptOutPicked.length > 0 && (
          <>
            <p className="small">{t('campaigns.picker.keptOut', { count: keptOutPicked.length })}</p>
            <ul className="small picker-kept-out" data-testid="kept-out">
              {keptOutPicked.map((e) => (
                <li key={e.contactId}>{e.message}</li>
              ))}
            </ul>
          </>
        )}
      </div>
      <ErrorBanner error={error ?? preview.error} fields={['contactIds', 'filter', 'templateId']} />
      <div className="dialog-actions">
        <button
          type="button"
          className="btn btn-primary"
          disabled={pending || picked.size === 0 || tooMany || audienceFor === null || willGet === 0}
          onClick={() => onSubmit(pickedIds, () => setPicked(new Map()))}
        >
          {pending ? t('app.saving') : submitLabel}
        </button>
      </div>
    </div>
  );
}
