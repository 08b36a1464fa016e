/**
 * Bulk edit of the selected contacts: tier, circle, add or remove a tag. The API has no bulk
 * endpoint, so each contact gets its own PATCH, a few at a time, with progress shown.
 */
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../api/endpoints';
import { keys } from '../api/queries';
import { downloads } from '../api/data';
import { circles, tiers, type Circle, type ContactListItem, type ContactPatch, type Tier } from '../api/types';
import { Field } from './Field';
import { useUi } from './ui-context';

const CONCURRENCY = 6;

interface Props {
  selected: ContactListItem[];
  onClear: () => void;
}

/** The patch for one contact, or null when nothing would change. */
function patchFor(
  c: ContactListItem,
  tier: Tier | '',
  circle: Circle | '',
  addTag: string,
  removeTag: string,
): ContactPatch | null {
  const patch: ContactPatch = {};
  if (tier && c.tier !== tier) patch.tier = tier;
  if (circle && c.circle !== circle) patch.circle = circle;
  let tags = c.tags;
  if (addTag && !tags.includes(addTag)) tags = [...tags, addTag];
  if (removeTag && tags.includes(removeTag)) tags = tags.filter((x) => x !== removeTag);
  if (tags !== c.tags) patch.tags = tags;
  return Object.keys(patch).length > 0 ? patch : null;
}

export function BulkEditBar({ selected, onClear }: Props) {
  const { t } = useTranslation();
  const ui = useUi();
  const client = useQueryClient();
  const [tier, setTier] = useState<Tier | ''>('');
  const [circle, setCircle] = useState<Circle | ''>('');
  const [addTag, setAddTag] = useState('');
  const [removeTag, setRemoveTag] = useState('');
  const [progress, setProgress] = useState<{ done: number; total: number } | null>(null);

  const apply = async () => {
    const add = addTag.trim().toLowerCase();
    const remove = removeTag.trim().toLowerCase();
    if (!tier && !circle && !add && !remove) {
      ui.toast(t('contacts.bulk.nothing'));
      return;
    }
    const work = selected.flatMap((c) => {
      const patch = patchFor(c, tier, circle, add, remove);
      return patch ? [{ id: c.id, patch }] : [];
    });
    let done = 0;
    let failed = 0;
    setProgress({ done: 0, total: work.length });
    const queue = [...work];
    const worker = async () => {
      for (let job = queue.shift(); job; job = queue.shift()) {
        try {
          await api.updateContact(job.id, job.patch);
        } catch {
          failed++;
        }
        done++;
        setProgress({ done, total: work.length });
      }
    };
    await Promise.all(Array.from({ length: CONCURRENCY }, worker));
    setProgress(null);
    await client.invalidateQueries({ queryKey: keys.contacts });
    void client.invalidateQueries({ queryKey: ['contact'] });
    void client.invalidateQueries({ queryKey: ['metrics'] });
    ui.toast(
      failed > 0 ? t('contacts.bulk.failed', { count: failed }) : t('contacts.bulk.done', { count: done - failed }),
    );
    if (failed === 0) {
      setAddTag('');
      setRemoveTag('');
      onClear();
    }
  };

  return (
    <div className="bulk-bar" role="region" aria-label={t('contacts.bulk.selected', { count: selected.length })}>
      <strong style={{ alignSelf: 'center' }}>{t('contacts.bulk.selected', { count: selected.length })}</strong>
      <Field label={t('contacts.bulk.setTier')}>
        {(p) => (
          <select {...p} className="select" value={tier} onChange={(e) => setTier(e.target.value as Tier | '')}>
            <option value="">{t('contacts.bulk.keep')}</option>
            {tiers.map((x) => (
              <option key={x} value={x}>
                {t(`enum.tier.${x}`)}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field label={t('contacts.bulk.setCircle')}>
        {(p) => (
          <select {...p} className="select" value={circle} onChange={(e) => setCircle(e.target.value as Circle | '')}>
            <option value="">{t('contacts.bulk.keep')}</option>
            {circles.map((x) => (
              <option key={x} value={x}>
                {t(`enum.circle.${x}`)}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field label={t('contacts.bulk.addTag')}>
        {(p) => <input {...p} className="input" value={addTag} onChange={(e) => setAddTag(e.target.value)} />}
      </Field>
      <Field label={t('contacts.bulk.removeTag')}>
        {(p) => <input {...p} className="input" value={removeTag} onChange={(e) => setRemoveTag(e.target.value)} />}
      </Field>
      <button type="button" className="btn btn-primary" disabled={progress !== null} onClick={() => void apply()}>
        {t('contacts.bulk.apply')}
      </button>
      <a
        className="btn btn-ghost"
        href={downloads.contacts(
          'vcard',
          selected.map((c) => c.id),
        )}
        download
      >
        {t('data.exportSelected')}
      </a>
      <button type="button" className="btn btn-ghost" onClick={onClear}>
        {t('contacts.bulk.clear')}
      </button>
      {progress && (
        <span role="status" className="small">
          {t('contacts.bulk.progress', progress)}
        </span>
      )}
    </div>
  );
}
