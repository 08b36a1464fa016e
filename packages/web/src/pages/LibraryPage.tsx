/**
 * The give library: things worth sharing (articles, job ads, events, e-books, books, introductions)
 * with the topics they are about, so the coach can suggest each to the people it fits.
 */
import { useQuery } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { givesQuery, useAddGive, useRemoveGive } from '../api/library';
import { giveItemKinds, type GiveItemKind } from '../api/types';
import { ErrorBanner } from '../components/ErrorBanner';
import { Field } from '../components/Field';
import { Icon } from '../components/Icon';
import { useUi } from '../components/ui-context';
import { formatDate } from '../i18n/format';
import { useErrorText } from '../hooks/useErrorText';
import { usePageTitle } from '../hooks/usePageTitle';
import { clearIfUnchanged } from '../lib/form';
import '../styles/coach.css';

const fields = ['kind', 'title', 'url', 'topics', 'note'];

function AddItemForm() {
  const { t } = useTranslation();
  const ui = useUi();
  const { forField } = useErrorText();
  const add = useAddGive();
  const [kind, setKind] = useState<GiveItemKind>('article');
  const [title, setTitle] = useState('');
  const [url, setUrl] = useState('');
  const [topics, setTopics] = useState('');
  const [note, setNote] = useState('');

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const list = topics
      .split(',')
      .map((x) => x.trim())
      .filter(Boolean);
    add.mutate(
      { kind, title, url: url.trim() || null, topics: list, note: note.trim() || null },
      {
        onSuccess: (item) => {
          ui.toast(t('library.added', { title: item.title }));
          setTitle(clearIfUnchanged(title));
          setUrl(clearIfUnchanged(url));
          setTopics(clearIfUnchanged(topics));
          setNote(clearIfUnchanged(note));
        },
      },
    );
  };

  const err = (f: string) => forField(add.error, f);
  return (
    <form onSubmit={submit} noValidate aria-label={t('library.addTitle')}>
      <ErrorBanner error={add.error} fields={fields} />
      <div className="field-row">
        <Field label={t('library.field.title')} error={err('title')}>
          {(p) => <input {...p} className="input" value={title} onChange={(e) => setTitle(e.target.value)} />}
        </Field>
        <Field label={t('library.field.kind')} error={err('kind')}>
          {(p) => (
            <select {...p} className="select" value={kind} onChange={(e) => setKind(e.target.value as GiveItemKind)}>
              {giveItemKinds.map((k) => (
                <option key={k} value={k}>
                  {t(`library.kind.${k}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
      </div>
      <div className="field-row">
        <Field label={t('library.field.url')} error={err('url')}>
          {(p) => (
            <input
              {...p}
              type="url"
              inputMode="url"
              className="input"
              placeholder="https://"
              value={url}
              onChange={(e) => setUrl(e.target.value)}
            />
          )}
        </Field>
        <Field label={t('library.field.topics')} hint={t('library.field.topicsHint')} error={err('topics')}>
          {(p) => <input {...p} className="input" value={topics} onChange={(e) => setTopics(e.target.value)} />}
        </Field>
      </div>
      <Field label={t('library.field.note')} error={err('note')}>
        {(p) => (
          <textarea {...p} className="textarea" rows={2} value={note} onChange={(e) => setNote(e.target.value)} />
        )}
      </Field>
      <div className="dialog-actions">
        <button type="submit" className="btn btn-primary" disabled={add.isPending}>
          <Icon name="plus" /> {add.isPending ? t('app.saving') : t('library.add')}
        </button>
      </div>
    </form>
  );
}

export function LibraryPage() {
  const { t, i18n } = useTranslation();
  usePageTitle(t('library.title'));
  const gives = useQuery(givesQuery());
  const remove = useRemoveGive();
  const items = gives.data?.items ?? [];

  return (
    <>
      <h1>{t('library.title')}</h1>
      <p className="muted">{t('library.intro')}</p>
      <section className="card" aria-labelledby="library-add">
        <h2 id="library-add">{t('library.addTitle')}</h2>
        <AddItemForm />
      </section>
      <section className="card" aria-labelledby="library-items" data-testid="library-items">
        <h2 id="library-items">{t('library.items', { count: items.length })}</h2>
        <ErrorBanner error={gives.error ?? remove.error} onRetry={() => void gives.refetch()} />
        {gives.isPending ? (
          <p className="spinner" role="status">
            {t('app.loading')}
          </p>
        ) : items.length === 0 ? (
          <p className="muted">{t('library.empty')}</p>
        ) : (
          <ul className="library-list">
            {items.map((item) => (
              <li key={item.id} className="library-item">
                <div>
                  <h3>
                    {item.url ? (
                      <a href={item.url} target="_blank" rel="noreferrer noopener">
                        {item.title}
                      </a>
                    ) : (
                      item.title
                    )}
                  </h3>
                  <div className="small muted">
                    {t(`library.kind.${item.kind}`)} · {formatDate(item.createdAt, i18n.language)}
                  </div>
                  {item.topics.length > 0 && (
                    <ul className="tag-list" aria-label={t('library.field.topics')} style={{ marginTop: '0.3rem' }}>
                      {item.topics.map((topic) => (
                        <li key={topic} className="badge">
                          {topic}
                        </li>
                      ))}
                    </ul>
                  )}
                  {item.note && <p className="small">{item.note}</p>}
                </div>
                <button
                  type="button"
                  className="btn btn-ghost btn-small"
                  aria-label={t('library.remove', { title: item.title })}
                  title={t('library.remove', { title: item.title })}
                  disabled={remove.isPending}
                  onClick={() => {
                    if (window.confirm(t('library.removeConfirm', { title: item.title }))) remove.mutate(item.id);
                  }}
                >
                  <Icon name="trash" />
                </button>
              </li>
            ))}
          </ul>
        )}
      </section>
    </>
  );
}
