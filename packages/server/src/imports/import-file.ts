/**
 * The import door shared by the API and the CLI: bytes (a stream or a whole buffer) go through
 * @nexo/io's streaming parser, with the format detected from the first 64 KiB unless given, into
 * core's `imports.run`. Memory stays bounded by a chunk of records, not by the file.
 */
import { importContacts, type ImportFormat, type ImportReport, type RequestContext } from '@nexo/core';
import { detectFormat, parseContactsBatches, peekChunks } from '@nexo/io';
import type { Services } from '../runtime.js';

const SAMPLE_BYTES = 65_536;
const SLICE_BYTES = 262_144;

export interface ImportFileOptions {
  /** A format, or 'auto' (the default) to detect it from the content and the file name. */
  format?: ImportFormat | 'auto' | undefined;
  fileName?: string | null | undefined;
  dryRun?: boolean | undefined;
  skipInvalid?: boolean | undefined;
  /** Called after each chunk of records, with the bytes read so far. */
  onProgress?: ((progress: { records: number; bytes: number }) => void) | undefined;
}

/**
 * Imports a contacts file. See `importContacts` for what happens to each record.
 * @throws AppError `validation_failed` (nothing imported; `details.report` when records were read).
 * @example await importFile(services, ctx, createReadStream('Connections.csv'), { fileName: 'Connections.csv' })
 */
export async function importFile(
  services: Pick<Services, 'imports' | 'clock' | 'ids' | 'normalizePhone'>,
  ctx: RequestContext,
  source: AsyncIterable<Uint8Array> | Uint8Array,
  options: ImportFileOptions = {},
): Promise<ImportReport> {
  const peeked = await peekChunks(source instanceof Uint8Array ? slices(source) : source, SAMPLE_BYTES);
  const format =
    options.format && options.format !== 'auto'
      ? options.format
      : detectFormat(peeked.head, options.fileName ?? undefined).format;
  let bytes = 0;
  async function* counted(): AsyncGenerator<Uint8Array> {
    for await (const chunk of peeked.chunks) {
      bytes += chunk.length;
      yield chunk;
    }
  }
  const onProgress = options.onProgress;
  return importContacts(
    services,
    ctx,
    parseContactsBatches(counted(), { format }),
    {
      format,
      fileName: options.fileName ?? null,
      dryRun: options.dryRun ?? false,
      skipInvalid: options.skipInvalid ?? false,
    },
    onProgress ? { onProgress: ({ records }) => onProgress({ records, bytes }) } : {},
  );
}

async function* slices(bytes: Uint8Array): AsyncGenerator<Uint8Array> {
  for (let i = 0; i < bytes.length; i += SLICE_BYTES) yield bytes.subarray(i, i + SLICE_BYTES);
}
