/** The SMTP settings form: the server campaigns are sent through. The password is write-only. */
import { useQuery } from '@tanstack/react-query';
import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { smtpQuery, useSaveSmtp } from '../../api/campaigns';
import { useErrorText } from '../../hooks/useErrorText';
import { ErrorBanner } from '../ErrorBanner';
import { ServerMessage } from './ServerMessage';
import { Field } from '../Field';
import { useUi } from '../ui-context';

const fields = ['host', 'port', 'user', 'password', 'fromName', 'fromAddress'];

export function SmtpForm() {
  const { t } = useTranslation();
  const ui = useUi();
  const { forField } = useErrorText();
  const current = useQuery(smtpQuery());
  const save = useSaveSmtp();
  const [host, setHost] = useState('');
  const [port, setPort] = useState('587');
  const [user, setUser] = useState('');
  const [password, setPassword] = useState('');
  const [fromName, setFromName] = useState('');
  const [fromAddress, setFromAddress] = useState('');
  const stored = current.data?.smtp ?? null;

  useEffect(() => {
    if (!stored) return;
    setHost(stored.host);
    setPort(String(stored.port));
    setUser(stored.user ?? '');
    setFromName(stored.fromName ?? '');
    setFromAddress(stored.fromAddress);
  }, [stored]);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    save.mutate(
      {
        host,
        port: Number(port),
        user: user.trim() || null,
        ...(password ? { password } : {}),
        fromName: fromName.trim() || null,
        fromAddress,
      },
      {
        onSuccess: () => {
          setPassword('');
          ui.toast(t('campaigns.smtp.saved'));
        },
      },
    );
  };
  const err = (f: string) => forField(save.error, f);

  return (
    <form onSubmit={submit} noValidate aria-label={t('campaigns.smtp.title')}>
      <ErrorBanner error={save.error ?? current.error} fields={fields} />
      {/* A hosted nexo without NEXO_SECRET_KEY says what the operator must set up. */}
      <ServerMessage error={save.error} />
      <div className="field-row">
        <Field label={t('campaigns.smtp.host')} error={err('host')}>
          {(p) => <input {...p} className="input" value={host} onChange={(e) => setHost(e.target.value)} />}
        </Field>
        <Field label={t('campaigns.smtp.port')} hint={t('campaigns.smtp.portHint')} error={err('port')}>
          {(p) => (
            <input
              {...p}
              className="input"
              inputMode="numeric"
              value={port}
              onChange={(e) => setPort(e.target.value)}
            />
          )}
        </Field>
      </div>
      <div className="field-row">
        <Field label={t('campaigns.smtp.user')} error={err('user')}>
          {(p) => (
            <input
              {...p}
              className="input"
              autoComplete="username"
              value={user}
              onChange={(e) => setUser(e.target.value)}
            />
          )}
        </Field>
        <Field
          label={t('campaigns.smtp.password')}
          hint={stored?.hasPassword ? t('campaigns.smtp.passwordKept') : undefined}
          error={err('password')}
        >
          {(p) => (
            <input
              {...p}
              type="password"
              className="input"
              autoComplete="new-password"
              value={password}
              onChange={(e) => setPassword(e.target.value)}
            />
          )}
        </Field>
      </div>
      <div className="field-row">
        <Field label={t('campaigns.smtp.fromName')} error={err('fromName')}>
          {(p) => <input {...p} className="input" value={fromName} onChange={(e) => setFromName(e.target.value)} />}
        </Field>
        <Field label={t('campaigns.smtp.fromAddress')} error={err('fromAddress')}>
          {(p) => (
            <input
              {...p}
              type="email"
              className="input"
              value={fromAddress}
              onChange={(e) => setFromAddress(e.target.value)}
            />
          )}
        </Field>
      </div>
      <div className="dialog-actions">
        <button type="submit" className="btn btn-primary" disabled={save.isPending}>
          {save.isPending ? t('app.saving') : t('campaigns.smtp.save')}
        </button>
      </div>
    </form>
  );
}
