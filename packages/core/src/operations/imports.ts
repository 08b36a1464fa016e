/**
 * Import operations: imports.run (a dry run, or the real import in one transaction), imports.list
 * and imports.undo. Records arrive already parsed (the adapters use @nexo/io); phone numbers are
 * normalised by a port, so the domain stays free of file formats and libraries.
 */
import { AppError, notFound } from '../errors.js';
import type { Clock, IdGenerator } from '../ports.js';
import { parseInput } from '../shared/validate.js';
import { runImport } from '../imports/pipeline.js';
import type { ImportStore, ImportUndoResult } from '../imports/ports.js';
import type { ImportReport } from '../imports/report.js';
import { importListQuerySchema, importOptionsSchema } from '../imports/schema.js';
import type { ImportBatch, ImportItem, PhoneNormalizer } from '../imports/types.js';
import type { RequestContext } from './context.js';

/**
 * imports.run: matches every record against who is already known (LinkedIn profile, e-mail, phone,
 * name + company) and creates, enriches or skips it. A dry run only reports. The real run is all
 * or nothing: one record that cannot be imported rolls everything back, unless `skipInvalid`, which
 * imports the rest and reports each failure. LinkedIn's "Connected On" becomes a `connection`
 * interaction, which the coach does not count as contact. Parsed items arrive in batches (see
 * `parseContactsBatches` in @nexo/io).
 * @throws AppError `validation_failed` for bad options, a file without contacts, or failed records
 *   (then `details.report` is the full report and nothing was written).
 */
export async function importContacts(
  deps: { imports: ImportStore; clock: Clock; ids: IdGenerator; normalizePhone: PhoneNormalizer },
  ctx: RequestContext,
  batches: AsyncIterable<readonly ImportItem[]>,
  input: unknown,
  options: { onProgress?: (progress: { records: number }) => void } = {},
): Promise<ImportReport> {
  const o = parseInput(importOptionsSchema, input);
  const runOptions = {
    batchId: deps.ids.next(),
    format: o.format,
    fileName: o.fileName ?? null,
    dryRun: o.dryRun,
    skipInvalid: o.skipInvalid,
    locale: ctx.locale,
    onProgress: options.onProgress,
  };
  return deps.imports.run(ctx.accountId, async (session) => {
    const report = await runImport(deps, session, batches, runOptions);
    // Records that went through (a record lost while parsing counts as failed but was never read as
    // a contact, so `records - failed` would undercount).
    const usable = report.created + report.updated + report.duplicates;
    if (report.records === 0 && report.failed === 0) {
      throw new AppError('validation_failed', 'No contacts were found in the file; nothing was imported.', {
        report: { ...report, batchId: null },
      });
    }
    if (report.failed > 0 && (usable <= 0 || (!o.skipInvalid && !o.dryRun))) {
      const what = `${report.failed} ${report.failed === 1 ? 'record' : 'records'} could not be imported`;
      throw new AppError(
        'validation_failed',
        usable <= 0
          ? `${what}; nothing was imported.`
          : `${what}, so nothing was imported (all or nothing). Fix them, or import the rest with skipInvalid.`,
        { report: { ...report, batchId: null } },
      );
    }
    return report;
  });
}

/** imports.list: recorded imports, newest first. */
export async function listImports(
  deps: { imports: ImportStore },
  ctx: RequestContext,
  query: unknown,
): Promise<{ items: ImportBatch[] }> {
  const { limit } = parseInput(importListQuerySchema, query ?? {});
  return { items: await deps.imports.list(ctx.accountId, limit) };
}

/**
 * imports.undo: removes the contacts an import created (with the interactions it created) and
 * restores the contacts it updated to their previous values.
 * @throws AppError `not_found`, `conflict` when the import was undone already.
 */
export async function undoImport(
  deps: { imports: ImportStore; clock: Clock },
  ctx: RequestContext,
  id: string,
): Promise<ImportUndoResult> {
  const batch = await deps.imports.get(ctx.accountId, id);
  if (!batch) throw notFound('import', id);
  if (batch.undoneAt) {
    throw new AppError('conflict', `Import ${id} was already undone on ${batch.undoneAt}.`, {
      id,
      undoneAt: batch.undoneAt,
    });
  }
  return deps.imports.undo(ctx.accountId, id, deps.clock.now().toISOString());
}
