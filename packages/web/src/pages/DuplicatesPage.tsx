/**
 * Duplicates: pairs of contacts that are probably one person, with why; pick which one stays and,
 * where they differ, which value wins; merge (everything is kept) and undo past merges. A pair that
 * is not the same person is dismissed for good, with an undo right there and in the list below.
 */
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import {
  dismissalsQuery,
  duplicatesQuery,
  mergeChoiceFields,
  mergesQuery,
  useDismiss,
  useMerge,
  useUndismiss,
  useUndoMerge,
  type DismissedPair,
  type DuplicatePair,
  type MergeChoiceField,
} from '../api/imports';
import type { Contact } from '../api/types';
import { ErrorBanner } from '../components/ErrorBanner';
import { useUi } from '../components/ui-context';
import { formatDateTime } from '../i18n/format';
import { usePageTitle } from '../hooks/usePageTitle';
import '../styles/imports.css';

const shown = ['company', 'role', 'location', 'emails', 'phones', 'linkedinUrl'] as const;

function valueOf(c: Contact, field: (typeof shown)[number] | MergeChoiceField): string {
  const v = (c as unknown as Record<string, unknown>)[field];
  if (Array.isArray(v)) return v.join(', ');
  return typeof v === 'string' ? v : '';
}

function Side({ contact, kept, label }: { contact: Contact; kept: boolean; label: string }) {
  const { t } = useTranslation();
  return (
    <div className={kept ? 'duplicate-side is-kept' : 'duplicate-side'}>
      <strong>
        <Link href={`/contacts/${contact.id}`}>{contact.name}</Link>
      </strong>{' '}
      <span className="badge">{label}</span>
      <dl className="kv small">
        {shown
          .filter((f) => valueOf(contact, f))
          .map((f) => (
            <div key={f}>
              <dt>{t(`duplicates.field.${f}`)}</dt>
              <dd>{valueOf(contact, f)}</dd>
            </div>
          ))}
      </dl>
    </div>
  );
}

function PairCard({ pair, onDismissed }: { pair: DuplicatePair; onDismissed: (pair: DismissedPair) => void }) {
  const { t } = useTranslation();
  const ui = useUi();
  const merge = useMerge();
  const undo = useUndoMerge();
  const dismiss = useDismiss();
  const [keepA, setKeepA] = useState(true);
  const [prefer, setPrefer] = useState<Partial<Record<MergeChoiceField, 'keep' | 'other'>>>({});
  const keep = keepA ? pair.a : pair.b;
  const other = keepA ? pair.b : pair.a;
  const differing = mergeChoiceFields.filter(
    (f) => valueOf(keep, f) && valueOf(other, f) && valueOf(keep, f) !== valueOf(other, f),
  );
  const name = `keep-${pair.a.id}-${pair.b.id}`;

  const submit = () =>
    merge.mutate(
      { keepId: keep.id, otherId: other.id, prefer },
      {
        onSuccess: (r) => ui.toast(t('duplicates.merged', { other: other.name, keep: r.contact.name })),
      },
    );

  return (
    <li aria-label={t('duplicates.pairLabel', { a: pair.a.name, b: pair.b.name })}>
      <p className="small" style={{ margin: 0 }}>
        {pair.reasons.map((r) => (
          <span key={r} className="badge badge-accent" style={{ marginRight: '0.3rem' }}>
            {t(`import.reason.${r}`)}
          </span>
        ))}
      </p>
      <div className="duplicate-pair">
        <Side contact={pair.a} kept={keepA} label={keepA ? t('duplicates.stays') : t('duplicates.mergedIn')} />
        <Side contact={pair.b} kept={!keepA} label={keepA ? t('duplicates.mergedIn') : t('duplicates.stays')} />
      </div>
      <fieldset className="duplicate-choices">
        <legend>{t('duplicates.whichStays')}</legend>
        <div className="duplicate-choice-row">
          <label className="check">
            <input
              type="radio"
              name={name}
              checked={keepA}
              onChange={() => {
                setKeepA(true);
                setPrefer({});
              }}
            />
            {pair.a.name}
          </label>
          <label className="check">
            <input
              type="radio"
              name={name}
              checked={!keepA}
              onChange={() => {
                setKeepA(false);
                setPrefer({});
              }}
            />
            {pair.b.name}
          </label>
        </div>
        {differing.map((f) => (
          <div key={f} className="duplicate-choice-row" role="radiogroup" aria-labelledby={`${name}-${f}-label`}>
            <span id={`${name}-${f}-label`} className="duplicate-choice-field">
              {t(`duplicates.field.${f}`)}
            </span>
            <label className="check">
              <input
                type="radio"
                name={`${name}-${f}`}
                checked={prefer[f] !== 'other'}
                onChange={() => setPrefer((p) => ({ ...p, [f]: 'keep' }))}
              />
              {valueOf(keep, f)}
            </label>
            <label className="check">
              <input
                type="radio"
                name={`${name}-${f}`}
                checked={prefer[f] === 'other'}
                onChange={() => setPrefer((p) => ({ ...p, [f]: 'other' }))}
              />
              {valueOf(other, f)}
            </label>
          </div>
        ))}
      </fieldset>
      <ErrorBanner error={merge.error ?? undo.error ?? dismiss.error} />
      <div className="duplicate-actions">
        <button type="button" className="btn btn-primary" disabled={merge.isPending} onClick={submit}>
          {t('duplicates.merge')}
        </button>
        <button
          type="button"
          className="btn"
          disabled={dismiss.isPending}
          onClick={() =>
            dismiss.mutate(
              { aId: pair.a.id, bId: pair.b.id },
              { onSuccess: (r) => onDismissed({ a: pair.a, b: pair.b, createdAt: r.dismissal.createdAt }) },
            )
          }
        >
          {t('duplicates.notSame')}
        </button>
      </div>
      <p className="small muted">{t('duplicates.keepsEverything')}</p>
    </li>
  );
}

/** The names of a pair, for messages. */
function namesOf(pair: { a: { name: string }; b: { name: string } }) {
  return { a: pair.a.name, b: pair.b.name };
}

function DismissedPairs() {
  const { t, i18n } = useTranslation();
  const ui = useUi();
  const list = useQuery(dismissalsQuery());
  const undismiss = useUndismiss();
  const items = list.data?.items ?? [];
  if (items.length === 0) return null;
  return (
    <section className="card" aria-labelledby="dismissed-pairs">
      <h2 id="dismissed-pairs">{t('duplicates.dismissedTitle')}</h2>
      <p className="muted small">{t('duplicates.dismissedHelp')}</p>
      <ErrorBanner error={undismiss.error} />
      <ul className="import-history">
        {items.map((d) => (
          <li key={`${d.a.id}-${d.b.id}`} aria-label={t('duplicates.pairLabel', namesOf(d))}>
            <span>
              <Link href={`/contacts/${d.a.id}`}>{d.a.name}</Link> ·{' '}
              <Link href={`/contacts/${d.b.id}`}>{d.b.name}</Link>{' '}
              <span className="small muted">{formatDateTime(d.createdAt, i18n.language)}</span>
            </span>
            <button
              type="button"
              className="btn btn-small"
              disabled={undismiss.isPending}
              onClick={() =>
                undismiss.mutate(
                  { aId: d.a.id, bId: d.b.id },
                  { onSuccess: () => ui.toast(t('duplicates.undismissedToast', namesOf(d))) },
                )
              }
            >
              {t('import.undo')}
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}

/** Right after a dismissal: what happened, and the way back. */
function DismissedNotice({ pair, onClose }: { pair: DismissedPair; onClose: () => void }) {
  const { t } = useTranslation();
  const ui = useUi();
  const undismiss = useUndismiss();
  return (
    <div className="duplicate-notice" role="status">
      <span>{t('duplicates.dismissedNotice', namesOf(pair))}</span>
      <button
        type="button"
        className="btn btn-small"
        disabled={undismiss.isPending}
        onClick={() =>
          undismiss.mutate(
            { aId: pair.a.id, bId: pair.b.id },
            {
              onSuccess: () => {
                onClose();
                ui.toast(t('duplicates.undismissedToast', namesOf(pair)));
              },
            },
          )
        }
      >
        {t('import.undo')}
      </button>
      <ErrorBanner error={undismiss.error} />
    </div>
  );
}

function PastMerges() {
  const { t, i18n } = useTranslation();
  const ui = useUi();
  const list = useQuery(mergesQuery());
  const undo = useUndoMerge();
  const items = list.data?.items ?? [];
  if (items.length === 0) return null;
  return (
    <section className="card" aria-labelledby="past-merges">
      <h2 id="past-merges">{t('duplicates.pastTitle')}</h2>
      <ErrorBanner error={undo.error} />
      <ul className="import-history">
        {items.map((m) => (
          <li key={m.id}>
            <span>
              {t('duplicates.pastLine', { other: m.otherName })}{' '}
              <span className="small muted">{formatDateTime(m.createdAt, i18n.language)}</span>
            </span>
            {m.undoneAt ? (
              <span className="badge">{t('import.undone')}</span>
            ) : (
              <button
                type="button"
                className="btn btn-small"
                disabled={undo.isPending}
                onClick={() =>
                  undo.mutate(m.id, { onSuccess: () => ui.toast(t('duplicates.undone', { other: m.otherName })) })
                }
              >
                {t('import.undo')}
              </button>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}

export function DuplicatesPage() {
  const { t } = useTranslation();
  usePageTitle(t('duplicates.title'));
  const pairs = useQuery(duplicatesQuery());
  const items = pairs.data?.items ?? [];
  const [justDismissed, setJustDismissed] = useState<DismissedPair | null>(null);
  return (
    <>
      <div className="page-head">
        <h1>{t('duplicates.title')}</h1>
        <Link href="/import" className="btn">
          {t('import.title')}
        </Link>
      </div>
      <section className="card" aria-labelledby="pairs-title">
        <h2 id="pairs-title">{t('duplicates.pairsTitle', { count: items.length })}</h2>
        <p className="muted small">{t('duplicates.help')}</p>
        <ErrorBanner error={pairs.error} onRetry={() => void pairs.refetch()} />
        {justDismissed && (
          <DismissedNotice
            key={`${justDismissed.a.id}-${justDismissed.b.id}`}
            pair={justDismissed}
            onClose={() => setJustDismissed(null)}
          />
        )}
        {pairs.isPending ? (
          <p className="spinner" role="status">
            {t('app.loading')}
          </p>
        ) : items.length === 0 ? (
          <p className="empty">{t('duplicates.none')}</p>
        ) : (
          <ul className="duplicate-list">
            {items.map((p) => (
              <PairCard key={`${p.a.id}-${p.b.id}`} pair={p} onDismissed={setJustDismissed} />
            ))}
          </ul>
        )}
      </section>
      <DismissedPairs />
      <PastMerges />
    </>
  );
}
