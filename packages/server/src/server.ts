/** Starts the API on a port: loopback only unless a host is given, logging failures to stdout. */
import type { Storage } from '@nexo/storage';
import { buildApp } from './app.js';

export interface ServerOptions {
  storage: Storage;
  port: number;
  /** Default '127.0.0.1': only this machine can connect. */
  host?: string;
  /** Default: warnings and failures only, so request lines do not drown the CLI's own output. */
  logger?: boolean;
  /** The web build to serve; see `AppOptions.webRoot`. */
  webRoot?: string | false;
}

/**
 * Builds the app and listens. `url` is where it answers (the real port when `port` is 0).
 * `close()` stops accepting requests and waits for those in flight; it does not close the storage.
 */
export async function startServer(options: ServerOptions): Promise<{ url: string; close(): Promise<void> }> {
  const app = await buildApp({
    storage: options.storage,
    logger: options.logger ?? { level: 'warn' },
    ...(options.webRoot === undefined ? {} : { webRoot: options.webRoot }),
  });
  const host = options.host ?? '127.0.0.1';
  await app.listen({ port: options.port, host });
  const address = app.server.address();
  const port = typeof address === 'object' && address !== null ? address.port : options.port;
  const shownHost = host.includes(':') ? `[${host}]` : host === '0.0.0.0' ? '127.0.0.1' : host;
  return {
    url: `http://${shownHost}:${port}`,
    close: () => app.close(),
  };
}
