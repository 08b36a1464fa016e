/**
 * Turns bytes into text: BOMs, UTF-16 with or without BOM, valid UTF-8 first, then a legacy charset
 * guessed by chardet (windows-1252, ISO-8859-x, Shift_JIS, ...) and decoded with iconv-lite.
 */
import chardet from 'chardet';
import iconv from 'iconv-lite';

const utf8Strict = new TextDecoder('utf-8', { fatal: true });

/** The encoding a byte-order mark announces, with the BOM's length; null without BOM. */
export function sniffBom(bytes: Uint8Array): { encoding: string; length: number } | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { encoding: 'utf-8', length: 3 };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { encoding: 'utf-16le', length: 2 };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { encoding: 'utf-16be', length: 2 };
  return null;
}

/** Guesses UTF-16 without BOM from the pattern of zero bytes that ASCII text leaves behind. */
export function sniffUtf16(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const n = Math.min(bytes.length, 4096) & ~1;
  if (n < 4) return null;
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenZeros++;
    if (bytes[i + 1] === 0) oddZeros++;
  }
  const pairs = n / 2;
  if (oddZeros > pairs * 0.3 && evenZeros < pairs * 0.05) return 'utf-16le';
  if (evenZeros > pairs * 0.3 && oddZeros < pairs * 0.05) return 'utf-16be';
  return null;
}

/** True when the bytes are well-formed UTF-8. */
export function isValidUtf8(bytes: Uint8Array): boolean {
  try {
    utf8Strict.decode(bytes);
    return true;
  } catch {
    return false;
  }
}

/** The canonical lower-case name of a charset label, or null when iconv-lite does not know it. */
export function canonicalCharset(label: string): string | null {
  const l = label.trim().toLowerCase().replace(/^x-/, '');
  if (l === 'utf8' || l === 'utf-8') return 'utf-8';
  if (l === 'us-ascii' || l === 'ascii') return 'utf-8';
  if (l === 'iso-8859-1' || l === 'latin1' || l === 'latin-1') return 'windows-1252';
  if (l === 'sjis' || l === 'shift-jis' || l === 'shift_jis' || l === 'ms_kanji') return 'shift_jis';
  return iconv.encodingExists(l) ? l : null;
}

/** Guesses the legacy charset of bytes that are not UTF-8. */
export function guessLegacyCharset(bytes: Uint8Array): string {
  const sample = bytes.length > 65536 ? bytes.subarray(0, 65536) : bytes;
  const matches = chardet.analyse(sample);
  for (const m of matches) {
    const name = canonicalCharset(m.name);
    if (name && name !== 'utf-8' && !name.startsWith('utf-16') && !name.startsWith('utf-32')) {
      // ISO-8859-1 is read as windows-1252, its superset for the printable range.
      return name;
    }
  }
  return 'windows-1252';
}

/**
 * Decodes UTF-8, replacing each byte of a malformed sequence by its windows-1252 reading instead of
 * U+FFFD, so a stray Latin-1 byte in a UTF-8 file still shows the character the writer meant.
 */
export function decodeUtf8Lenient(bytes: Uint8Array): { text: string; valid: boolean } {
  try {
    return { text: utf8Strict.decode(bytes), valid: true };
  } catch {
    // fall through to the byte walk
  }
  let out = '';
  let start = 0;
  let i = 0;
  const flush = (end: number) => {
    if (end > start) out += utf8Strict.decode(bytes.subarray(start, end));
  };
  while (i < bytes.length) {
    const len = utf8SequenceLength(bytes, i);
    if (len > 0) {
      i += len;
      continue;
    }
    flush(i);
    out += iconv.decode(bytes.subarray(i, i + 1), 'windows-1252');
    i += 1;
    start = i;
  }
  flush(i);
  return { text: out, valid: false };
}

function utf8SequenceLength(b: Uint8Array, i: number): number {
  const c = b[i] ?? 0;
  if (c < 0x80) return 1;
  const cont = (k: number) => {
    const x = b[i + k];
    return x !== undefined && (x & 0xc0) === 0x80;
  };
  if (c >= 0xc2 && c <= 0xdf) return cont(1) ? 2 : 0;
  if (c >= 0xe0 && c <= 0xef) return cont(1) && cont(2) ? 3 : 0;
  if (c >= 0xf0 && c <= 0xf4) return cont(1) && cont(2) && cont(3) ? 4 : 0;
  return 0;
}

/** Decodes bytes in a known charset (UTF-8 leniently); unknown charsets fall back to guessing. */
export function decodeWithCharset(bytes: Uint8Array, charset: string): string {
  const name = canonicalCharset(charset) ?? 'utf-8';
  if (name === 'utf-8') return decodeUtf8Lenient(bytes).text;
  return iconv.decode(bytes, name);
}

/**
 * Decodes a whole file: a BOM wins, then UTF-16 without BOM, then the hint, then valid UTF-8, then
 * the charset chardet finds (windows-1252 when unsure).
 * @example decodeText(bytes).text
 */
export function decodeText(bytes: Uint8Array, encodingHint?: string): { text: string; encoding: string } {
  const encoding = detectEncoding(bytes, encodingHint);
  const bom = sniffBom(bytes);
  const body = bom && bom.encoding === encoding ? bytes.subarray(bom.length) : bytes;
  if (encoding === 'utf-8') return { text: decodeUtf8Lenient(body).text, encoding };
  return { text: iconv.decode(body, encoding, { stripBOM: true }), encoding };
}

/** The encoding `decodeText` would use for these bytes. */
export function detectEncoding(bytes: Uint8Array, encodingHint?: string): string {
  const bom = sniffBom(bytes);
  if (bom) return bom.encoding;
  const utf16 = sniffUtf16(bytes);
  if (utf16) return utf16;
  const hinted = encodingHint ? canonicalCharset(encodingHint) : null;
  if (hinted) return hinted;
  if (isValidUtf8(bytes)) return 'utf-8';
  return guessLegacyCharset(bytes);
}
