/**
 * `nexo import FILE` (a dry run, or the real import in one transaction, with a progress bar on a
 * terminal), `nexo imports list` and `nexo imports undo BATCH`.
 */
import { createReadStream, statSync } from 'node:fs';
import { basename } from 'node:path';
import { Option, type Command } from 'commander';
import {
  AppError,
  importFormats,
  isAppError,
  listImports,
  undoImport,
  type ImportFormat,
  type ImportReport,
} from '@nexo/core';
import { importFile } from '@nexo/server/services';
import type { CliIo } from '../io.js';
import type { Session } from '../session.js';
import { choice, integer } from '../options.js';
import { renderTable } from '../output/table.js';
import { inSession } from './common.js';
import { boundHeapGrowth } from '../heap.js';

const formatChoices = ['auto', ...importFormats] as const;
const PROBLEMS_SHOWN = 10;

interface ImportFlags {
  format?: ImportFormat | 'auto';
  dryRun?: boolean;
  skipInvalid?: boolean;
}

/** Registers `nexo import` and `nexo imports`. */
export function registerImports(program: Command, io: CliIo): void {
  program
    .command('import')
    .description('import contacts from vCard, LinkedIn, Google, Outlook or Thunderbird CSV, or nexo JSON')
    .argument('<file>', 'the file to import')
    .addOption(
      new Option('--format <format>', `${formatChoices.join('|')} (default: detected)`).argParser(
        choice(formatChoices),
      ),
    )
    .option('--dry-run', 'show what would happen (new, updated, duplicates, failed) without saving anything')
    .option('--skip-invalid', 'import the good records when some cannot be imported, and report each one')
    .action(
      inSession<ImportFlags>(io, async (s, flags, [file = '']) => {
        const size = fileSize(file, s);
        if (size >= BIG_IMPORT_BYTES) boundHeapGrowth();
        const progress = s.json || !io.stderrIsTTY ? null : progressBar(io, size, s);
        let report: ImportReport;
        try {
          report = await importFile(s.services, s.ctx, createReadStream(file, { highWaterMark: 262_144 }), {
            format: flags.format ?? 'auto',
            fileName: basename(file),
            dryRun: flags.dryRun === true,
            skipInvalid: flags.skipInvalid === true,
            ...(progress ? { onProgress: progress.update } : {}),
          });
        } catch (error) {
          progress?.clear();
          const rejected = isAppError(error) ? (error.details?.report as ImportReport | undefined) : undefined;
          if (rejected) {
            if (s.json) s.printJson(rejected);
            else s.print(describeReport(s, rejected));
            // The envelope on stderr keeps the report out of it: it was printed above.
            const why = rejectionOf(rejected);
            const code = error instanceof AppError ? error.code : 'validation_failed';
            throw new AppError(code, s.t(`import.${why}`, { n: rejected.failed }), {
              failed: rejected.failed,
              hint: s.t(hintFor[why]),
            });
          }
          throw error;
        }
        progress?.clear();
        if (s.json) return s.printJson(report);
        s.print(describeReport(s, report));
      }),
    );

  const imports = program.command('imports').description('past imports: list them, undo one');
  imports
    .command('list')
    .description('recorded imports, newest first')
    .option('--limit <n>', 'how many (default 50)', integer(1, 200))
    .action(
      inSession<{ limit?: number }>(io, async (s, flags) => {
        const { items } = await listImports(s.services, s.ctx, { limit: flags.limit ?? 50 });
        if (s.json) return s.printJson(items);
        if (items.length === 0) return s.print(s.t('imports.none'));
        const rows = items.map((b) => [
          b.id,
          b.createdAt.slice(0, 16).replace('T', ' '),
          b.fileName ?? b.format,
          String(b.created),
          String(b.updated),
          String(b.duplicates),
          String(b.failed),
          b.undoneAt ? s.t('imports.undoneMark') : '',
        ]);
        const headers = ['id', 'when', 'file', 'created', 'updated', 'duplicates', 'failed', 'undone'];
        s.print(
          renderTable(
            headers.map((h) => s.t(`imports.column.${h}`)),
            rows,
            { alignRight: [3, 4, 5, 6] },
          ),
        );
      }),
    );
  imports
    .command('undo')
    .description('undo an import: remove the contacts it created, restore the ones it updated')
    .argument('<batch>', 'the import id (see nexo imports list)')
    .action(
      inSession(io, async (s, _flags, [id = '']) => {
        const result = await undoImport(s.services, s.ctx, id);
        if (s.json) return s.printJson(result);
        s.print(s.t('imports.undone', { removed: result.removed, restored: result.restored }));
        if (result.missing > 0) s.print(s.t('imports.missing', { count: result.missing }));
      }),
    );
}

/** About 70,000 LinkedIn rows: from here on memory, not speed, is what a long import runs out of. */
const BIG_IMPORT_BYTES = 8 * 1024 * 1024;

function fileSize(file: string, s: Session): number {
  try {
    const stat = statSync(file);
    if (!stat.isFile()) throw new Error('not a file');
    return stat.size;
  } catch {
    const message = s.t('import.unreadable', { file });
    throw new AppError('validation_failed', message, { issues: [{ field: 'FILE', message }] });
  }
}

type Rejection = 'nothingFound' | 'allFailed' | 'someFailed';

/** Why core refused an import (see importContacts): nothing in the file, or records that failed. */
function rejectionOf(r: ImportReport): Rejection {
  if (isEmpty(r)) return 'nothingFound';
  return r.created + r.updated + r.duplicates === 0 ? 'allFailed' : 'someFailed';
}

/** What to do about each kind of refusal (--skip-invalid helps only when some records are good). */
const hintFor: Record<Rejection, string> = {
  nothingFound: 'import.hintFormat',
  allFailed: 'import.hintFix',
  someFailed: 'import.hintSkip',
};

/** No record was read and none failed: the file holds no contacts in the format it was read as. */
const isEmpty = (r: ImportReport) => r.records === 0 && r.failed === 0;

/** The first line of the report: empty file, dry run, saved import or refused one. */
function summaryKey(r: ImportReport): string {
  if (isEmpty(r)) return 'import.emptySummary';
  if (r.dryRun) return 'import.dryRunSummary';
  return r.batchId ? 'import.summary' : 'import.rejectedSummary';
}

/** A one-line bar on stderr, redrawn as records come in; cleared at the end. */
function progressBar(io: CliIo, total: number, s: Session) {
  const width = 30;
  return {
    update({ records, bytes }: { records: number; bytes: number }) {
      const share = total > 0 ? Math.min(bytes / total, 1) : 0;
      const done = Math.round(share * width);
      const bar = `${'█'.repeat(done)}${'░'.repeat(width - done)}`;
      io.stderr(
        `\r${bar} ${String(Math.round(share * 100)).padStart(3)}%  ${s.t('import.progress', { count: records })}`,
      );
    },
    clear() {
      io.stderr('\r\x1b[2K');
    },
  };
}

/** The human report: counts, a few examples, the first problems and how to undo. */
function describeReport(s: Session, r: ImportReport): string {
  const counts = {
    created: r.created,
    updated: r.updated,
    duplicates: r.duplicates,
    failed: r.failed,
    skipped: r.skipped,
  };
  const lines = [
    s.t(summaryKey(r), {
      file: r.fileName ?? '',
      format: r.format,
      ...counts,
    }),
  ];
  const examples: [string, { name: string; record: number; fields?: string[]; message?: string }[]][] = [
    ['created', r.examples.created],
    ['updated', r.examples.updated],
    ['duplicates', r.examples.duplicates],
  ];
  for (const [kind, list] of examples) {
    if (list.length === 0) continue;
    const names = list.map((e) => (e.fields?.length ? `${e.name} (${e.fields.join(', ')})` : e.name)).join('; ');
    lines.push(`  ${s.t(`import.examples.${kind}`)}: ${names}`);
  }
  if (r.possibleDuplicates.count > 0)
    lines.push(s.t('import.possibleDuplicates', { count: r.possibleDuplicates.count }));
  const errors = r.problems.filter((p) => p.severity === 'error');
  const shown = [...errors, ...r.problems.filter((p) => p.severity === 'warning')].slice(0, PROBLEMS_SHOWN);
  if (shown.length > 0) {
    lines.push(s.t('import.problems', { count: r.problemCount }));
    for (const p of shown) {
      const where = [
        p.record !== null ? s.t('import.record', { n: p.record }) : null,
        p.line !== null ? s.t('import.line', { n: p.line }) : null,
      ]
        .filter(Boolean)
        .join(', ');
      lines.push(`  ${p.severity === 'error' ? '✗' : '·'} ${where ? `${where}: ` : ''}${p.message}`);
    }
    if (r.problemCount > shown.length)
      lines.push(`  ${s.t('import.moreProblems', { count: r.problemCount - shown.length })}`);
  }
  if (r.batchId) lines.push(s.t('import.undoHint', { id: r.batchId }));
  return lines.join('\n');
}
