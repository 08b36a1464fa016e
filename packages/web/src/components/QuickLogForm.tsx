/**
 * Quick log: what happened with one person (kind, value, note; two clicks for the common case).
 * Choosing "Ask" asks the coach first and shows its warning before saving; the user may still save.
 */
import { useQuery } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../api/endpoints';
import { useLogInteraction } from '../api/queries';
import {
  askKinds,
  directions,
  giveKinds,
  interactionKinds,
  interactionValues,
  type AskKind,
  type Direction,
  type GiveKind,
  type InteractionKind,
  type InteractionValue,
  type LoggedInteraction,
  type NewInteraction,
} from '../api/types';
import { toDateInputValue } from '../i18n/format';
import { useErrorText } from '../hooks/useErrorText';
import { AskWarnings } from './AskWarnings';
import { ErrorBanner } from './ErrorBanner';
import { Field } from './Field';
import { Segmented } from './Segmented';

interface Props {
  contactId: string;
  contactName: string;
  initialValue?: InteractionValue;
  onSaved?: (result: LoggedInteraction) => void;
  onCancel?: () => void;
  autoFocus?: boolean;
}

const fields = ['contactIds', 'kind', 'value', 'direction', 'askKind', 'giveKind', 'note', 'occurredAt', 'followUpAt'];

export function QuickLogForm({ contactId, contactName, initialValue = 'neutral', onSaved, onCancel }: Props) {
  const { t, i18n } = useTranslation();
  const { forField } = useErrorText();
  const log = useLogInteraction();
  const today = toDateInputValue(new Date());
  const [value, setValue] = useState<InteractionValue>(initialValue);
  const [kind, setKind] = useState<InteractionKind>('message');
  const [direction, setDirection] = useState<Direction | ''>('');
  const [askKind, setAskKind] = useState<AskKind | ''>('');
  const [giveKind, setGiveKind] = useState<GiveKind | ''>('');
  const [note, setNote] = useState('');
  const [when, setWhen] = useState(today);
  const [followUp, setFollowUp] = useState('');

  const isMyAsk = value === 'ask' && direction !== 'in';
  const readiness = useQuery({
    queryKey: ['ask-readiness', contactId, askKind, i18n.language],
    queryFn: () => api.checkAsk(contactId, askKind === '' ? null : askKind),
    enabled: isMyAsk,
    staleTime: 0,
  });
  const warnings = isMyAsk ? (readiness.data?.warnings ?? []) : [];

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const body: NewInteraction = { contactIds: [contactId], kind, value, note: note.trim() || null };
    if (direction) body.direction = direction;
    if (value === 'ask' && askKind) body.askKind = askKind;
    if (value === 'give' && giveKind) body.giveKind = giveKind;
    if (when && when !== today) body.occurredAt = when;
    if (followUp) body.followUpAt = followUp;
    log.mutate(body, { onSuccess: (result) => onSaved?.(result) });
  };

  const valueLabel = (v: InteractionValue) => (direction === 'in' ? t(`enum.valueIn.${v}`) : t(`enum.value.${v}`));
  const err = (f: string) => forField(log.error, f);

  return (
    <form onSubmit={submit} noValidate aria-label={t('log.titleWith', { name: contactName })}>
      <ErrorBanner error={log.error} fields={fields} />
      <Segmented
        legend={t('log.value')}
        options={interactionValues}
        value={value}
        label={valueLabel}
        onChange={setValue}
      />
      {value === 'ask' && (
        <Field label={t('log.askKind')} error={err('askKind')}>
          {(p) => (
            <select
              {...p}
              className="select"
              value={askKind}
              onChange={(e) => setAskKind(e.target.value as AskKind | '')}
            >
              <option value="">{t('app.any')}</option>
              {askKinds.map((k) => (
                <option key={k} value={k}>
                  {t(`enum.askKind.${k}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
      )}
      {value === 'give' && (
        <Field label={t('log.giveKind')} error={err('giveKind')}>
          {(p) => (
            <select
              {...p}
              className="select"
              value={giveKind}
              onChange={(e) => setGiveKind(e.target.value as GiveKind | '')}
            >
              <option value="">{t('app.any')}</option>
              {giveKinds.map((k) => (
                <option key={k} value={k}>
                  {t(`enum.giveKind.${k}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
      )}
      {isMyAsk && readiness.isFetching && warnings.length === 0 && (
        <p className="muted small" role="status">
          {t('log.checking')}
        </p>
      )}
      <AskWarnings warnings={warnings} name={contactName} />
      <Segmented
        legend={t('log.kind')}
        options={interactionKinds}
        value={kind}
        label={(k) => t(`enum.kind.${k}`)}
        onChange={setKind}
      />
      <Field label={t('log.note')} error={err('note')}>
        {(p) => (
          <textarea
            {...p}
            className="textarea"
            rows={2}
            value={note}
            placeholder={t('log.notePlaceholder')}
            onChange={(e) => setNote(e.target.value)}
          />
        )}
      </Field>
      <details className="more" open={Boolean(err('occurredAt') ?? err('followUpAt') ?? err('direction')) || undefined}>
        <summary>{t('log.moreOptions')}</summary>
        <Field label={t('log.direction')} error={err('direction')}>
          {(p) => (
            <select
              {...p}
              className="select"
              value={direction}
              onChange={(e) => setDirection(e.target.value as Direction | '')}
            >
              <option value="">{t('app.any')}</option>
              {directions.map((d) => (
                <option key={d} value={d}>
                  {t(`enum.direction.${d}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <div className="field-row">
          <Field label={t('log.when')} error={err('occurredAt')}>
            {(p) => (
              <input {...p} type="date" className="input" value={when} onChange={(e) => setWhen(e.target.value)} />
            )}
          </Field>
          <Field label={t('log.followUp')} error={err('followUpAt')}>
            {(p) => (
              <input
                {...p}
                type="date"
                className="input"
                value={followUp}
                onChange={(e) => setFollowUp(e.target.value)}
              />
            )}
          </Field>
        </div>
      </details>
      <div className="dialog-actions">
        {onCancel && (
          <button type="button" className="btn" onClick={onCancel}>
            {t('app.cancel')}
          </button>
        )}
        <button
          type="submit"
          className={`btn ${warnings.length > 0 ? 'btn-warn' : 'btn-primary'}`}
          disabled={log.isPending}
        >
          {log.isPending ? t('app.saving') : warnings.length > 0 ? t('log.saveAnyway') : t('log.save')}
        </button>
      </div>
    </form>
  );
}
