/**
 * backup.create and backup.restore: the whole account as one versioned JSON file, and back into an
 * empty account in one transaction.
 */
import type { BackupStore, Clock } from '../ports.js';
import { BACKUP_FORMAT, BACKUP_VERSION, parseBackup, type BackupFile, type BackupTableName } from '../backup/format.js';
import { checkBackupReferences } from '../backup/check.js';
import type { RequestContext } from './context.js';

/**
 * backup.create: every backed-up table of the account.
 * @example const file = await createBackup({ backup, clock }, ctx); JSON.stringify(file)
 */
export async function createBackup(
  deps: { backup: BackupStore; clock: Clock },
  ctx: RequestContext,
): Promise<BackupFile & { version: typeof BACKUP_VERSION }> {
  const tables = await deps.backup.dump(ctx.accountId);
  return { format: BACKUP_FORMAT, version: BACKUP_VERSION, exportedAt: deps.clock.now().toISOString(), tables };
}

export interface RestoreResult {
  /** Rows written per table. */
  restored: Record<BackupTableName, number>;
}

/**
 * backup.restore: validates a parsed backup file and writes it into the (empty) account, all or
 * nothing. Settings are replaced; the history summaries are recomputed.
 * @throws AppError `validation_failed` naming the first bad record (nothing is written),
 *   `conflict` when the account already holds contacts, interactions or knows-edges.
 */
export async function restoreBackup(
  deps: { backup: BackupStore },
  ctx: RequestContext,
  input: unknown,
): Promise<RestoreResult> {
  const file = parseBackup(input);
  checkBackupReferences(file.tables);
  return { restored: await deps.backup.load(ctx.accountId, file.tables) };
}
