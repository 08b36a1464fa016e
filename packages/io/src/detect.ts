/**
 * Format detection by content: vCard BEGIN lines, JSON arrays, and the header signatures of the
 * LinkedIn, Google, Outlook and Thunderbird CSV exports; the file name is only a hint.
 */
import { classifyCsvRows } from './csv/read.js';
import { detectDelimiter, readCsvRows } from './csv/dialect.js';
import { decodeText, detectEncoding } from './decode.js';
import type { ImportFormat } from './types.js';

/**
 * Detects the format and encoding of a contacts file. Confidence is 1 for an unmistakable
 * signature, lower when the file name or a generic CSV header decided.
 * @example detectFormat(bytes, 'Connections.csv') // { format: 'linkedin', encoding: 'utf-8', confidence: 1 }
 */
export function detectFormat(
  bytes: Uint8Array,
  fileName?: string,
): { format: ImportFormat; encoding: string; confidence: number } {
  const sample = bytes.length > 65536 ? bytes.subarray(0, 65536) : bytes;
  const encoding = detectEncoding(bytes.length > 262144 ? bytes.subarray(0, 262144) : bytes);
  const { text } = decodeText(sample, encoding);
  const head = text.replace(/^\uFEFF/, '').trimStart();
  const name = (fileName ?? '').toLowerCase();
  if (/^BEGIN:VCARD/i.test(head) || /^BEGIN:VCARD\s*$/im.test(head.slice(0, 4096)))
    return { format: 'vcard', encoding, confidence: 1 };
  if (head.startsWith('[') || head.startsWith('{'))
    return { format: 'json', encoding, confidence: name.endsWith('.json') ? 1 : 0.8 };
  if (/\.(vcf|vcard)$/.test(name)) return { format: 'vcard', encoding, confidence: 0.5 };
  // Cut the sample at its last line end so that a partial row does not confuse the CSV reader.
  const cut = text.length === sample.length ? text : text.slice(0, Math.max(text.lastIndexOf('\n'), 0));
  let rows: string[][] = [];
  try {
    rows = readCsvRows(cut, detectDelimiter(cut))
      .slice(0, 20)
      .map((r) => r.cells);
  } catch {
    rows = [];
  }
  const found = classifyCsvRows(rows);
  if (found) return { format: found.csv.format, encoding, confidence: found.score >= 2 ? 1 : 0.8 };
  if (/^notes:/i.test(head) || name.includes('connections')) return { format: 'linkedin', encoding, confidence: 0.5 };
  if (name.includes('google')) return { format: 'google', encoding, confidence: 0.4 };
  if (name.includes('thunderbird')) return { format: 'thunderbird', encoding, confidence: 0.4 };
  return { format: 'outlook', encoding, confidence: 0.2 };
}
