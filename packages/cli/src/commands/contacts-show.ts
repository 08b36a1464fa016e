/** `nexo contacts show`: a contact's profile with the coach's view, last interactions and who they know. */
import { getContact, type ContactDetails, type ContactListItem } from '@nexo/core';
import type { Session } from '../session.js';
import { renderPairs, renderTable } from '../output/table.js';
import { formatDate, formatDateWithRelative, relativeDate } from '../output/format.js';

/** Prints one contact's details (JSON: the contacts.get object). @throws AppError `not_found`. */
export async function showContact(s: Session, target: ContactListItem): Promise<void> {
  const details = await getContact(s.services, s.ctx, target.id, { interactions: 10 });
  if (s.json) return s.printJson(details);
  s.print(
    [profile(s, details), coach(s, details), history(s, details), network(s, details)].filter(Boolean).join('\n\n'),
  );
}

function profile(s: Session, { contact: c }: ContactDetails): string {
  const t = s.t;
  const pairs: [string, string][] = [
    [t('field.id'), c.id],
    [t('field.company'), c.company ?? ''],
    [t('field.role'), c.role ?? ''],
    [t('field.sector'), c.sector ?? ''],
    [t('field.location'), c.location ?? ''],
    [t('field.emails'), c.emails.join(', ')],
    [t('field.phones'), c.phones.join(', ')],
    [t('field.linkedin'), c.linkedinUrl ?? ''],
    [t('field.birthday'), c.birthday ?? ''],
    [
      t('field.tier'),
      [s.label('tier', c.tier), s.label('circle', c.circle), c.context ? s.label('context', c.context) : '']
        .filter(Boolean)
        .join(' · '),
    ],
    [t('field.tags'), c.tags.join(', ')],
    [t('field.notes'), c.notes ?? ''],
    [t('field.added'), formatDate(c.createdAt, s.locale)],
  ];
  const title = c.archived ? `${c.name} (${t('contacts.archivedMark')})` : c.name;
  return `${title}\n${renderPairs(pairs.filter(([, value]) => value !== ''))}`;
}

function coach(s: Session, { relationship: r }: ContactDetails): string {
  const t = s.t;
  const rec = r.reciprocity;
  const balance = t('show.balance', {
    gives: rec.gives,
    asks: rec.asks,
    thanks: rec.thanks,
    received: rec.givesReceived,
  });
  const due = formatDateWithRelative(r.cadence.dueAt, s.now, s.locale);
  const lines = [
    `${t('show.stage')}: ${s.label('stage', r.stage.value)} — ${r.stage.reason}`,
    `${t('show.reciprocity')}: ${balance} — ${rec.reason}`,
    `${t('show.cadence', { days: r.cadence.cadenceDays, due })} — ${r.cadence.reason}`,
    `${t('show.health')}: ${r.health.score}/100 — ${r.health.reason}`,
  ];
  const components = Object.entries(r.health.components).map(([name, c]) => [
    t(`health.${name}`),
    String(c.score),
    c.reason,
  ]);
  return `${lines.join('\n')}\n${renderTable([t('column.component'), t('column.score'), t('column.why')], components, { indent: 2, alignRight: [1], maxCellWidth: 80 })}`;
}

function history(s: Session, { recentInteractions }: ContactDetails): string {
  const t = s.t;
  if (recentInteractions.length === 0) return `${t('show.interactions')}\n  ${t('show.noInteractions')}`;
  const rows = recentInteractions.map((i) => [
    relativeDate(i.occurredAt, s.now, s.locale),
    s.label('kind', i.kind),
    s.label('value', i.value),
    s.label('direction', i.direction),
    i.note ?? '',
  ]);
  const headers = ['when', 'kind', 'value', 'direction', 'note'].map((k) => t(`column.${k}`));
  return `${t('show.interactions')}\n${renderTable(headers, rows, { indent: 2, maxCellWidth: 60 })}`;
}

function network(s: Session, { knows }: ContactDetails): string {
  const t = s.t;
  if (knows.length === 0) return `${t('show.knows')}\n  ${t('show.noKnows')}`;
  const rows = knows.map((k) => [k.name, k.company ?? '', s.label('strength', k.strength), k.how ?? '']);
  const headers = ['name', 'company', 'strength', 'how'].map((k) => t(`column.${k}`));
  return `${t('show.knows')}\n${renderTable(headers, rows, { indent: 2 })}`;
}
