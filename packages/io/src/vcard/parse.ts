/**
 * Reads vCard files into contacts: cards are delimited by BEGIN/END (nested cards become their own
 * records and never swallow the outer one), broken structure is recovered and reported by line.
 */
import iconv from 'iconv-lite';
import { canonicalCharset, guessLegacyCharset, isValidUtf8, sniffBom, sniffUtf16 } from '../decode.js';
import { importProblemText, type MessageParams } from '@nexo/core';
import { finishDraft } from '../draft.js';
import type { ImportProblem, ParseResult, StreamItem } from '../types.js';
import { LineSplitter, Unfolder, type ContentLine } from './lines.js';
import { parseProperty } from './properties.js';
import { cardToDraft, type Card } from './to-contact.js';

const latin1 = new TextDecoder('latin1');

/** Turns cards (as content lines) into contacts and problems, in record order. */
export class VCardReader {
  private stack: Card[] = [];
  private finished: Card[] = [];
  private record = 0;
  /** Names of properties that were not mapped, over the whole file. */
  readonly dropped = new Set<string>();

  constructor(private readonly fileCharset: string) {}

  /** Feeds one content line. */
  push(cl: ContentLine): StreamItem[] {
    const out: StreamItem[] = [];
    const current = this.stack[this.stack.length - 1];
    if (cl.comment) {
      out.push(this.problem(current?.record ?? null, cl.line, 'warning', 'comment-line', 'commentLine', {}));
      return out;
    }
    const p = parseProperty(cl);
    if (!p) {
      const preview = latin1.decode(cl.bytes.subarray(0, 40));
      out.push(this.problem(current?.record ?? null, cl.line, 'warning', 'junk-line', 'junkLine', { preview }));
      return out;
    }
    const value = p.name === 'BEGIN' || p.name === 'END' ? latin1.decode(p.value).trim().toUpperCase() : '';
    if (p.name === 'BEGIN' && value === 'VCARD') {
      if (current) {
        out.push(this.problem(current.record, p.line, 'warning', 'nested-card', 'nestedCard', { outer: current.line }));
      }
      this.stack.push({ record: ++this.record, line: p.line, props: [] });
      return out;
    }
    if (p.name === 'END' && value === 'VCARD') {
      const card = this.stack.pop();
      if (!card) {
        out.push(this.problem(null, p.line, 'warning', 'missing-begin', 'endWithoutBegin', {}));
        return out;
      }
      this.finished.push(card);
      if (this.stack.length === 0) out.push(...this.emitFinished());
      return out;
    }
    if (!current) {
      if (p.name === 'BEGIN' || p.name === 'END') {
        out.push(this.problem(null, p.line, 'warning', 'junk-line', 'outsideCard', { property: `${p.name}:${value}` }));
        return out;
      }
      const card: Card = { record: ++this.record, line: p.line, props: [p] };
      this.stack.push(card);
      out.push(this.problem(card.record, p.line, 'warning', 'missing-begin', 'missingBegin', { property: p.name }));
      return out;
    }
    current.props.push(p);
    return out;
  }

  /** Closes what is still open at the end of the input (each with a 'missing-end' problem). */
  end(): StreamItem[] {
    const out: StreamItem[] = [];
    while (this.stack.length > 0) {
      const card = this.stack.pop();
      if (!card) break;
      out.push(this.problem(card.record, card.line, 'error', 'missing-end', 'missingEnd', {}));
      this.finished.push(card);
    }
    out.push(...this.emitFinished());
    return out;
  }

  private emitFinished(): StreamItem[] {
    const out: StreamItem[] = [];
    const cards = this.finished.sort((a, b) => a.record - b.record);
    this.finished = [];
    for (const card of cards) out.push(...this.cardItems(card));
    return out;
  }

  private cardItems(card: Card): StreamItem[] {
    const out: StreamItem[] = [];
    const meaningful = card.props.filter((p) => p.name !== 'VERSION');
    if (meaningful.length === 0) {
      return [this.problem(card.record, card.line, 'warning', 'empty-card', 'emptyCard', {})];
    }
    if (!card.props.some((p) => p.name === 'VERSION')) {
      out.push(this.problem(card.record, card.line, 'warning', 'missing-version', 'missingVersion', {}));
    }
    const { draft, dropped } = cardToDraft(card, this.fileCharset);
    for (const name of dropped) this.dropped.add(name);
    const { contact, problems } = finishDraft(draft, { format: 'vcard', record: card.record, line: card.line });
    out.push({ contact }, ...problems.map((problem) => ({ problem })));
    return out;
  }

  private problem(
    record: number | null,
    line: number | null,
    severity: ImportProblem['severity'],
    code: string,
    key: string,
    params: MessageParams,
  ): StreamItem {
    return { problem: { record, line, severity, code, ...importProblemText(key, params) } };
  }
}

/**
 * Prepares vCard bytes: UTF-16 (with or without BOM) is transcoded to UTF-8 so that line handling
 * works on bytes; the UTF-8 BOM is removed. Returns the bytes and the file's charset for values
 * without a CHARSET parameter.
 */
export function prepareVCardBytes(
  bytes: Uint8Array,
  encodingHint?: string,
): { bytes: Uint8Array; encoding: string; charset: string } {
  const bom = sniffBom(bytes);
  const utf16 = bom?.encoding.startsWith('utf-16') ? bom.encoding : sniffUtf16(bytes);
  if (utf16) {
    const text = iconv.decode(bytes, utf16, { stripBOM: true });
    return { bytes: new TextEncoder().encode(text), encoding: utf16, charset: 'utf-8' };
  }
  const body = bom ? bytes.subarray(bom.length) : bytes;
  if (encodingHint) return { bytes: body, encoding: encodingHint.toLowerCase(), charset: encodingHint };
  const charset = isValidUtf8(withoutFolds(body)) ? 'utf-8' : (declaredCharset(body) ?? guessLegacyCharset(body));
  return { bytes: body, encoding: charset, charset };
}

/** The bytes with line folds (line end + space or TAB) removed, to judge the charset of unfolded values. */
export function withoutFolds(b: Uint8Array): Uint8Array {
  const out = new Uint8Array(b.length);
  let o = 0;
  for (let i = 0; i < b.length; i++) {
    const c = b[i] ?? 0;
    if (c === 0x0d || c === 0x0a) {
      let j = i;
      while (b[j] === 0x0d) j++;
      if (b[j] === 0x0a) j++;
      if (b[j] === 0x20 || b[j] === 0x09) {
        i = j;
        continue;
      }
    }
    out[o++] = c;
  }
  return out.subarray(0, o);
}

/** The legacy charset most CHARSET parameters of a file declare (8-bit files only), or null. */
export function declaredCharset(bytes: Uint8Array): string | null {
  const counts = new Map<string, number>();
  const text = latin1.decode(bytes.length > 262144 ? bytes.subarray(0, 262144) : bytes);
  for (const m of text.matchAll(/;CHARSET=([A-Za-z0-9_.:-]+)/gi)) {
    const name = canonicalCharset(m[1] ?? '');
    if (name && name !== 'utf-8') counts.set(name, (counts.get(name) ?? 0) + 1);
  }
  const best = [...counts.entries()].sort((a, b) => b[1] - a[1])[0];
  return best ? best[0] : null;
}

/** Parses a whole vCard file. Never throws on bad input: problems explain what was recovered. */
export function parseVCard(input: Uint8Array, encodingHint?: string): ParseResult {
  const { bytes, encoding, charset } = prepareVCardBytes(input, encodingHint);
  const splitter = new LineSplitter();
  const unfolder = new Unfolder();
  const reader = new VCardReader(charset);
  const items: StreamItem[] = [];
  const feed = (cls: ContentLine[]) => {
    for (const cl of cls) items.push(...reader.push(cl));
  };
  for (const pl of splitter.push(bytes)) feed(unfolder.push(pl));
  for (const pl of splitter.end()) feed(unfolder.push(pl));
  feed(unfolder.end());
  items.push(...reader.end());
  return collect('vcard', encoding, items, [...reader.dropped]);
}

/** Gathers stream items into a ParseResult. */
export function collect(
  format: ParseResult['format'],
  encoding: string,
  items: StreamItem[],
  dropped: string[],
): ParseResult {
  const result: ParseResult = { format, encoding, contacts: [], problems: [], dropped };
  for (const item of items) {
    if (item.contact) result.contacts.push(item.contact);
    if (item.problem) result.problems.push(item.problem);
  }
  return result;
}
