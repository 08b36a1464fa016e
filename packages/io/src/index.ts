/**
 * @nexo/io: contact file formats. Bytes in, records out (vCard 2.1/3.0/4.0, LinkedIn, Google,
 * Outlook and Thunderbird CSV, nexo JSON); records in, bytes out (vCard, CSV). No database, no HTTP.
 */
export type {
  ExportableContact,
  ImportedContact,
  ImportFormat,
  ImportProblem,
  ImportSource,
  ParseResult,
  StreamItem,
} from './types.js';
export { decodeText } from './decode.js';
export { detectFormat } from './detect.js';
export { parseContacts, type ParseOptions } from './parse.js';
export { parseContactsBatches, parseContactsStream } from './stream.js';
export { peekChunks, type PeekedChunks } from './peek.js';
export { writeVCard } from './vcard/write.js';
export { writeContactsCsv } from './csv/write.js';
export { normalizePhone } from './phone.js';
export { normalizeLinkedinUrl } from './linkedin-url.js';
