/**
 * settings.smtp.get, settings.smtp.update and settings.smtp.delete: the account's outgoing mail
 * server. The password is write-only: no operation returns it, and it is stored sealed by the
 * SecretBox port (never as plain text).
 */
import type { Clock, SecretBox, SmtpSettingsStore } from '../ports.js';
import { smtpSettingsSchema } from '../campaigns/schema.js';
import type { SmtpSettings, SmtpSettingsView } from '../campaigns/types.js';
import { isAppError } from '../errors.js';
import { parseInput } from '../shared/validate.js';
import type { RequestContext } from './context.js';

/** What the SMTP password is sealed for: its use and the account (the SecretBox `purpose`). */
export function smtpPasswordPurpose(accountId: string): string {
  return `smtp-password:${accountId}`;
}

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
 * A stored password sealed again with the current key (plain text from before encryption, or an
 * older key), or as it was when that cannot be done now (no key set up, or the old key is gone).
 */
async function resealed(secretBox: SecretBox, stored: string, purpose: string): Promise<string> {
  if (stored === '' || secretBox.isCurrent(stored)) return stored;
  try {
    return await secretBox.seal(await secretBox.open(stored, purpose), purpose);
  } catch (error) {
    if (isAppError(error)) return stored;
    throw error;
  }
}

/**
 * settings.smtp.update: saves the SMTP settings. Without `password` the stored one is kept (and
 * sealed with the current key if it was not yet); `null` removes it. `secure` defaults to true on
 * port 465 (TLS from the start), else STARTTLS is used.
 * @throws AppError `validation_failed`; `conflict` when a password is given and no key is set up to
 *   encrypt it (hosted mode without NEXO_SECRET_KEY): the message says how to set one up.
 */
export async function updateSmtpSettings(
  deps: { smtp: SmtpSettingsStore; clock: Clock; secretBox: SecretBox },
  ctx: RequestContext,
  input: unknown,
): Promise<SmtpSettingsView> {
  const v = parseInput(smtpSettingsSchema, input);
  const purpose = smtpPasswordPurpose(ctx.accountId);
  let password: string | null;
  if (v.password === undefined) {
    const current = (await deps.smtp.get(ctx.accountId))?.password ?? null;
    password = current === null ? null : await resealed(deps.secretBox, current, purpose);
  } else if (v.password === null || v.password === '') {
    password = v.password;
  } else {
    password = await deps.secretBox.seal(v.password, purpose);
  }
  const saved = await deps.smtp.save(ctx.accountId, {
    host: v.host,
    port: v.port,
    secure: v.secure,
    user: v.user ?? null,
    password,
    fromName: v.fromName ?? null,
    fromAddress: v.fromAddress,
    updatedAt: deps.clock.now().toISOString(),
  });
  return toSmtpView(saved);
}

/**
 * The SMTP settings with the password opened, for the send path only. A password stored as plain
 * text (before encryption) or with an older key is sealed again with the current key on the way.
 * @throws AppError `conflict` when the password cannot be opened (the key it was sealed with is
 *   missing or different): the message says what to do.
 */
export async function openSmtpSettings(
  deps: { smtp: SmtpSettingsStore; secretBox: SecretBox },
  ctx: RequestContext,
  settings: SmtpSettings,
): Promise<SmtpSettings> {
  const stored = settings.password;
  if (stored === null || stored === '') return settings;
  const purpose = smtpPasswordPurpose(ctx.accountId);
  const password = await deps.secretBox.open(stored, purpose);
  if (!deps.secretBox.isCurrent(stored)) {
    const upgraded = await deps.secretBox.seal(password, purpose).catch((error: unknown) => {
      if (isAppError(error)) return null; // no key to seal with yet: it keeps working as it is
      throw error;
    });
    if (upgraded !== null) await deps.smtp.save(ctx.accountId, { ...settings, password: upgraded });
  }
  return { ...settings, password };
}

/** settings.smtp.delete: forgets the SMTP settings, password included. Returns whether any were set. */
export async function deleteSmtpSettings(deps: { smtp: SmtpSettingsStore }, ctx: RequestContext): Promise<boolean> {
  return deps.smtp.delete(ctx.accountId);
}
