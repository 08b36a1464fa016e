/**
 * nexo storage: the ports of core implemented on Kysely, for SQLite (embedded default) and
 * PostgreSQL (when a DATABASE_URL is given). `openStorage` opens, migrates and wires the stores.
 */
import type {
  AgendaQueries,
  ContactStore,
  InteractionStore,
  KnowsStore,
  MetricsQueries,
  SettingsStore,
  BackupStore,
  CalendarFeedStore,
  CalendarQueries,
  QuestionStore,
  GiveStore,
  TemplateStore,
  CampaignStore,
  SmtpSettingsStore,
  ImportStore,
  MergeStore,
  DismissalStore,
  SecretBox,
} from '@nexo/core';
import { join } from 'node:path';
import type { Kysely } from 'kysely';
import { openPostgres, openSqlite, type Dialect, type OpenedDatabase, type StorageContext } from './database.js';
import { migrateToLatest } from './migrations/index.js';
import { resolveDataDir } from './paths.js';
import type { Database } from './schema.js';
import { createAccountStore, type AccountStore } from './accounts.js';
import { createContactStore } from './contact-store.js';
import { createInteractionStore } from './interaction-store.js';
import { createKnowsStore } from './knows-store.js';
import { createTemplateStore } from './template-store.js';
import { createCampaignStore } from './campaign-store.js';
import { createSmtpSettingsStore } from './smtp-settings-store.js';
import { createAgendaQueries } from './agenda-queries.js';
import { createMetricsQueries } from './metrics-queries.js';
import { createSettingsStore } from './settings-store.js';
import { createQuestionStore } from './question-store.js';
import { createGiveStore } from './give-store.js';
import { rebuildSummaries } from './summaries.js';
import { createBackupStore } from './backup-store.js';
import { createCalendarFeedStore } from './calendar-feed-store.js';
import { createCalendarQueries } from './calendar-queries.js';
import { createImportStore } from './import-store.js';
import { createMergeStore } from './merge-store.js';
import { createDismissalStore } from './dismissal-store.js';
import { createSecretBox, SECRET_KEY_FILE } from './secret-box.js';
import { sealPlainSecrets } from './smtp-settings-store.js';

export { migrations, checkMigrations, migrateToLatest } from './migrations/index.js';
export type { MigrationState, NexoMigration } from './migrations/index.js';
export { resolveDataDir } from './paths.js';
/** For bulk loaders writing through `db`: the columns of a contact's own fields, as storage writes them. */
export { contactColumns } from './contact-row.js';
export type { Database } from './schema.js';
export type { Dialect } from './database.js';
export type { AccountStore } from './accounts.js';
export { createSecretBox, SECRET_KEY_FILE, type SecretBoxOptions } from './secret-box.js';

export interface StorageOptions {
  dataDir?: string;
  databaseUrl?: string;
  /** for tests: ':memory:' SQLite */
  memory?: boolean;
  /**
   * NEXO_SECRET_KEY (32 bytes, base64), the key secrets at rest are sealed with. Without it, SQLite
   * on disk generates `secret.key` in the data directory; PostgreSQL refuses to store secrets.
   */
  secretKey?: string | undefined;
  /** NEXO_SECRET_KEY_PREVIOUS: keys used before a rotation, still accepted to open old secrets. */
  previousSecretKeys?: readonly string[] | undefined;
}

export interface Storage {
  dialect: Dialect;
  /** Where the data lives, for display: the SQLite file path, or the PostgreSQL URL with the password masked. */
  location: string;
  contacts: ContactStore;
  interactions: InteractionStore;
  knows: KnowsStore;
  agenda: AgendaQueries;
  metrics: MetricsQueries;
  settings: SettingsStore;
  /** The user's own first-meeting questions. */
  questions: QuestionStore;
  /** The give library. */
  gives: GiveStore;
  /** Every backed-up table of an account at once (backup and restore). */
  backup: BackupStore;
  /** Calendar feed tokens (hashed) and the contacts a feed shows. */
  calendarFeeds: CalendarFeedStore;
  calendarQueries: CalendarQueries;
  /** Outreach templates. */
  templates: TemplateStore;
  /** Campaigns: drafts per person and their send states. */
  campaigns: CampaignStore;
  /** The account's SMTP server (password included, sealed: the send path only). */
  smtp: SmtpSettingsStore;
  /** Seals secrets at rest with a key kept out of the database (AES-256-GCM). */
  secretBox: SecretBox;
  /** Import batches: run one in a transaction, list, undo. */
  imports: ImportStore;
  /** Merges of duplicate contacts (and their undo), and the identities duplicate detection compares. */
  merges: MergeStore;
  /** Pairs the user said are not the same person, never suggested as duplicates again. */
  dismissals: DismissalStore;
  accounts: AccountStore;
  /** Recomputes every contact's stored summary, stage and due date (after bulk loads). */
  rebuildSummaries(accountId: string): Promise<void>;
  /** For benchmarks and bulk loaders only. */
  db: Kysely<Database>;
  close(): Promise<void>;
}

/**
 * Opens (and migrates) the database: PostgreSQL when `databaseUrl` is set, else SQLite `nexo.db`
 * in `dataDir` (default: `resolveDataDir`), or an in-memory SQLite with `memory`.
 * @throws AppError `storage_unavailable` when the database cannot be reached or created,
 *   `migration_mismatch` when it was written by a newer nexo or migrated out of order.
 * @example const storage = await openStorage({ dataDir: '/tmp/nexo' });
 */
export async function openStorage(options: StorageOptions): Promise<Storage> {
  let opened: OpenedDatabase;
  let dataDir: string | null = null;
  if (options.databaseUrl) opened = await openPostgres(options.databaseUrl);
  else {
    dataDir = options.memory ? null : (options.dataDir ?? resolveDataDir(undefined, process.env));
    opened = openSqlite(dataDir);
  }
  const { db, dialect, location, statements } = opened;
  try {
    await migrateToLatest(db, dialect);
  } catch (error) {
    await db.destroy();
    throw error;
  }
  const ctx: StorageContext = { db, dialect, statements };
  const secretBox = createSecretBox({
    key: options.secretKey || undefined,
    previousKeys: options.previousSecretKeys,
    keyFile: dataDir === null ? null : join(dataDir, SECRET_KEY_FILE),
    ephemeral: !options.databaseUrl && dataDir === null,
  });
  await sealPlainSecrets(ctx, secretBox);
  return {
    dialect,
    location,
    contacts: createContactStore(ctx),
    interactions: createInteractionStore(ctx),
    knows: createKnowsStore(ctx),
    agenda: createAgendaQueries(ctx),
    metrics: createMetricsQueries(ctx),
    settings: createSettingsStore(ctx),
    questions: createQuestionStore(ctx),
    gives: createGiveStore(ctx),
    backup: createBackupStore(ctx),
    calendarFeeds: createCalendarFeedStore(ctx),
    calendarQueries: createCalendarQueries(ctx),
    templates: createTemplateStore(ctx),
    campaigns: createCampaignStore(ctx),
    smtp: createSmtpSettingsStore(ctx),
    secretBox,
    imports: createImportStore(ctx),
    merges: createMergeStore(ctx),
    dismissals: createDismissalStore(ctx),
    accounts: createAccountStore(ctx),
    rebuildSummaries: (accountId) => rebuildSummaries(ctx, accountId),
    db,
    close: () => db.destroy(),
  };
}
