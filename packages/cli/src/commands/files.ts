/** Files the CLI writes and reads for export, backup and restore: written whole or not at all. */
import { readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { AppError } from '@nexo/core';
import { readAll, type CliIo } from '../io.js';

/**
 * Writes `text` to `path` through a temporary file and a rename, so a crash never leaves a
 * half-written export or backup behind.
 * @throws AppError `validation_failed` naming the file when it cannot be written.
 */
export function writeWhole(path: string, text: string): void {
  const temporary = join(dirname(path), `.${basename(path)}.${process.pid}.tmp`);
  try {
    writeFileSync(temporary, text, 'utf8');
    renameSync(temporary, path);
  } catch (error) {
    rmSync(temporary, { force: true });
    const reason = error instanceof Error ? error.message : String(error);
    throw new AppError('validation_failed', `Cannot write ${path}: ${reason}`, {
      issues: [{ field: '--out', message: reason }],
    });
  }
}

/**
 * Reads a whole text file, or stdin for "-".
 * @throws AppError `not_found` when the file does not exist, `validation_failed` when it cannot be read.
 */
export async function readText(io: CliIo, path: string): Promise<string> {
  if (path === '-') {
    if (!io.stdin) throw new AppError('validation_failed', 'Nothing on stdin to read.', { field: 'FILE' });
    return readAll(io.stdin);
  }
  try {
    return readFileSync(path, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new AppError('not_found', `No file ${path}.`, { kind: 'file', path });
    const reason = error instanceof Error ? error.message : String(error);
    throw new AppError('validation_failed', `Cannot read ${path}: ${reason}`, {
      issues: [{ field: 'FILE', message: reason }],
    });
  }
}
