/** A photo given as a URL or picked from disk (sent as a data: URI, as the API accepts). */
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Avatar } from './Avatar';

const MAX_BYTES = 1_500_000;

interface Props {
  value: string;
  onChange: (value: string) => void;
  error: string | undefined;
}

export function PhotoField({ value, onChange, error }: Props) {
  const { t } = useTranslation();
  const id = useId();
  const [tooBig, setTooBig] = useState(false);
  const isData = value.startsWith('data:');

  const pick = (file: File | undefined) => {
    if (!file) return;
    if (file.size > MAX_BYTES) {
      setTooBig(true);
      return;
    }
    setTooBig(false);
    const reader = new FileReader();
    reader.onload = () => {
      if (typeof reader.result === 'string') onChange(reader.result);
    };
    reader.readAsDataURL(file);
  };

  const message = error ?? (tooBig ? t('form.photoTooBig') : undefined);
  return (
    <fieldset className="field" style={{ border: 0, padding: 0, margin: '0 0 0.9rem' }}>
      <legend className="field-label">{t('form.photo')}</legend>
      <div style={{ display: 'flex', gap: '0.75rem', alignItems: 'center', flexWrap: 'wrap' }}>
        {value && <Avatar name="" photo={value} size={48} />}
        <label htmlFor={`${id}-file`} className="btn btn-small">
          {t('form.photoFile')}
        </label>
        <input
          id={`${id}-file`}
          type="file"
          accept="image/*"
          className="visually-hidden"
          onChange={(e) => pick(e.target.files?.[0])}
        />
        {value && (
          <button type="button" className="btn btn-small btn-ghost" onClick={() => onChange('')}>
            {t('form.photoRemove')}
          </button>
        )}
      </div>
      {!isData && (
        <>
          <label htmlFor={`${id}-url`} className="small" style={{ marginTop: '0.4rem' }}>
            {t('form.photoUrl')}
          </label>
          <input
            id={`${id}-url`}
            type="url"
            className="input"
            value={value}
            aria-invalid={Boolean(message)}
            aria-describedby={message ? `${id}-err` : undefined}
            onChange={(e) => onChange(e.target.value)}
            placeholder="https://…"
          />
        </>
      )}
      {message && (
        <span id={`${id}-err`} className="field-error" role="alert">
          {message}
        </span>
      )}
    </fieldset>
  );
}
