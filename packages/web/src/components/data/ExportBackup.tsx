/** Settings cards for data leaving and coming back: contacts export, full backup and restore. */
import { useQueryClient } from '@tanstack/react-query';
import { useState, type ChangeEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { dataApi, downloads, exportFormats, type ExportFormat } from '../../api/data';
import { isApiError } from '../../api/errors';
import { Field } from '../Field';
import { useUi } from '../ui-context';

export function ExportCard() {
  const { t } = useTranslation();
  const [format, setFormat] = useState<ExportFormat>('vcard');
  return (
    <section className="card" aria-labelledby="export-title" style={{ marginTop: '1rem' }}>
      <h2 id="export-title">{t('data.exportTitle')}</h2>
      <p className="small">{t('data.exportText')}</p>
      <div style={{ display: 'flex', gap: '0.75rem', alignItems: 'flex-end', flexWrap: 'wrap' }}>
        <Field label={t('data.format')}>
          {(p) => (
            <select
              {...p}
              className="select"
              value={format}
              onChange={(e) => setFormat(e.target.value as ExportFormat)}
            >
              {exportFormats.map((f) => (
                <option key={f} value={f}>
                  {t(`data.formats.${f}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <a className="btn" href={downloads.contacts(format)} download data-testid="export-download">
          {t('data.download')}
        </a>
      </div>
    </section>
  );
}

/** What went wrong with a restore, in the user's words. */
function restoreProblem(error: unknown, t: (key: string) => string): string {
  if (error instanceof SyntaxError) return t('data.restoreNotJson');
  if (isApiError(error) && error.code === 'conflict') return t('data.restoreNotEmpty');
  if (isApiError(error) && error.code === 'validation_failed') return `${t('data.restoreInvalid')} ${error.message}`;
  return t('errors.internal_error');
}

export function BackupCard() {
  const { t } = useTranslation();
  const ui = useUi();
  const client = useQueryClient();
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);

  const restore = async (event: ChangeEvent<HTMLInputElement>) => {
    const input = event.target;
    const file = input.files?.[0];
    if (!file) return;
    setBusy(true);
    setProblem(null);
    try {
      const result = await dataApi.restore(JSON.parse(await file.text()));
      await client.invalidateQueries();
      ui.toast(
        t('data.restored', {
          contacts: result.restored.contacts ?? 0,
          interactions: result.restored.interactions ?? 0,
        }),
      );
    } catch (error) {
      setProblem(restoreProblem(error, t));
    } finally {
      setBusy(false);
      input.value = '';
    }
  };

  return (
    <section className="card" aria-labelledby="backup-title" style={{ marginTop: '1rem' }}>
      <h2 id="backup-title">{t('data.backupTitle')}</h2>
      <p className="small">{t('data.backupText')}</p>
      <p>
        <a className="btn" href={downloads.backup()} download data-testid="backup-download">
          {t('data.backupDownload')}
        </a>
      </p>
      <Field label={t('data.restoreLabel')} hint={t('data.restoreHelp')}>
        {(p) => (
          <input
            {...p}
            type="file"
            accept="application/json,.json"
            disabled={busy}
            onChange={(e) => void restore(e)}
            data-testid="restore-file"
          />
        )}
      </Field>
      {busy && (
        <p className="spinner" role="status">
          {t('data.restoring')}
        </p>
      )}
      {problem && (
        <div className="error-banner" role="alert">
          <p style={{ margin: 0 }}>{problem}</p>
        </div>
      )}
    </section>
  );
}
