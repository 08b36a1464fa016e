/**
 * settings.smtp.get, settings.smtp.update and settings.smtp.delete: the account's outgoing mail
 * server. The password is write-only: no operation returns it.
 */
import type { Clock, SmtpSettingsStore } from '../ports.js';
import { smtpSettingsSchema } from '../campaigns/schema.js';
import type { SmtpSettings, SmtpSettingsView } from '../campaigns/types.js';
import { parseInput } from '../shared/validate.js';
import type { RequestContext } from './context.js';

/** The settings without the password; `hasPassword` says whether one is stored. */
export function toSmtpView(settings: SmtpSettings): SmtpSettingsView {
  const { password, ...rest } = settings;
  return { ...rest, hasPassword: password !== null && password !== '' };
}

/** settings.smtp.get: the SMTP settings (never the password), or null when none are set up. */
export async function getSmtpSettings(
  deps: { smtp: SmtpSettingsStore },
  ctx: RequestContext,
): Promise<SmtpSettingsView | null> {
  const settings = await deps.smtp.get(ctx.accountId);
  return settings ? toSmtpView(settings) : null;
}

/**
 * settings.smtp.update: saves the SMTP settings. Without `password` the stored one is kept; `null`
 * removes it. `secure` defaults to true on port 465 (TLS from the start), else STARTTLS is used.
 * @throws AppError `validation_failed`.
 */
export async function updateSmtpSettings(
  deps: { smtp: SmtpSettingsStore; clock: Clock },
  ctx: RequestContext,
  input: unknown,
): Promise<SmtpSettingsView> {
  const v = parseInput(smtpSettingsSchema, input);
  const current = await deps.smtp.get(ctx.accountId);
  const saved = await deps.smtp.save(ctx.accountId, {
    host: v.host,
    port: v.port,
    secure: v.secure,
    user: v.user ?? null,
    password: v.password === undefined ? (current?.password ?? null) : v.password,
    fromName: v.fromName ?? null,
    fromAddress: v.fromAddress,
    updatedAt: deps.clock.now().toISOString(),
  });
  return toSmtpView(saved);
}

/** settings.smtp.delete: forgets the SMTP settings, password included. Returns whether any were set. */
export async function deleteSmtpSettings(deps: { smtp: SmtpSettingsStore }, ctx: RequestContext): Promise<boolean> {
  return deps.smtp.delete(ctx.accountId);
}
