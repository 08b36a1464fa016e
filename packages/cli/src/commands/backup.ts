/** `nexo backup` and `nexo restore`: the whole account as one JSON file, and back into an empty account. */
import type { Command } from 'commander';
import { AppError, createBackup, restoreBackup } from '@nexo/core';
import type { CliIo } from '../io.js';
import type { Session } from '../session.js';
import { inSession } from './common.js';
import { readText, writeWhole } from './files.js';

/** "12 contacts, 40 interactions, 3 knows-edges", in the session's language. */
function describeCounts(s: Session, counts: Record<string, number>): string {
  return s.t('backup.counts', {
    contacts: counts.contacts ?? 0,
    interactions: counts.interactions ?? 0,
    edges: counts.knowsEdges ?? 0,
  });
}

/** Registers `nexo backup` and `nexo restore`. */
export function registerBackup(program: Command, io: CliIo): void {
  program
    .command('backup')
    .description('write a full backup of your data as JSON (to stdout, or --out FILE)')
    .option('--out <file>', 'write to this file instead of stdout')
    .action(
      inSession<{ out?: string }>(io, async (s, flags) => {
        const file = await createBackup(s.services, s.ctx);
        const text = `${JSON.stringify(file, null, 2)}\n`;
        if (!flags.out) return io.stdout(text);
        writeWhole(flags.out, text);
        const counts = Object.fromEntries(Object.entries(file.tables).map(([t, rows]) => [t, rows.length]));
        if (s.json) s.printJson({ file: flags.out, tables: counts });
        else s.print(s.t('backup.written', { file: flags.out, what: describeCounts(s, counts) }));
      }),
    );

  program
    .command('restore')
    .description('restore a backup into an empty data directory or database (all or nothing)')
    .argument('<file>', 'a backup written by "nexo backup", or - for stdin')
    .action(
      inSession<object>(io, async (s, _flags, [path = '']) => {
        const text = await readText(io, path);
        let parsed: unknown;
        try {
          parsed = JSON.parse(text);
        } catch (error) {
          const reason = error instanceof Error ? error.message : String(error);
          throw new AppError('validation_failed', `${path} is not a nexo backup: it is not valid JSON (${reason}).`, {
            issues: [{ field: 'FILE', message: reason }],
          });
        }
        const result = await restoreBackup(s.services, s.ctx, parsed);
        if (s.json) s.printJson(result);
        else s.print(s.t('backup.restored', { what: describeCounts(s, result.restored) }));
      }),
    );
}
