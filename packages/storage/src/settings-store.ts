/** Per-account settings: stored as JSON over core's defaults; saving recomputes every due date. */
import {
  computeDueAt,
  defaultSettings,
  effectiveCadenceDays,
  type AccountSettings,
  type SettingsStore,
  type Tier,
} from '@nexo/core';
import type { StorageContext } from './database.js';
import { updateDerivedColumns } from './bulk-update.js';

/** The account's settings: core's `defaultSettings` overlaid with what is stored. */
export async function loadSettings(ctx: StorageContext, accountId: string): Promise<AccountSettings> {
  const row = await ctx.db
    .selectFrom('accountSettings')
    .select('settings')
    .where('accountId', '=', accountId)
    .executeTakeFirst();
  const stored = row ? (JSON.parse(row.settings) as Partial<AccountSettings>) : {};
  return {
    locale: stored.locale ?? defaultSettings.locale,
    cadenceDays: { ...defaultSettings.cadenceDays, ...stored.cadenceDays },
    tierTargets: { ...defaultSettings.tierTargets, ...stored.tierTargets },
  };
}

/** Recomputes the stored due date of every contact of the account from its last interaction. */
export async function recomputeDueDates(
  ctx: StorageContext,
  accountId: string,
  settings: AccountSettings,
): Promise<void> {
  const rows = await ctx.db
    .selectFrom('contacts')
    .select(['id', 'tier', 'cadenceDays', 'lastAt', 'createdAt', 'dueAt'])
    .where('accountId', '=', accountId)
    .execute();
  const changed: { id: string; dueAt: string }[] = [];
  for (const row of rows) {
    const cadence = effectiveCadenceDays({ tier: row.tier as Tier, cadenceDays: row.cadenceDays }, settings);
    const dueAt = computeDueAt({ lastAt: row.lastAt }, row.createdAt, cadence);
    if (dueAt !== row.dueAt) changed.push({ id: row.id, dueAt });
  }
  await updateDerivedColumns(ctx, accountId, changed);
}

/** The SettingsStore port. */
export function createSettingsStore(ctx: StorageContext): SettingsStore {
  return {
    get: (accountId) => loadSettings(ctx, accountId),

    async save(accountId, settings) {
      const json = JSON.stringify({
        locale: settings.locale,
        cadenceDays: settings.cadenceDays,
        tierTargets: settings.tierTargets,
      });
      const updatedAt = new Date().toISOString();
      await ctx.db.transaction().execute(async (trx) => {
        const tx = { ...ctx, db: trx };
        await trx
          .insertInto('accountSettings')
          .values({ accountId, settings: json, updatedAt })
          .onConflict((oc) => oc.column('accountId').doUpdateSet({ settings: json, updatedAt }))
          .execute();
        await recomputeDueDates(tx, accountId, await loadSettings(tx, accountId));
      });
      return loadSettings(ctx, accountId);
    },
  };
}
