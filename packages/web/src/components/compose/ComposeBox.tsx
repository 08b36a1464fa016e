/**
 * "Write a message": a draft to this person, reviewed by the coach as you type (300 ms after the last
 * key). The evidence of each finding is highlighted in the text and explained below in the reader's
 * language; the draft can be copied or opened in the mail program. Nothing is sent or saved.
 */
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { libraryApi } from '../../api/library';
import type { ReviewFinding } from '../../api/types';
import { useDebouncedValue } from '../../hooks/useDebouncedValue';
import { ErrorBanner } from '../ErrorBanner';
import { Icon } from '../Icon';
import { useUi } from '../ui-context';
import { anchoredFindings, highlightPieces } from './highlight';
import '../../styles/coach.css';

interface Props {
  contactId: string;
  contactName: string;
  email: string | null;
}

export function ComposeBox({ contactId, contactName, email }: Props) {
  const { t, i18n } = useTranslation();
  const ui = useUi();
  const id = useId();
  const [text, setText] = useState('');
  const debounced = useDebouncedValue(text, 300);
  const textarea = useRef<HTMLTextAreaElement>(null);
  const backdrop = useRef<HTMLDivElement>(null);
  const review = useQuery({
    queryKey: ['review', contactId, debounced, i18n.language],
    queryFn: ({ signal }) => libraryApi.review({ text: debounced, contactId }, signal),
    enabled: debounced.trim() !== '',
    placeholderData: keepPreviousData,
    staleTime: 60_000,
  });

  const empty = text.trim() === '';
  const findings: ReviewFinding[] = empty ? [] : (review.data?.findings ?? []);
  const anchored = new Set(anchoredFindings(text, findings));
  const pending = !empty && (debounced !== text || review.isFetching);
  const reviewed = !empty && review.data !== undefined && !pending;

  const select = (f: ReviewFinding) => {
    const el = textarea.current;
    if (!el) return;
    el.focus();
    el.setSelectionRange(f.start, f.end);
  };

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(text);
      ui.toast(t('compose.copied'));
    } catch {
      ui.toast(t('compose.copyFailed'));
    }
  };

  const mailto = `mailto:${email ? encodeURIComponent(email) : ''}?body=${encodeURIComponent(text)}`;

  return (
    <section className="card" aria-labelledby={`${id}-title`} data-testid="compose">
      <h2 id={`${id}-title`}>{t('compose.title')}</h2>
      <p className="muted small">{t('compose.hint')}</p>
      <label htmlFor={`${id}-draft`} className="field-label">
        {t('compose.label', { name: contactName })}
      </label>
      <div className="compose-editor">
        <div className="compose-backdrop" ref={backdrop} aria-hidden="true">
          {highlightPieces(text, findings).map((piece, i) =>
            piece.finding ? (
              <mark key={i} className={`compose-mark compose-mark-${piece.finding.severity}`}>
                {piece.text}
              </mark>
            ) : (
              <span key={i}>{piece.text}</span>
            ),
          )}
          {/* A trailing line break needs a character after it to take up its line. */}
          {'\u200b'}
        </div>
        <textarea
          id={`${id}-draft`}
          ref={textarea}
          className="textarea compose-text"
          rows={6}
          value={text}
          placeholder={t('compose.placeholder', { name: contactName })}
          aria-describedby={`${id}-status`}
          spellCheck
          onChange={(e) => setText(e.target.value)}
          onScroll={(e) => {
            if (backdrop.current) backdrop.current.scrollTop = e.currentTarget.scrollTop;
          }}
        />
      </div>
      <ErrorBanner error={review.error} />
      <p id={`${id}-status`} className="small compose-status" role="status" aria-live="polite">
        {empty
          ? ''
          : pending && review.data === undefined
            ? t('compose.checking')
            : findings.length === 0
              ? reviewed
                ? t('compose.clean')
                : t('compose.checking')
              : t('compose.findings', { count: findings.length })}
      </p>
      {findings.length > 0 && (
        <ul className="compose-findings" data-testid="compose-findings">
          {findings.map((f) => (
            <li
              key={`${f.rule}-${f.start}`}
              className={`compose-finding compose-finding-${f.severity}`}
              data-rule={f.rule}
            >
              <div className="compose-finding-head">
                <span className={`badge ${f.severity === 'warning' ? 'badge-warn' : 'badge-accent'}`}>
                  {t(`compose.severity.${f.severity}`)}
                </span>
                {anchored.has(f) ? (
                  <button type="button" className="btn-link" onClick={() => select(f)}>
                    {t(`compose.rule.${f.rule}`)}
                  </button>
                ) : (
                  <strong>{t(`compose.rule.${f.rule}`)}</strong>
                )}
              </div>
              <p>{f.message}</p>
            </li>
          ))}
        </ul>
      )}
      <div className="dialog-actions">
        <button type="button" className="btn" disabled={empty} onClick={() => void copy()}>
          <Icon name="check" /> {t('compose.copy')}
        </button>
        <a className="btn btn-primary" href={mailto}>
          {t('compose.email')}
        </a>
      </div>
    </section>
  );
}
