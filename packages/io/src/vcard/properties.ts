/**
 * vCard properties: name, group and parameters (quoted values with ':' and ';', RFC 6868 carets,
 * vCard 2.1 bare parameters), value decoding (quoted-printable, base64, CHARSET) and text escapes.
 */
import { decodeUtf8Lenient, decodeWithCharset, isValidUtf8 } from '../decode.js';
import type { ContentLine } from './lines.js';

/** A parsed content line. Parameter names are upper-case; values keep their case. */
export interface Property {
  group: string | null;
  /** Upper-case property name, e.g. 'EMAIL', 'X-ABLABEL'. */
  name: string;
  params: Map<string, string[]>;
  /** Raw value bytes, still encoded (quoted-printable, base64) and escaped. */
  value: Uint8Array;
  line: number;
}

const bareEncodings = new Set(['QUOTED-PRINTABLE', 'BASE64', 'B', '8BIT', '7BIT']);
const utf8 = new TextDecoder('utf-8');

/** Parses one content line; null when it has no ':' or no valid name (a junk line). */
export function parseProperty(cl: ContentLine): Property | null {
  const b = cl.bytes;
  let colon = -1;
  let quoted = false;
  for (let i = 0; i < b.length; i++) {
    const c = b[i];
    if (c === 0x22) quoted = !quoted;
    else if (c === 0x3a && !quoted) {
      colon = i;
      break;
    }
  }
  if (colon < 0) return null;
  const head = decodeUtf8Lenient(b.subarray(0, colon)).text;
  const pieces = splitOutsideQuotes(head, ';');
  const fullName = (pieces.shift() ?? '').trim();
  const m = /^(?:([A-Za-z0-9_-]+)\.)?([A-Za-z0-9_-]+)$/.exec(fullName);
  if (!m?.[2]) return null;
  const params = new Map<string, string[]>();
  const add = (k: string, v: string[]) => params.set(k, [...(params.get(k) ?? []), ...v]);
  for (const piece of pieces) {
    const eq = piece.indexOf('=');
    if (eq < 0) {
      const bare = piece.trim().toUpperCase();
      if (!bare) continue;
      add(bareEncodings.has(bare) ? 'ENCODING' : 'TYPE', [bare]);
      continue;
    }
    const key = piece.slice(0, eq).trim().toUpperCase();
    const values = splitOutsideQuotes(piece.slice(eq + 1), ',').map((v) => decodeCaret(unquote(v.trim())));
    add(key, key === 'TYPE' ? values.flatMap((v) => v.split(',')) : values);
  }
  return { group: m[1] ?? null, name: m[2].toUpperCase(), params, value: b.subarray(colon + 1), line: cl.line };
}

function splitOutsideQuotes(s: string, sep: string): string[] {
  const out: string[] = [];
  let cur = '';
  let quoted = false;
  for (const ch of s) {
    if (ch === '"') quoted = !quoted;
    if (ch === sep && !quoted) {
      out.push(cur);
      cur = '';
    } else cur += ch;
  }
  out.push(cur);
  return out;
}

const unquote = (v: string) => (v.length >= 2 && v.startsWith('"') && v.endsWith('"') ? v.slice(1, -1) : v);

/** RFC 6868 parameter escapes: ^n newline, ^' double quote, ^^ caret. */
function decodeCaret(v: string): string {
  return v.replace(/\^(n|N|'|\^)/g, (_, c: string) => (c === "'" ? '"' : c === '^' ? '^' : '\n'));
}

/** The first value of a parameter, or undefined. */
export function param(p: Property, key: string): string | undefined {
  return p.params.get(key)?.[0];
}

/** True when TYPE (or a bare 2.1 parameter) includes the given type, case-insensitively. */
export function hasType(p: Property, type: string): boolean {
  const t = type.toUpperCase();
  return (p.params.get('TYPE') ?? []).some((v) => v.toUpperCase() === t) || p.params.has(t);
}

/** The transfer encoding of a value: 'qp', 'base64' or null. */
export function encodingOf(p: Property): 'qp' | 'base64' | null {
  const e = (param(p, 'ENCODING') ?? '').toUpperCase();
  if (e === 'QUOTED-PRINTABLE') return 'qp';
  if (e === 'B' || e === 'BASE64') return 'base64';
  return null;
}

/** Decodes quoted-printable bytes (soft breaks are already joined by the unfolder). */
export function decodeQuotedPrintable(b: Uint8Array): Uint8Array {
  const out = new Uint8Array(b.length);
  let o = 0;
  for (let i = 0; i < b.length; i++) {
    const c = b[i] ?? 0;
    if (c === 0x3d) {
      const hex = String.fromCharCode(b[i + 1] ?? 0, b[i + 2] ?? 0);
      if (/^[0-9A-Fa-f]{2}$/.test(hex)) {
        out[o++] = parseInt(hex, 16);
        i += 2;
        continue;
      }
      if (i === b.length - 1) continue; // a trailing soft break with nothing after it
    }
    out[o++] = c;
  }
  return out.subarray(0, o);
}

/** Decodes base64 text, ignoring white space; null when it is not base64. */
export function decodeBase64(text: string): Uint8Array | null {
  const clean = text.replace(/\s+/g, '');
  if (!clean || !/^[A-Za-z0-9+/_-]+={0,2}$/.test(clean)) return null;
  return new Uint8Array(Buffer.from(clean, 'base64'));
}

/** Result of reading a value as text: the text and whether its bytes were not valid in the charset. */
export interface DecodedValue {
  text: string;
  badEncoding: boolean;
}

/**
 * Reads a property value as text: undoes quoted-printable (or base64), then decodes the bytes with
 * the CHARSET parameter or the file's charset. Escapes are left for `unescapeText`.
 */
export function valueText(p: Property, fileCharset: string): DecodedValue {
  let bytes = p.value;
  const enc = encodingOf(p);
  if (enc === 'qp') bytes = decodeQuotedPrintable(bytes);
  else if (enc === 'base64' && !isBinaryProperty(p.name)) bytes = decodeBase64(utf8.decode(bytes)) ?? bytes;
  const declared = param(p, 'CHARSET');
  // Without a CHARSET parameter, bytes that are valid UTF-8 are UTF-8 (legacy text rarely is).
  if (!declared && fileCharset.toLowerCase() !== 'utf-8' && isValidUtf8(bytes))
    return { text: decodeUtf8Lenient(bytes).text, badEncoding: false };
  const charset = declared ?? fileCharset;
  const lower = charset.toLowerCase();
  if (lower === 'utf-8' || lower === 'utf8' || lower === 'us-ascii') {
    const d = decodeUtf8Lenient(bytes);
    return { text: d.text, badEncoding: !d.valid };
  }
  return { text: decodeWithCharset(bytes, charset), badEncoding: false };
}

const binaryProperties = new Set(['PHOTO', 'LOGO', 'SOUND', 'KEY']);
const isBinaryProperty = (name: string) => binaryProperties.has(name);

/**
 * Undoes vCard 3.0/4.0 text escapes: \n \N newline, \\ \, \; \: and \" literal. Unknown escapes
 * (Outlook writes a few) keep their backslash so nothing is lost.
 */
export function unescapeText(s: string): string {
  return s.replace(/\\(\r\n|[nN\\,;:"]|.)?/g, (whole, c: string | undefined) => {
    if (c === undefined) return '\\';
    if (c === 'n' || c === 'N' || c === '\r\n') return '\n';
    if (c === '\\' || c === ',' || c === ';' || c === ':' || c === '"') return c;
    return whole;
  });
}

/**
 * Splits a value on an unescaped separator (';' for N/ADR/ORG, ',' for lists) and unescapes each
 * part. vCard 2.1 only escapes '\;' (and, in practice, '\\', '\:' and '\n').
 */
export function splitValue(s: string, sep: ';' | ',', version: string): string[] {
  const parts: string[] = [];
  let cur = '';
  for (let i = 0; i < s.length; i++) {
    const ch = s[i] ?? '';
    if (ch === '\\' && i + 1 < s.length) {
      cur += ch + (s[i + 1] ?? '');
      i++;
    } else if (ch === sep) {
      parts.push(cur);
      cur = '';
    } else cur += ch;
  }
  parts.push(cur);
  return parts.map((p) => (version === '2.1' ? unescape21(p) : unescapeText(p)));
}

/** vCard 2.1 escapes inside structured values. */
function unescape21(s: string): string {
  return s.replace(/\\([\\;:,nN])/g, (_, c: string) => (c === 'n' || c === 'N' ? '\n' : c));
}
