/** Who this person knows in your network (for introductions through the right person), and adding to it. */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { useAddKnows, useRemoveKnows } from '../../api/queries';
import { knowsStrengths, type KnowsEdgeView, type KnowsStrength } from '../../api/types';
import { useErrorText } from '../../hooks/useErrorText';
import { ContactPicker } from '../ContactPicker';
import { ErrorBanner } from '../ErrorBanner';
import { Field } from '../Field';
import { Icon } from '../Icon';

interface Props {
  contactId: string;
  knows: KnowsEdgeView[];
}

export function KnowsCard({ contactId, knows }: Props) {
  const { t } = useTranslation();
  const { forField } = useErrorText();
  const add = useAddKnows();
  const remove = useRemoveKnows();
  const [adding, setAdding] = useState(false);
  const [other, setOther] = useState<{ id: string; name: string } | null>(null);
  const [how, setHow] = useState('');
  const [strength, setStrength] = useState<KnowsStrength>('medium');

  const save = () => {
    if (!other) return;
    add.mutate(
      { contactId, knowsContactId: other.id, strength, how: how.trim() || null },
      {
        onSuccess: () => {
          setOther(null);
          setHow('');
          setAdding(false);
        },
      },
    );
  };

  return (
    <section className="card" aria-labelledby="knows-title">
      <h2 id="knows-title">{t('contact.knows')}</h2>
      {knows.length === 0 ? (
        <p className="muted small">{t('contact.knowsNone')}</p>
      ) : (
        <ul style={{ listStyle: 'none', padding: 0, margin: '0 0 0.75rem' }}>
          {knows.map((k) => (
            <li
              key={k.contactId}
              style={{ display: 'flex', justifyContent: 'space-between', gap: '0.5rem', padding: '0.3rem 0' }}
            >
              <span>
                <Link href={`/contacts/${k.contactId}`}>{k.name}</Link>
                {k.company && <span className="muted small"> · {k.company}</span>}
                <br />
                <span className="small muted">
                  {t(`enum.strength.${k.strength}`)}
                  {k.how ? ` · ${k.how}` : ''}
                </span>
              </span>
              <button
                type="button"
                className="btn btn-ghost btn-small"
                aria-label={t('contact.knowsRemove', { name: k.name })}
                onClick={() => remove.mutate({ contactId, otherId: k.contactId })}
              >
                <Icon name="close" />
              </button>
            </li>
          ))}
        </ul>
      )}
      <ErrorBanner error={add.error ?? remove.error} fields={['knowsContactId', 'how', 'strength']} />
      {adding ? (
        <div>
          {other ? (
            <p>
              <strong>{other.name}</strong>{' '}
              <button type="button" className="btn btn-ghost btn-small" onClick={() => setOther(null)}>
                {t('app.edit')}
              </button>
            </p>
          ) : (
            <ContactPicker
              label={t('contact.knowsWho')}
              excludeId={contactId}
              onPick={(c) => setOther({ id: c.id, name: c.name })}
              error={forField(add.error, 'knowsContactId')}
              autoFocus
            />
          )}
          <Field label={t('contact.knowsHow')} error={forField(add.error, 'how')}>
            {(p) => <input {...p} className="input" value={how} onChange={(e) => setHow(e.target.value)} />}
          </Field>
          <Field label={t('contact.knowsStrength')}>
            {(p) => (
              <select
                {...p}
                className="select"
                value={strength}
                onChange={(e) => setStrength(e.target.value as KnowsStrength)}
              >
                {knowsStrengths.map((s) => (
                  <option key={s} value={s}>
                    {t(`enum.strength.${s}`)}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <div className="dialog-actions">
            <button type="button" className="btn" onClick={() => setAdding(false)}>
              {t('app.cancel')}
            </button>
            <button type="button" className="btn btn-primary" disabled={!other || add.isPending} onClick={save}>
              {t('contact.knowsSave')}
            </button>
          </div>
        </div>
      ) : (
        <button type="button" className="btn btn-small" onClick={() => setAdding(true)}>
          + {t('contact.knowsAdd')}
        </button>
      )}
    </section>
  );
}
