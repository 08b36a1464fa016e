/**
 * One command run: open storage (--data-dir / NEXO_DATA_DIR / per-user default, or DATABASE_URL),
 * ensure the local account, pick the language, run, and always close the database again.
 */
import { AppError, isAppError, labelOf, type LabelGroup, type Locale, type RequestContext } from '@nexo/core';
import { openStorage, resolveDataDir, type Storage } from '@nexo/storage';
import { createServices, type Services } from '@nexo/server/services';
import type { CliIo } from './io.js';
import { localeFromEnv, translatorFor, type Translate } from './i18n.js';

/** The options every command accepts. */
export interface GlobalOptions {
  dataDir?: string;
  json?: boolean;
  lang?: Locale;
}

/** What a command's body gets: the services for operations, its caller context and output helpers. */
export interface Session {
  io: CliIo;
  storage: Storage;
  services: Services;
  ctx: RequestContext;
  locale: Locale;
  t: Translate;
  /** The name of an enum value (tier, stage, kind...) in the session's language. */
  label(group: LabelGroup, value: string): string;
  json: boolean;
  now: Date;
  /** Prints lines of text on stdout. */
  print(text: string): void;
  /** Prints a value as pretty JSON on stdout. */
  printJson(value: unknown): void;
}

/**
 * Opens storage, runs `body` and closes storage whatever happens.
 * @throws AppError `storage_unavailable` when the data cannot be opened, and whatever `body` throws.
 */
export async function withSession<T>(
  io: CliIo,
  options: GlobalOptions,
  body: (session: Session) => Promise<T>,
): Promise<T> {
  const storage = await open(io, options);
  try {
    const accountId = await storage.accounts.ensureLocal();
    const services = createServices(storage);
    const locale = options.lang ?? localeFromEnv(io.env) ?? (await services.settings.get(accountId)).locale;
    const session: Session = {
      io,
      storage,
      services,
      ctx: { accountId, locale },
      locale,
      t: translatorFor(locale),
      label: (group, value) => labelOf(locale, group, value),
      json: options.json === true,
      now: services.clock.now(),
      print: (text) => io.stdout(`${text}\n`),
      printJson: (value) => io.stdout(`${JSON.stringify(value, null, 2)}\n`),
    };
    return await body(session);
  } finally {
    await storage.close();
  }
}

async function open(io: CliIo, options: GlobalOptions): Promise<Storage> {
  const databaseUrl = io.env.DATABASE_URL || undefined;
  let dataDir: string | undefined;
  try {
    dataDir = databaseUrl ? undefined : resolveDataDir(options.dataDir, io.env);
    return await openStorage({
      dataDir,
      databaseUrl,
      secretKey: io.env.NEXO_SECRET_KEY || undefined,
      previousSecretKeys: io.env.NEXO_SECRET_KEY_PREVIOUS?.split(',').filter((k) => k.trim() !== ''),
    });
  } catch (error) {
    if (isAppError(error)) throw error;
    const where = databaseUrl
      ? 'the database in DATABASE_URL'
      : `the data directory ${dataDir ?? options.dataDir ?? ''}`;
    const reason = error instanceof Error ? error.message : String(error);
    throw new AppError('storage_unavailable', `Cannot open ${where}: ${reason}`, {
      dataDir: dataDir ?? null,
      hint: 'Check that the directory exists and is writable, or pick another one with --data-dir.',
    });
  }
}
