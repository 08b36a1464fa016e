/**
 * Import: drop a file (or choose one), see what a dry run finds (format detected and changeable,
 * new / updated / already known / failed with examples), import it with progress, read the
 * per-record report, and undo past imports.
 */
import { useQuery } from '@tanstack/react-query';
import { useRef, useState, type DragEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import {
  importFormats,
  importsQuery,
  RejectedImport,
  uploadImport,
  useRefreshAfterImport,
  useUndoImport,
  type ImportFormat,
  type ImportReport,
} from '../api/imports';
import { ErrorBanner } from '../components/ErrorBanner';
import { Icon } from '../components/Icon';
import { useUi } from '../components/ui-context';
import { formatDateTime, formatNumber } from '../i18n/format';
import { usePageTitle } from '../hooks/usePageTitle';
import '../styles/imports.css';

type Phase =
  | { step: 'idle' }
  | { step: 'checking' }
  | { step: 'preview'; report: ImportReport }
  | { step: 'importing'; share: number }
  | { step: 'done'; report: ImportReport }
  | { step: 'rejected'; report: ImportReport };

const PROBLEMS_SHOWN = 50;

function Counts({ report }: { report: ImportReport }) {
  const { t, i18n } = useTranslation();
  const items = [
    ['created', report.created],
    ['updated', report.updated],
    ['duplicates', report.duplicates],
    ['failed', report.failed],
    ['skipped', report.skipped],
  ] as const;
  return (
    <dl className="import-counts" aria-label={t('import.countsLabel')}>
      {items.map(([key, n]) => (
        <div key={key} className={key === 'failed' && n > 0 ? 'import-count is-bad' : 'import-count'}>
          <dt>{t(`import.count.${key}`)}</dt>
          <dd data-testid={`count-${key}`}>{formatNumber(n, i18n.language)}</dd>
        </div>
      ))}
    </dl>
  );
}

function Examples({ report }: { report: ImportReport }) {
  const { t } = useTranslation();
  const kinds = ['created', 'updated', 'duplicates', 'failed'] as const;
  return (
    <div className="import-examples">
      {kinds
        .filter((k) => report.examples[k].length > 0)
        .map((k) => (
          <section key={k}>
            <h3>{t(`import.examples.${k}`)}</h3>
            <ul>
              {report.examples[k].map((e) => (
                <li key={`${e.record}-${e.line}-${e.name}`}>
                  {e.name || t('import.recordAt', { record: e.record, line: e.line })}
                  {e.matchedBy && <span className="badge">{t(`import.reason.${e.matchedBy}`)}</span>}
                  {e.fields && e.fields.length > 0 && <span className="small muted"> · {e.fields.join(', ')}</span>}
                  {e.message && <span className="small muted"> · {e.message}</span>}
                </li>
              ))}
            </ul>
          </section>
        ))}
    </div>
  );
}

function Problems({ report }: { report: ImportReport }) {
  const { t } = useTranslation();
  if (report.problems.length === 0) return null;
  const sorted = [...report.problems].sort((a, b) => (a.severity === b.severity ? 0 : a.severity === 'error' ? -1 : 1));
  return (
    <details className="import-problems" open={report.failed > 0}>
      <summary>{t('import.problems', { count: report.problemCount })}</summary>
      <ul>
        {sorted.slice(0, PROBLEMS_SHOWN).map((p, i) => (
          <li key={i} className={p.severity === 'error' ? 'is-bad' : undefined}>
            <span className="import-where">
              {p.record !== null ? t('import.recordAt', { record: p.record, line: p.line ?? '?' }) : t('import.file')}
            </span>{' '}
            {p.message}
          </li>
        ))}
      </ul>
      {report.problemCount > PROBLEMS_SHOWN && (
        <p className="small muted">{t('import.moreProblems', { count: report.problemCount - PROBLEMS_SHOWN })}</p>
      )}
    </details>
  );
}

function PastImports() {
  const { t, i18n } = useTranslation();
  const ui = useUi();
  const list = useQuery(importsQuery());
  const undo = useUndoImport();
  const items = list.data?.items ?? [];
  return (
    <section className="card" aria-labelledby="past-imports">
      <h2 id="past-imports">{t('import.pastTitle')}</h2>
      <ErrorBanner error={list.error ?? undo.error} />
      {items.length === 0 ? (
        <p className="muted">{t('import.pastNone')}</p>
      ) : (
        <ul className="import-history">
          {items.map((b) => (
            <li key={b.id}>
              <div>
                <strong>{b.fileName ?? t(`import.format.${b.format}`)}</strong>{' '}
                <span className="small muted">{formatDateTime(b.createdAt, i18n.language)}</span>
                <div className="small">
                  {t('import.historyCounts', { created: b.created, updated: b.updated, duplicates: b.duplicates })}
                </div>
              </div>
              {b.undoneAt ? (
                <span className="badge">{t('import.undone')}</span>
              ) : (
                <button
                  type="button"
                  className="btn btn-small"
                  disabled={undo.isPending}
                  onClick={() =>
                    undo.mutate(b.id, {
                      onSuccess: (r) => ui.toast(t('import.undoneToast', { removed: r.removed, restored: r.restored })),
                    })
                  }
                >
                  {t('import.undo')}
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

export function ImportPage() {
  const { t, i18n } = useTranslation();
  usePageTitle(t('import.title'));
  const ui = useUi();
  const refresh = useRefreshAfterImport();
  const input = useRef<HTMLInputElement>(null);
  const [file, setFile] = useState<File | null>(null);
  const [format, setFormat] = useState<ImportFormat | 'auto'>('auto');
  const [skipInvalid, setSkipInvalid] = useState(false);
  const [phase, setPhase] = useState<Phase>({ step: 'idle' });
  const [error, setError] = useState<unknown>(null);
  const [dragging, setDragging] = useState(false);
  /** The format the last dry run detected: still shown while the import runs. */
  const [detected, setDetected] = useState<ImportFormat | null>(null);

  const preview = async (chosen: File, chosenFormat: ImportFormat | 'auto') => {
    setError(null);
    setPhase({ step: 'checking' });
    try {
      const report = await uploadImport({
        file: chosen,
        fileName: chosen.name,
        format: chosenFormat,
        dryRun: true,
        skipInvalid: false,
      });
      setPhase({ step: 'preview', report });
      setDetected(report.format);
    } catch (e) {
      if (e instanceof RejectedImport) {
        setPhase({ step: 'preview', report: e.report });
        setDetected(e.report.format);
      } else {
        setError(e);
        setPhase({ step: 'idle' });
      }
    }
  };

  const choose = (chosen: File | undefined) => {
    if (!chosen) return;
    setFile(chosen);
    setDetected(null);
    setFormat('auto');
    setSkipInvalid(false);
    void preview(chosen, 'auto');
  };

  const run = async () => {
    if (!file || phase.step !== 'preview') return;
    setError(null);
    const used = format === 'auto' ? phase.report.format : format;
    setPhase({ step: 'importing', share: 0 });
    try {
      const report = await uploadImport(
        { file, fileName: file.name, format: used, dryRun: false, skipInvalid },
        (share) => setPhase({ step: 'importing', share }),
      );
      setPhase({ step: 'done', report });
      refresh();
      ui.toast(t('import.doneToast', { created: report.created, updated: report.updated }));
    } catch (e) {
      if (e instanceof RejectedImport) setPhase({ step: 'rejected', report: e.report });
      else {
        setError(e);
        setPhase({ step: 'idle' });
      }
    }
  };

  const onDrop = (event: DragEvent) => {
    event.preventDefault();
    setDragging(false);
    choose(event.dataTransfer.files[0]);
  };

  const report = phase.step === 'preview' || phase.step === 'done' || phase.step === 'rejected' ? phase.report : null;
  const importable = report ? report.created + report.updated : 0;
  const blocked = report !== null && report.failed > 0 && !skipInvalid;

  return (
    <>
      <div className="page-head">
        <h1>{t('import.title')}</h1>
        <Link href="/duplicates" className="btn">
          {t('import.reviewDuplicates')}
        </Link>
      </div>

      <section className="card" aria-labelledby="import-file">
        <h2 id="import-file">{t('import.fileTitle')}</h2>
        <div
          className={dragging ? 'drop-zone is-dragging' : 'drop-zone'}
          onDragOver={(e) => {
            e.preventDefault();
            setDragging(true);
          }}
          onDragLeave={() => setDragging(false)}
          onDrop={onDrop}
          data-testid="drop-zone"
        >
          <Icon name="upload" />
          <p>{t('import.drop')}</p>
          <label className="btn btn-primary">
            {t('import.choose')}
            <input
              ref={input}
              type="file"
              className="visually-hidden"
              accept=".vcf,.vcard,.csv,.json,.txt,text/vcard,text/csv,application/json"
              onChange={(e) => choose(e.target.files?.[0])}
            />
          </label>
          <p className="small muted">{t('import.formatsHelp')}</p>
        </div>
        <ErrorBanner error={error} />
        {file && (
          <div className="import-file-row">
            <span>
              <strong>{file.name}</strong>{' '}
              <span className="small muted">
                {t('import.size', { size: formatNumber(Math.ceil(file.size / 1024), i18n.language) })}
              </span>
            </span>
            <label className="import-format">
              {t('import.formatLabel')}{' '}
              <select
                className="select"
                value={format}
                disabled={phase.step === 'checking' || phase.step === 'importing'}
                onChange={(e) => {
                  const next = e.target.value as ImportFormat | 'auto';
                  setFormat(next);
                  void preview(file, next);
                }}
              >
                <option value="auto">
                  {(report ?? detected) && format === 'auto'
                    ? t('import.detected', { format: t(`import.format.${report?.format ?? detected}`) })
                    : t('import.auto')}
                </option>
                {importFormats.map((f) => (
                  <option key={f} value={f}>
                    {t(`import.format.${f}`)}
                  </option>
                ))}
              </select>
            </label>
          </div>
        )}
        {phase.step === 'checking' && (
          <p className="spinner" role="status">
            {t('import.checking')}
          </p>
        )}
      </section>

      {report && (
        <section className="card" aria-labelledby="import-report" aria-live="polite">
          <h2 id="import-report">
            {phase.step === 'preview'
              ? t('import.previewTitle')
              : phase.step === 'done'
                ? t('import.doneTitle')
                : t('import.rejectedTitle')}
          </h2>
          {phase.step === 'preview' && <p className="muted">{t('import.previewHelp')}</p>}
          {phase.step === 'rejected' && <p role="alert">{t('import.rejectedHelp')}</p>}
          <Counts report={report} />
          {report.possibleDuplicates.count > 0 && (
            <p>
              {t('import.possibleDuplicates', { count: report.possibleDuplicates.count })}{' '}
              <Link href="/duplicates">{t('import.reviewDuplicates')}</Link>
            </p>
          )}
          <Examples report={report} />
          <Problems report={report} />
          {phase.step !== 'done' && (
            <div className="import-actions">
              {report.failed > 0 && (
                <label className="check">
                  <input type="checkbox" checked={skipInvalid} onChange={(e) => setSkipInvalid(e.target.checked)} />{' '}
                  {t('import.skipInvalid', { count: report.failed })}
                </label>
              )}
              <button
                type="button"
                className="btn btn-primary"
                disabled={blocked || importable === 0}
                onClick={() => void (phase.step === 'rejected' ? preview(file as File, format) : run())}
              >
                {phase.step === 'rejected' ? t('import.checkAgain') : t('import.run', { count: importable })}
              </button>
              {blocked && <p className="small muted">{t('import.blocked')}</p>}
            </div>
          )}
          {phase.step === 'done' && report.batchId && <p className="small muted">{t('import.undoHelp')}</p>}
        </section>
      )}

      {phase.step === 'importing' && (
        <section className="card" aria-labelledby="import-progress">
          <h2 id="import-progress">{t('import.importing')}</h2>
          <progress
            className="import-progress"
            max={1}
            value={phase.share > 0 && phase.share < 1 ? phase.share : undefined}
            aria-labelledby="import-progress"
          />
          <p className="small muted" role="status">
            {phase.share < 1 ? t('import.uploading', { percent: Math.round(phase.share * 100) }) : t('import.saving')}
          </p>
        </section>
      )}

      <PastImports />
    </>
  );
}
