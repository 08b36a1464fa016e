/**
 * The calendar feed in Settings: a secret address calendar apps subscribe to (shown once when
 * made), copy it, make a new one, stop it; and a one-off .ics download.
 */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { dataApi, downloads, type NewCalendarFeed } from '../../api/data';
import { formatDate } from '../../i18n/format';
import { ErrorBanner } from '../ErrorBanner';
import { Field } from '../Field';
import { useUi } from '../ui-context';

const feedKey = ['calendar-feed'] as const;

export function CalendarFeedCard() {
  const { t, i18n } = useTranslation();
  const ui = useUi();
  const client = useQueryClient();
  const feed = useQuery({ queryKey: feedKey, queryFn: ({ signal }) => dataApi.calendarFeed(signal) });
  const [created, setCreated] = useState<NewCalendarFeed | null>(null);
  const create = useMutation({
    mutationFn: dataApi.createCalendarFeed,
    onSuccess: (made) => {
      setCreated(made);
      void client.invalidateQueries({ queryKey: feedKey });
    },
  });
  const revoke = useMutation({
    mutationFn: dataApi.revokeCalendarFeed,
    onSuccess: () => {
      setCreated(null);
      ui.toast(t('data.calendarRevoked'));
      void client.invalidateQueries({ queryKey: feedKey });
    },
  });

  const copy = async (url: string) => {
    try {
      await navigator.clipboard.writeText(url);
      ui.toast(t('data.calendarCopied'));
    } catch {
      // Without clipboard access the address stays selected in the field for a manual copy.
    }
  };

  const active = feed.data?.active === true;
  return (
    <section className="card" aria-labelledby="calendar-title" style={{ marginTop: '1rem' }}>
      <h2 id="calendar-title">{t('data.calendarTitle')}</h2>
      <p className="small">{t('data.calendarText')}</p>
      <ErrorBanner error={feed.error ?? create.error ?? revoke.error} />
      {created ? (
        <>
          <Field label={t('data.calendarUrl')} hint={t('data.calendarSecret')}>
            {(p) => (
              <input
                {...p}
                className="input"
                readOnly
                value={created.url}
                onFocus={(e) => e.target.select()}
                data-testid="calendar-url"
              />
            )}
          </Field>
          <p style={{ display: 'flex', gap: '0.5rem', flexWrap: 'wrap' }}>
            <button type="button" className="btn btn-primary" onClick={() => void copy(created.url)}>
              {t('data.calendarCopy')}
            </button>
            <a className="btn" href={created.webcalUrl}>
              {t('data.calendarSubscribe')}
            </a>
          </p>
        </>
      ) : (
        <p data-testid="calendar-status">
          {active
            ? t('data.calendarActive', { date: formatDate(feed.data?.createdAt, i18n.language) })
            : t('data.calendarNone')}
        </p>
      )}
      <p style={{ display: 'flex', gap: '0.5rem', flexWrap: 'wrap' }}>
        <button type="button" className="btn" disabled={create.isPending} onClick={() => create.mutate()}>
          {active ? t('data.calendarRotate') : t('data.calendarCreate')}
        </button>
        {active && (
          <button type="button" className="btn btn-ghost" disabled={revoke.isPending} onClick={() => revoke.mutate()}>
            {t('data.calendarRevoke')}
          </button>
        )}
        <a className="btn btn-ghost" href={downloads.calendar(i18n.language)} download>
          {t('data.calendarDownload')}
        </a>
      </p>
    </section>
  );
}
