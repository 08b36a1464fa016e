/** What in the give library fits this person, and why; "Mark as sent" logs the give with the item linked. */
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { suggestionsQuery } from '../../api/library';
import { useLogInteraction } from '../../api/queries';
import { ErrorBanner } from '../ErrorBanner';
import { useUi } from '../ui-context';
import '../../styles/coach.css';

export function GiveSuggestionsCard({ contactId, name }: { contactId: string; name: string }) {
  const { t } = useTranslation();
  const ui = useUi();
  const id = useId();
  const client = useQueryClient();
  const suggestions = useQuery(suggestionsQuery(contactId));
  const log = useLogInteraction();
  const items = suggestions.data?.items ?? [];

  const markSent = (itemId: string, title: string) =>
    log.mutate(
      { contactIds: [contactId], kind: 'message', value: 'give', giveItemId: itemId },
      {
        onSuccess: () => {
          ui.toast(t('library.sentToast', { name, title }));
          void client.invalidateQueries({ queryKey: ['give-suggestions'] });
        },
      },
    );

  return (
    <section className="card" aria-labelledby={`${id}-title`} data-testid="give-suggestions">
      <h2 id={`${id}-title`}>{t('library.suggestions')}</h2>
      <ErrorBanner error={suggestions.error ?? log.error} />
      {suggestions.isSuccess && items.length === 0 ? (
        <p className="muted small" style={{ margin: 0 }}>
          {t('library.noSuggestions', { name })} <Link href="/library">{t('library.openLibrary')}</Link>
        </p>
      ) : (
        <ul className="library-list">
          {items.map((s) => (
            <li key={s.item.id}>
              <strong>
                {s.item.url ? (
                  <a href={s.item.url} target="_blank" rel="noreferrer noopener">
                    {s.item.title}
                  </a>
                ) : (
                  s.item.title
                )}
              </strong>{' '}
              <span className="badge">{t(`library.kind.${s.item.kind}`)}</span>
              <ul className="suggestion-reasons small muted">
                {s.reasons.map((r) => (
                  <li key={r}>{r}</li>
                ))}
              </ul>
              <button
                type="button"
                className="btn btn-small"
                disabled={log.isPending}
                onClick={() => markSent(s.item.id, s.item.title)}
              >
                {t('library.markSent')}
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
