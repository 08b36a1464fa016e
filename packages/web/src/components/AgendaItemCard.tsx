/** One person on Today: who, why, what to send, and done / snooze / log right there. */
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import type { AgendaEntry, InteractionValue } from '../api/types';
import { prefetchRoute } from '../lib/prefetch';
import { Avatar } from './Avatar';
import { Icon } from './Icon';

/** What "Done" logs for each kind of agenda item (a message with this value). */
export const doneValueByKind: Record<AgendaEntry['kind'], InteractionValue> = {
  'thanks-owed': 'thanks',
  'first-give': 'give',
  'follow-up': 'neutral',
  overdue: 'neutral',
};

interface Props {
  item: AgendaEntry;
  busy: boolean;
  onDone: (item: AgendaEntry) => void;
  onSnooze: (item: AgendaEntry) => void;
  onLog: (item: AgendaEntry) => void;
}

export function AgendaItemCard({ item, busy, onDone, onSnooze, onLog }: Props) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const href = `/contacts/${item.contactId}`;
  return (
    <li className="card agenda-item" data-testid="agenda-item">
      <Avatar name={item.name} size={40} />
      <div>
        <Link
          href={href}
          className="who"
          onMouseEnter={() => prefetchRoute(client, href)}
          onFocus={() => prefetchRoute(client, href)}
        >
          {item.name}
        </Link>
        {item.daysOverdue > 0 && (
          <span className="badge badge-warn" style={{ marginLeft: '0.5rem' }}>
            {t('today.overdueDays', { count: item.daysOverdue })}
          </span>
        )}
        <p className="reason">{item.reason}</p>
        <p className="suggestion">
          <strong>{t('today.suggestion')}</strong> {item.suggestion}
        </p>
        {item.also.length > 0 && (
          <div className="also small" data-testid="agenda-also">
            <strong>{t('today.also')}</strong>
            <ul>
              {item.also.map((a) => (
                <li key={a.kind}>
                  <span className="badge">{t(`enum.agendaKind.${a.kind}`)}</span> {a.reason}
                </li>
              ))}
            </ul>
          </div>
        )}
      </div>
      <div className="agenda-actions">
        <button
          type="button"
          className="btn btn-primary btn-small"
          disabled={busy}
          onClick={() => onDone(item)}
          aria-label={t('today.doneLabel', { name: item.name })}
        >
          <Icon name="check" /> {t('today.done')}
        </button>
        <button
          type="button"
          className="btn btn-small"
          onClick={() => onLog(item)}
          aria-label={t('today.logLabel', { name: item.name })}
        >
          {t('today.log')}
        </button>
        <button
          type="button"
          className="btn btn-small btn-ghost"
          onClick={() => onSnooze(item)}
          aria-label={t('today.snoozeLabel', { name: item.name })}
        >
          {t('today.snooze')}
        </button>
      </div>
    </li>
  );
}
