/** Where nexo keeps its data: the per-user data directory, and database URLs safe to display. */
import { homedir } from 'node:os';
import { join, resolve } from 'node:path';

/**
 * The data directory: `--data-dir`, else `NEXO_DATA_DIR`, else the per-user location of the
 * platform ($XDG_DATA_HOME/nexo or ~/.local/share/nexo on Linux, ~/Library/Application Support/nexo
 * on macOS, %APPDATA%\nexo on Windows).
 * @example resolveDataDir(undefined, { NEXO_DATA_DIR: '/srv/nexo' }) // '/srv/nexo'
 */
export function resolveDataDir(
  flag: string | undefined,
  env: NodeJS.ProcessEnv,
  platform: NodeJS.Platform = process.platform,
  home: string = homedir(),
): string {
  if (flag) return resolve(flag);
  if (env.NEXO_DATA_DIR) return resolve(env.NEXO_DATA_DIR);
  if (platform === 'win32') return join(env.APPDATA ?? join(home, 'AppData', 'Roaming'), 'nexo');
  if (platform === 'darwin') return join(home, 'Library', 'Application Support', 'nexo');
  return join(env.XDG_DATA_HOME || join(home, '.local', 'share'), 'nexo');
}

/** The parts of a PostgreSQL URL that may be shown: never the password. */
export interface PostgresTarget {
  host: string;
  port: string;
  database: string;
  /** `host:port/database`, for messages. */
  label: string;
  /** The URL with the password replaced by `***`. */
  masked: string;
}

/** Parses a PostgreSQL URL, or returns null when the text is not one. */
export function describePostgresUrl(url: string): PostgresTarget | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (parsed.protocol !== 'postgres:' && parsed.protocol !== 'postgresql:') return null;
  const host = parsed.hostname || 'localhost';
  const port = parsed.port || '5432';
  const database = decodeURIComponent(parsed.pathname.replace(/^\//, '')) || decodeURIComponent(parsed.username);
  if (parsed.password) parsed.password = '***';
  return { host, port, database, label: `${host}:${port}/${database}`, masked: parsed.href };
}
