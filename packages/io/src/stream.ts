/**
 * Streaming import for big files: contacts and problems come in file order while the input is read
 * chunk by chunk, so memory stays bounded by a chunk and the largest record, not the file. They come
 * in batches (the records of one chunk of input): an import then awaits once per chunk, not once per
 * record.
 */
import iconv from 'iconv-lite';
import { classifyCsvRows, csvFormatFor } from './csv/read.js';
import { detectDelimiter, readCsvRows, readCsvRowsStream } from './csv/dialect.js';
import { CsvContactReader } from './csv/table.js';
import { outlookCsv } from './csv/outlook.js';
import { decodeText, detectEncoding, guessLegacyCharset, isValidUtf8 } from './decode.js';
import { detectFormat } from './detect.js';
import { parseJsonContacts } from './json.js';
import { peekChunks } from './peek.js';
import type { ImportFormat, StreamItem } from './types.js';
import { concat, LineSplitter, Unfolder } from './vcard/lines.js';
import { declaredCharset, VCardReader, withoutFolds } from './vcard/parse.js';

const sampleSize = 65536;

/**
 * Parses a contacts file from a stream of byte chunks (e.g. `fs.createReadStream(path)`), yielding
 * `{ contact }` and `{ problem }` items in order. The format and encoding are detected from the
 * first 64 KiB unless given. See `parseContactsBatches` for the same items a batch at a time.
 */
export async function* parseContactsStream(
  source: AsyncIterable<Uint8Array>,
  options: { format?: ImportFormat; encoding?: string } = {},
): AsyncIterable<StreamItem> {
  for await (const batch of parseContactsBatches(source, options)) yield* batch;
}

/** `parseContactsStream`, a batch of items (never empty) per chunk of input. */
export async function* parseContactsBatches(
  source: AsyncIterable<Uint8Array>,
  options: { format?: ImportFormat; encoding?: string } = {},
): AsyncIterable<StreamItem[]> {
  const { head: first, complete, chunks } = await peekChunks(source, sampleSize);
  const format = options.format ?? detectFormat(first).format;
  if (format === 'json') {
    const parts: Uint8Array[] = [];
    for await (const c of chunks) parts.push(c);
    const result = parseJsonContacts(concat(parts), options.encoding);
    const items: StreamItem[] = [
      ...result.contacts.map((contact) => ({ contact })),
      ...result.problems.map((problem) => ({ problem })),
    ];
    for (let i = 0; i < items.length; i += JSON_BATCH) yield items.slice(i, i + JSON_BATCH);
    return;
  }
  if (format === 'vcard') {
    yield* streamVCard(first, chunks, options.encoding);
    return;
  }
  const encoding = options.encoding ?? detectEncoding(first);
  const sampleText = decodeText(first, encoding).text;
  const cut = complete ? sampleText : sampleText.slice(0, Math.max(sampleText.lastIndexOf('\n'), 0));
  const delimiter = detectDelimiter(cut);
  const csv = options.format
    ? csvFormatFor(options.format)
    : (classifyCsvRows(readCsvRows(cut, delimiter).map((r) => r.cells))?.csv ?? outlookCsv);
  const reader = new CsvContactReader(csv);
  // Rows before the header (a preamble) come from the sample; the stream starts at the header.
  const sampleRows = readCsvRows(cut, delimiter);
  const header = sampleRows.slice(0, 20).find((r) => csv.scoreHeader(r.cells) > 0);
  const skip = header ? header.line - 1 : 0;
  const preamble: StreamItem[] = [];
  for (const row of sampleRows) {
    if (row.line > skip) break;
    preamble.push(...reader.push(row));
  }
  if (preamble.length > 0) yield preamble;
  for await (const rows of readCsvRowsStream(decodeChunks(chunks, encoding), delimiter, skip)) {
    const batch: StreamItem[] = [];
    for (const row of rows) for (const item of reader.push(row)) batch.push(item);
    if (batch.length > 0) yield batch;
  }
  const rest = [...reader.end()];
  if (rest.length > 0) yield rest;
}

/** Items per batch of a JSON file, which is read whole. */
const JSON_BATCH = 1000;

async function* decodeChunks(chunks: AsyncIterable<Uint8Array>, encoding: string): AsyncGenerator<string> {
  const decoder = iconv.getDecoder(encoding, { stripBOM: true });
  for await (const c of chunks) {
    const s = decoder.write(Buffer.from(c.buffer, c.byteOffset, c.byteLength));
    if (s) yield s;
  }
  const rest = decoder.end();
  if (rest) yield rest;
}

async function* streamVCard(
  first: Uint8Array,
  chunks: AsyncIterable<Uint8Array>,
  hint?: string,
): AsyncGenerator<StreamItem[]> {
  const enc = hint ? hint.toLowerCase() : detectEncoding(first);
  let bytes: AsyncIterable<Uint8Array> = chunks;
  let charset = hint ?? 'utf-8';
  if (enc.startsWith('utf-16')) {
    bytes = reencode(chunks, enc);
  } else if (!hint) {
    // Ignore a multi-byte character cut at the end of the sample.
    const sample = first.subarray(0, Math.max(first.length - 3, 0));
    charset = isValidUtf8(withoutFolds(sample)) ? 'utf-8' : (declaredCharset(first) ?? guessLegacyCharset(first));
  }
  const splitter = new LineSplitter();
  const unfolder = new Unfolder();
  const reader = new VCardReader(charset);
  let firstChunk = true;
  for await (let chunk of bytes) {
    if (firstChunk && chunk[0] === 0xef && chunk[1] === 0xbb && chunk[2] === 0xbf) chunk = chunk.subarray(3);
    firstChunk = false;
    const batch: StreamItem[] = [];
    for (const pl of splitter.push(chunk)) for (const cl of unfolder.push(pl)) batch.push(...reader.push(cl));
    if (batch.length > 0) yield batch;
  }
  const rest: StreamItem[] = [];
  for (const pl of splitter.end()) for (const cl of unfolder.push(pl)) rest.push(...reader.push(cl));
  for (const cl of unfolder.end()) rest.push(...reader.push(cl));
  rest.push(...reader.end());
  if (rest.length > 0) yield rest;
}

async function* reencode(chunks: AsyncIterable<Uint8Array>, encoding: string): AsyncGenerator<Uint8Array> {
  const encoder = new TextEncoder();
  for await (const s of decodeChunks(chunks, encoding)) yield encoder.encode(s);
}
