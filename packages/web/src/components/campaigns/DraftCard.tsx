/**
 * One person's draft in a campaign: the coach's warnings and the reviewer's findings (evidence
 * marked), the subject, body and personal paragraph to edit, readiness, and where the message stands.
 */
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Recipient } from '../../api/campaigns';
import { Field } from '../Field';
import { Icon } from '../Icon';

interface Props {
  campaignId: string;
  recipient: Recipient;
  busy: boolean;
  onSave(patch: { subject?: string; body?: string; personal?: string | null; ready?: boolean }): void;
  /** Takes this person out of the campaign (offered until their message is sent). */
  onRemove?(): void;
}

export function DraftCard({ campaignId, recipient: r, busy, onSave, onRemove }: Props) {
  const { t } = useTranslation();
  const [confirmRemove, setConfirmRemove] = useState(false);
  const [subject, setSubject] = useState(r.subject);
  const [body, setBody] = useState(r.body);
  const [personal, setPersonal] = useState(r.personal ?? '');
  useEffect(() => {
    setSubject(r.subject);
    setBody(r.body);
    setPersonal(r.personal ?? '');
  }, [r.subject, r.body, r.personal]);
  const locked = r.sendState === 'sent' || r.sendState === 'sending';
  const changed = subject !== r.subject || body !== r.body;
  const personalChanged = personal !== (r.personal ?? '');
  const headingId = `draft-${r.contactId}`;
  const state = r.sendState === 'pending' ? (r.ready ? 'ready' : 'draft') : r.sendState;

  return (
    <article className="card draft" aria-labelledby={headingId} data-testid="draft">
      <header className="draft-header">
        <h2 id={headingId}>
          {r.toName} <span className="small muted">&lt;{r.toAddress}&gt;</span>
        </h2>
        <span className={`badge draft-state draft-state-${state}`} data-testid="draft-state">
          {t(`campaigns.state.${state}`)}
        </span>
      </header>
      {r.lastError && r.sendState === 'failed' && (
        <p className="error-banner small" role="alert">
          {t('campaigns.draft.failed', { error: r.lastError, count: r.attempts })}
        </p>
      )}
      {r.repliedAt && <p className="small">{t('campaigns.draft.replied')}</p>}
      {(r.warnings.length > 0 || r.findings.length > 0) && (
        <ul className="draft-findings" aria-label={t('campaigns.draft.findings')}>
          {r.warnings.map((w) => (
            <li key={w.code} className="finding finding-warning" data-rule={w.code}>
              <Icon name="warning" /> {w.message} <span className="muted">{w.suggestion}</span>
            </li>
          ))}
          {r.findings.map((f) => (
            <li key={`${f.field}-${f.rule}-${f.start}`} className={`finding finding-${f.severity}`} data-rule={f.rule}>
              <Icon name={f.severity === 'warning' ? 'warning' : 'bulb'} /> {f.message}
              {/* Short evidence is quoted; whole-draft evidence (copy-paste, nothing offered) would only repeat it. */}
              {f.evidence && f.evidence.length <= 80 && f.rule !== 'copy-paste' && (
                <>
                  {' '}
                  <mark>{f.evidence}</mark>
                </>
              )}
            </li>
          ))}
        </ul>
      )}
      <Field label={t('campaigns.draft.subject')}>
        {(p) => (
          <input
            {...p}
            className="input"
            value={subject}
            disabled={locked}
            onChange={(e) => setSubject(e.target.value)}
          />
        )}
      </Field>
      <Field label={t('campaigns.draft.body')}>
        {(p) => (
          <textarea
            {...p}
            className="textarea"
            rows={8}
            value={body}
            disabled={locked}
            onChange={(e) => setBody(e.target.value)}
          />
        )}
      </Field>
      {!locked && (
        <Field
          label={t('campaigns.draft.personal')}
          hint={t('campaigns.draft.personalHint', { personal: '{{personal}}' })}
        >
          {(p) => (
            <textarea
              {...p}
              className="textarea"
              rows={2}
              value={personal}
              onChange={(e) => setPersonal(e.target.value)}
            />
          )}
        </Field>
      )}
      <div className="draft-actions">
        {!locked && (
          <>
            <button
              type="button"
              className="btn"
              disabled={busy || (!changed && !personalChanged)}
              onClick={() =>
                onSave(
                  changed
                    ? { subject, body, ...(personalChanged ? { personal: personal.trim() || null } : {}) }
                    : { personal: personal.trim() || null },
                )
              }
            >
              {t('campaigns.draft.save')}
            </button>
            <label className="draft-ready">
              <input
                type="checkbox"
                checked={r.ready}
                disabled={busy || changed || personalChanged}
                onChange={(e) => onSave({ ready: e.target.checked })}
              />{' '}
              {t('campaigns.draft.ready')}
            </label>
          </>
        )}
        <a className="btn btn-ghost btn-small" href={r.mailto}>
          {t('campaigns.draft.mailto')}
        </a>
        <a
          className="btn btn-ghost btn-small"
          href={`/api/v1/campaigns/${encodeURIComponent(campaignId)}/recipients/${encodeURIComponent(r.contactId)}/eml`}
          download
        >
          {t('campaigns.draft.eml')}
        </a>
        {onRemove && !locked && !confirmRemove && (
          <button
            type="button"
            className="btn btn-ghost btn-small"
            disabled={busy}
            onClick={() => setConfirmRemove(true)}
          >
            {t('campaigns.draft.remove')}
          </button>
        )}
      </div>
      {onRemove && !locked && confirmRemove && (
        <div className="draft-remove" role="group" aria-label={t('campaigns.draft.remove')}>
          <p className="small">{t('campaigns.draft.removeConfirm', { name: r.toName })}</p>
          <button type="button" className="btn btn-small" onClick={() => setConfirmRemove(false)}>
            {t('campaigns.draft.removeKeep')}
          </button>{' '}
          <button
            type="button"
            className="btn btn-small btn-danger"
            disabled={busy}
            onClick={() => {
              setConfirmRemove(false);
              onRemove();
            }}
          >
            {t('campaigns.draft.removeYes', { name: r.toName })}
          </button>
        </div>
      )}
    </article>
  );
}
