/**
 * The contact form used to add and to edit a person. API errors appear beside the field they name;
 * what was typed stays as it is until the save succeeds.
 */
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { circles, contactContexts, tiers } from '../api/types';
import { useErrorText } from '../hooks/useErrorText';
import { ErrorBanner } from './ErrorBanner';
import { Field } from './Field';
import { PhotoField } from './PhotoField';
import { contactFormFields, type ContactFormState } from './contact-form-state';
import { toDateInputValue } from '../i18n/format';

interface Props {
  initial: ContactFormState;
  submitLabel: string;
  pending: boolean;
  error: unknown;
  /** The tier's cadence, for the hint under the per-contact cadence. */
  tierCadence?: (tier: ContactFormState['tier']) => number | undefined;
  onSubmit: (state: ContactFormState) => void;
  onCancel: () => void;
}

export function ContactForm({ initial, submitLabel, pending, error, tierCadence, onSubmit, onCancel }: Props) {
  const { t } = useTranslation();
  const { forField } = useErrorText();
  const [form, setForm] = useState<ContactFormState>(initial);
  const set =
    <K extends keyof ContactFormState>(key: K) =>
    (value: ContactFormState[K]) =>
      setForm((f) => ({ ...f, [key]: value }));
  const err = (field: string) => forField(error, field);
  const moreHasError = [
    'sector',
    'location',
    'emails',
    'phones',
    'linkedinUrl',
    'photo',
    'cadenceDays',
    'notes',
    'birthday',
  ].some((f) => err(f) !== undefined);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    onSubmit(form);
  };

  const cadenceHint = tierCadence?.(form.tier);

  return (
    <form onSubmit={submit} noValidate>
      <ErrorBanner error={error} fields={contactFormFields} />
      <Field label={t('form.name')} error={err('name')}>
        {(p) => (
          <input
            {...p}
            className="input"
            value={form.name}
            onChange={(e) => set('name')(e.target.value)}
            autoComplete="off"
            required
            autoFocus
          />
        )}
      </Field>
      <div className="field-row">
        <Field label={t('form.company')} error={err('company')}>
          {(p) => (
            <input {...p} className="input" value={form.company} onChange={(e) => set('company')(e.target.value)} />
          )}
        </Field>
        <Field label={t('form.role')} error={err('role')}>
          {(p) => <input {...p} className="input" value={form.role} onChange={(e) => set('role')(e.target.value)} />}
        </Field>
      </div>
      <div className="field-row">
        <Field label={t('form.context')} error={err('context')}>
          {(p) => (
            <select
              {...p}
              className="select"
              value={form.context}
              onChange={(e) => set('context')(e.target.value as ContactFormState['context'])}
            >
              <option value="">{t('app.none')}</option>
              {contactContexts.map((c) => (
                <option key={c} value={c}>
                  {t(`enum.context.${c}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label={t('form.tier')} error={err('tier')}>
          {(p) => (
            <select
              {...p}
              className="select"
              value={form.tier}
              onChange={(e) => set('tier')(e.target.value as ContactFormState['tier'])}
            >
              {tiers.map((tier) => (
                <option key={tier} value={tier}>
                  {t(`enum.tier.${tier}`)} · {t(`enum.tierHint.${tier}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label={t('form.circle')} error={err('circle')}>
          {(p) => (
            <select
              {...p}
              className="select"
              value={form.circle}
              onChange={(e) => set('circle')(e.target.value as ContactFormState['circle'])}
            >
              {circles.map((c) => (
                <option key={c} value={c}>
                  {t(`enum.circle.${c}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
      </div>
      <Field label={t('form.tags')} hint={t('form.tagsHint')} error={err('tags')}>
        {(p) => <input {...p} className="input" value={form.tags} onChange={(e) => set('tags')(e.target.value)} />}
      </Field>
      <details className="more" open={moreHasError || undefined}>
        <summary>{t('form.moreFields')}</summary>
        <div className="field-row">
          <Field label={t('form.email')} error={err('emails')}>
            {(p) => (
              <input
                {...p}
                type="email"
                className="input"
                value={form.emails}
                onChange={(e) => set('emails')(e.target.value)}
                autoComplete="off"
              />
            )}
          </Field>
          <Field label={t('form.phone')} error={err('phones')}>
            {(p) => (
              <input
                {...p}
                type="tel"
                className="input"
                value={form.phones}
                onChange={(e) => set('phones')(e.target.value)}
              />
            )}
          </Field>
        </div>
        <Field label={t('form.linkedinUrl')} error={err('linkedinUrl')}>
          {(p) => (
            <input
              {...p}
              type="url"
              className="input"
              value={form.linkedinUrl}
              onChange={(e) => set('linkedinUrl')(e.target.value)}
              placeholder="https://www.linkedin.com/in/…"
            />
          )}
        </Field>
        <div className="field-row">
          <Field label={t('form.sector')} error={err('sector')}>
            {(p) => (
              <input {...p} className="input" value={form.sector} onChange={(e) => set('sector')(e.target.value)} />
            )}
          </Field>
          <Field label={t('form.location')} error={err('location')}>
            {(p) => (
              <input {...p} className="input" value={form.location} onChange={(e) => set('location')(e.target.value)} />
            )}
          </Field>
        </div>
        <Field label={t('form.birthday')} hint={t('form.birthdayHint')} error={err('birthday')}>
          {(p) =>
            // A birthday imported without its year (--MM-DD) stays editable as text.
            form.birthday.startsWith('--') ? (
              <input {...p} className="input" value={form.birthday} onChange={(e) => set('birthday')(e.target.value)} />
            ) : (
              <input
                {...p}
                type="date"
                className="input"
                max={toDateInputValue(new Date())}
                value={form.birthday}
                onChange={(e) => set('birthday')(e.target.value)}
              />
            )
          }
        </Field>
        <Field
          label={t('form.cadence')}
          hint={cadenceHint === undefined ? undefined : t('form.cadenceHint', { count: cadenceHint })}
          error={err('cadenceDays')}
        >
          {(p) => (
            <input
              {...p}
              type="number"
              inputMode="numeric"
              min={1}
              max={3650}
              className="input"
              value={form.cadenceDays}
              onChange={(e) => set('cadenceDays')(e.target.value)}
            />
          )}
        </Field>
        <PhotoField value={form.photo} onChange={set('photo')} error={err('photo')} />
        <Field label={t('form.notes')} hint={t('form.notesHint')} error={err('notes')}>
          {(p) => (
            <textarea {...p} className="textarea" value={form.notes} onChange={(e) => set('notes')(e.target.value)} />
          )}
        </Field>
      </details>
      <div className="dialog-actions">
        <button type="button" className="btn" onClick={onCancel}>
          {t('app.cancel')}
        </button>
        <button type="submit" className="btn btn-primary" disabled={pending}>
          {pending ? t('app.saving') : submitLabel}
        </button>
      </div>
    </form>
  );
}
