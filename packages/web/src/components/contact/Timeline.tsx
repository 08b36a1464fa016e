/** The interactions with this person, newest first; older ones load from the cursor API on demand. */
import { useInfiniteQuery, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { interactionsQuery, useDeleteInteraction } from '../../api/queries';
import { givesQuery } from '../../api/library';
import type { Interaction } from '../../api/types';
import { formatDate, formatRelative } from '../../i18n/format';
import { ErrorBanner } from '../ErrorBanner';
import { Icon } from '../Icon';

interface Props {
  contactId: string;
  recent: Interaction[];
}

export function Timeline({ contactId, recent }: Props) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const [expanded, setExpanded] = useState(false);
  const more = useInfiniteQuery({ ...interactionsQuery(contactId), enabled: expanded });
  const remove = useDeleteInteraction(contactId);
  // Gives from the library name the item they shared ("you sent them ...").
  const library = useQuery({ ...givesQuery(), enabled: hasLibraryLinks(recent) || expanded });
  const titleOf = (id: string | null | undefined) => library.data?.items.find((g) => g.id === id)?.title;
  const items = expanded && more.data ? more.data.pages.flatMap((p) => p.items) : recent;
  const canLoadMore = expanded ? more.hasNextPage : recent.length >= 20;

  const describe = (i: Interaction) => {
    const value = i.direction === 'in' ? t(`enum.valueIn.${i.value}`) : t(`enum.value.${i.value}`);
    const detail = i.askKind ? t(`enum.askKind.${i.askKind}`) : i.giveKind ? t(`enum.giveKind.${i.giveKind}`) : null;
    return `${t(`enum.kind.${i.kind}`)} · ${value}${detail ? ` (${detail})` : ''}`;
  };

  return (
    <section className="card" aria-labelledby="timeline-title" data-testid="timeline">
      <h2 id="timeline-title">{t('contact.timeline')}</h2>
      <ErrorBanner error={remove.error ?? more.error} />
      {items.length === 0 ? (
        <p className="muted">{t('contact.noInteractions')}</p>
      ) : (
        <ol className="timeline">
          {items.map((i) => (
            <li key={i.id}>
              <span className={`dot dot-${i.value}`} aria-hidden="true" />
              <div>
                <strong>{describe(i)}</strong>
                <div className="small muted">
                  <time dateTime={i.occurredAt} title={formatDate(i.occurredAt, lang)}>
                    {formatRelative(i.occurredAt, lang)}
                  </time>
                  {i.followUpAt && <> · {t('contact.followUpOn', { when: formatDate(i.followUpAt, lang) })}</>}
                </div>
                {titleOf(i.giveItemId) && (
                  <p className="small" style={{ margin: '0.2rem 0 0', fontStyle: 'italic' }}>
                    {t('library.youSent', { title: titleOf(i.giveItemId) })}
                  </p>
                )}
                {i.note && <p style={{ margin: '0.2rem 0 0' }}>{i.note}</p>}
              </div>
              <button
                type="button"
                className="btn btn-ghost btn-small"
                aria-label={t('contact.deleteInteraction')}
                title={t('contact.deleteInteraction')}
                disabled={remove.isPending}
                onClick={() => {
                  if (window.confirm(t('contact.deleteConfirm'))) remove.mutate(i.id);
                }}
              >
                <Icon name="trash" />
              </button>
            </li>
          ))}
        </ol>
      )}
      {canLoadMore && (
        <button
          type="button"
          className="btn btn-small"
          disabled={more.isFetching}
          onClick={() => (expanded ? void more.fetchNextPage() : setExpanded(true))}
        >
          {t('contact.loadMore')}
        </button>
      )}
    </section>
  );
}

function hasLibraryLinks(items: Interaction[]): boolean {
  return items.some((i) => Boolean(i.giveItemId));
}
