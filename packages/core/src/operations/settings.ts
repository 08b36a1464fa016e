/** settings.get and settings.update: language, cadence per tier and tier targets of an account. */
import type { SettingsStore } from '../ports.js';
import { settingsPatchSchema } from '../settings/schema.js';
import type { AccountSettings } from '../settings/types.js';
import { parseInput } from '../shared/validate.js';
import type { RequestContext } from './context.js';

/** settings.get: the account's settings, defaults filled in. */
export async function getSettings(deps: { settings: SettingsStore }, ctx: RequestContext): Promise<AccountSettings> {
  return deps.settings.get(ctx.accountId);
}

/**
 * settings.update: merges a partial change; changing a tier's cadence moves every due date of
 * that tier. @throws AppError `validation_failed`.
 */
export async function updateSettings(
  deps: { settings: SettingsStore },
  ctx: RequestContext,
  input: unknown,
): Promise<AccountSettings> {
  const patch = parseInput(settingsPatchSchema, input);
  const current = await deps.settings.get(ctx.accountId);
  return deps.settings.save(ctx.accountId, {
    locale: patch.locale ?? current.locale,
    cadenceDays: { ...current.cadenceDays, ...patch.cadenceDays },
    tierTargets: { ...current.tierTargets, ...patch.tierTargets },
  });
}
