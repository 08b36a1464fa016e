/** The one entry point for whole files: detect (or take) the format, then hand over to its reader. */
import { parseCsv } from './csv/read.js';
import { detectFormat } from './detect.js';
import { parseJsonContacts } from './json.js';
import type { ImportFormat, ParseResult } from './types.js';
import { parseVCard } from './vcard/parse.js';

/** Options of `parseContacts`. */
export interface ParseOptions {
  /** The format, or 'auto' (the default) to detect it from the content and the file name. */
  format?: ImportFormat | 'auto' | undefined;
  /** The text encoding, when the user knows better than detection. */
  encoding?: string | undefined;
  /** The file name, a hint for detection. */
  fileName?: string | undefined;
}

/**
 * Parses a contacts file into contacts, problems and the list of columns/properties not mapped.
 * Never throws on bad input: what cannot be read becomes a problem naming the record and line.
 * @example parseContacts(await readFile('contacts.vcf')).contacts[0].name
 */
export function parseContacts(bytes: Uint8Array, options: ParseOptions = {}): ParseResult {
  const format =
    !options.format || options.format === 'auto' ? detectFormat(bytes, options.fileName).format : options.format;
  switch (format) {
    case 'vcard':
      return parseVCard(bytes, options.encoding);
    case 'json':
      return parseJsonContacts(bytes, options.encoding);
    default:
      return parseCsv(bytes, format, options.encoding);
  }
}
