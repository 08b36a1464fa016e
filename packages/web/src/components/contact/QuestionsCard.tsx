/** Before a first meeting: questions worth asking (the bank in the user's language, then their own), and a way to add one. */
import { useQuery } from '@tanstack/react-query';
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { questionsQuery, useAddQuestion } from '../../api/library';
import { useErrorText } from '../../hooks/useErrorText';
import { ErrorBanner } from '../ErrorBanner';
import { Field } from '../Field';
import { useUi } from '../ui-context';
import { clearIfUnchanged } from '../../lib/form';
import '../../styles/coach.css';

/** How many questions show before "Show all". */
const SHOWN = 5;

export function QuestionsCard({ name }: { name: string }) {
  const { t } = useTranslation();
  const ui = useUi();
  const id = useId();
  const { forField } = useErrorText();
  const questions = useQuery(questionsQuery());
  const add = useAddQuestion();
  const [text, setText] = useState('');
  const [all, setAll] = useState(false);
  const items = questions.data?.items ?? [];
  // A handful is enough to start with; the user's own come first among the ones shown.
  const own = items.filter((q) => q.source === 'own');
  const shown = all
    ? items
    : [...own, ...items.filter((q) => q.source === 'bank')].slice(0, Math.max(SHOWN, own.length));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    add.mutate(text, {
      onSuccess: () => {
        setText(clearIfUnchanged(text));
        ui.toast(t('questions.added'));
      },
    });
  };

  return (
    <section className="card" aria-labelledby={`${id}-title`} data-testid="first-meeting-questions">
      <h2 id={`${id}-title`}>{t('questions.title')}</h2>
      <p className="muted small">{t('questions.intro', { name })}</p>
      <ErrorBanner error={questions.error} fields={['text']} />
      {shown.length > 0 && (
        <ol className="question-list">
          {shown.map((q) => (
            <li key={q.id}>
              {q.text}
              {q.source === 'own' && <span className="badge badge-accent">{t('questions.yours')}</span>}
            </li>
          ))}
        </ol>
      )}
      {items.length > shown.length && (
        <p>
          <button type="button" className="btn-link" onClick={() => setAll(true)}>
            {t('questions.showAll', { count: items.length })}
          </button>
        </p>
      )}
      <form className="inline-form" onSubmit={submit} noValidate>
        <Field label={t('questions.addLabel')} error={forField(add.error, 'text')}>
          {(p) => <input {...p} className="input" value={text} onChange={(e) => setText(e.target.value)} />}
        </Field>
        <button type="submit" className="btn" disabled={add.isPending || text.trim() === ''}>
          {t('questions.add')}
        </button>
      </form>
    </section>
  );
}
