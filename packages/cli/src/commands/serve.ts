/**
 * `nexo serve`: the web app and REST API on one port (what `npm start` runs). Stops cleanly on
 * SIGINT/SIGTERM, closing the server and then the database.
 */
import type { Command } from 'commander';
import { AppError } from '@nexo/core';
import type { CliIo } from '../io.js';
import { integer } from '../options.js';
import { inSession } from './common.js';
import { boundHeapGrowth } from '../heap.js';

interface ServeFlags {
  port: number;
  host: string;
}

/** The port `nexo serve` listens on unless told otherwise. */
export const defaultPort = 4747;

/** Registers `nexo serve`. */
export function registerServe(program: Command, io: CliIo): void {
  program
    .command('serve')
    .description('start the web app and the REST API')
    .option('--port <port>', 'port to listen on (0 picks a free one)', integer(0, 65_535), defaultPort)
    .option('--host <host>', 'interface to listen on', '127.0.0.1')
    .action(
      inSession<ServeFlags>(io, async (s, flags) => {
        // A server takes imports of any size: keep its heap close to what it holds (heap.ts).
        boundHeapGrowth();
        // Loaded here, not at start-up: every other command would pay for Fastify and the routes.
        const { startServer } = await import('@nexo/server');
        const server = await startServer({ storage: s.storage, port: flags.port, host: flags.host }).catch(
          (error: unknown) => {
            throw listenError(error, flags);
          },
        );
        try {
          // This line is read by scripts and tests waiting for the server: keep its wording.
          s.print(`nexo is running at ${server.url}`);
          s.print(s.t('serve.data', { location: s.storage.location }));
          s.print(s.t('serve.stop'));
          await stopped(io.stopSignal);
          s.print(s.t('serve.stopping'));
        } finally {
          await server.close();
        }
      }),
    );
}

function listenError(error: unknown, flags: ServeFlags): unknown {
  const code = typeof error === 'object' && error !== null && 'code' in error ? error.code : undefined;
  if (code === 'EADDRINUSE') {
    return new AppError('conflict', `Port ${flags.port} on ${flags.host} is already in use.`, {
      port: flags.port,
      host: flags.host,
      hint: `Is nexo already running? Otherwise pick another port: nexo serve --port ${flags.port + 1} (or --port 0 for any free one).`,
    });
  }
  if (code === 'EACCES' || code === 'EADDRNOTAVAIL') {
    return new AppError('validation_failed', `Cannot listen on ${flags.host}:${flags.port} (${String(code)}).`, {
      issues: [
        { field: '--port', message: 'Not allowed or not available here; try a port above 1024 or another --host.' },
      ],
    });
  }
  return error;
}

/** Resolves when `signal` aborts, or on the first SIGINT/SIGTERM when no signal is given. */
function stopped(signal: AbortSignal | undefined): Promise<void> {
  if (signal) {
    return new Promise((resolve) => {
      if (signal.aborted) resolve();
      else signal.addEventListener('abort', () => resolve(), { once: true });
    });
  }
  return new Promise((resolve) => {
    const stop = () => {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      resolve();
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  });
}
