/**
 * vCard lines at the byte level: physical line splitting (LF, CRLF, CR CR LF, old-Mac CR) and
 * unfolding (folds, quoted-printable soft breaks, bare base64 blocks) BEFORE any charset decoding,
 * so a fold that splits a multi-byte character joins back into the right bytes.
 */

/** One physical line, without its line end. */
export interface PhysicalLine {
  bytes: Uint8Array;
  /** 1-based line number. */
  line: number;
}

/** One logical (unfolded) line, or a '#' comment line that readers skip. */
export interface ContentLine {
  bytes: Uint8Array;
  /** 1-based line where the logical line starts. */
  line: number;
  comment?: boolean;
}

const LF = 0x0a;
const CR = 0x0d;

/**
 * Splits a byte stream into physical lines. LF ends a line and any CRs before it belong to the
 * line end (CRLF, CR CR LF); a lone CR inside a line is kept as data, except in files that have no
 * LF at all (classic Mac OS), where CR ends lines.
 */
export class LineSplitter {
  private pending: Uint8Array[] = [];
  private pendingLength = 0;
  private line = 0;
  private crMode: boolean | null = null;

  /** Feeds a chunk; returns the lines it completes. */
  push(chunk: Uint8Array): PhysicalLine[] {
    if (this.crMode === null) this.crMode = !chunk.includes(LF) && chunk.includes(CR);
    const out: PhysicalLine[] = [];
    const sep = this.crMode ? CR : LF;
    let start = 0;
    for (let i = chunk.indexOf(sep); i !== -1; i = chunk.indexOf(sep, start)) {
      const piece = chunk.subarray(start, i);
      const whole = this.take(piece);
      out.push({ bytes: this.crMode ? whole : trimTrailingCr(whole), line: ++this.line });
      start = i + 1;
    }
    if (start < chunk.length) {
      const rest = chunk.slice(start);
      this.pending.push(rest);
      this.pendingLength += rest.length;
    }
    return out;
  }

  /** Flushes the last line when the input does not end with a line end. */
  end(): PhysicalLine[] {
    if (this.pendingLength === 0) return [];
    const whole = this.take(new Uint8Array(0));
    return [{ bytes: trimTrailingCr(whole), line: ++this.line }];
  }

  private take(piece: Uint8Array): Uint8Array {
    if (this.pending.length === 0) return piece;
    const whole = concat([...this.pending, piece]);
    this.pending = [];
    this.pendingLength = 0;
    return whole;
  }
}

function trimTrailingCr(b: Uint8Array): Uint8Array {
  let end = b.length;
  while (end > 0 && b[end - 1] === CR) end--;
  return end === b.length ? b : b.subarray(0, end);
}

/** Concatenates byte arrays. */
export function concat(parts: Uint8Array[]): Uint8Array {
  if (parts.length === 1 && parts[0]) return parts[0];
  let n = 0;
  for (const p of parts) n += p.length;
  const out = new Uint8Array(n);
  let o = 0;
  for (const p of parts) {
    out.set(p, o);
    o += p.length;
  }
  return out;
}

const latin1 = new TextDecoder('latin1');

/** The part of a line before the first unquoted ':' (name and parameters), read as ASCII. */
export function headOf(bytes: Uint8Array): string | null {
  let quoted = false;
  for (let i = 0; i < bytes.length; i++) {
    const c = bytes[i];
    if (c === 0x22) quoted = !quoted;
    else if (c === 0x3a && !quoted) return latin1.decode(bytes.subarray(0, i));
  }
  return null;
}

const propertyStart = /^[A-Za-z0-9_-]+(?:\.[A-Za-z0-9_-]+)?(?:;[^:]*)?$/;
const isQp = (head: string) => /[;:](?:ENCODING=)?QUOTED-PRINTABLE\b/i.test(head);
const isBase64 = (head: string) => /[;:](?:ENCODING=)?(?:B|BASE64)(?:[;:]|$)/i.test(head + ';');
const base64Only = /^[A-Za-z0-9+/=]+\s*$/;

/**
 * Joins physical lines into logical content lines: a line starting with a space or TAB continues
 * the previous one (one white-space character removed); a quoted-printable value ending in '='
 * continues on the next line whatever it starts with; a base64 value continues on bare base64
 * lines (vCard 2.1); a value ending in a backslash continues on the next line (Microsoft ADR).
 */
export class Unfolder {
  private parts: Uint8Array[] = [];
  private startLine = 0;
  private qp = false;
  private base64 = false;
  private softBreak = false;

  /** Feeds one physical line; returns the logical lines it completes. */
  push(pl: PhysicalLine): ContentLine[] {
    const b = pl.bytes;
    const open = this.parts.length > 0;
    if (open && this.softBreak) {
      this.dropLastByte();
      this.parts.push(b);
      this.softBreak = b.length > 0 && b[b.length - 1] === 0x3d;
      return [];
    }
    if (open && b.length > 0 && (b[0] === 0x20 || b[0] === 0x09)) {
      this.parts.push(b.subarray(1));
      this.softBreak = this.qp && b.length > 1 && b[b.length - 1] === 0x3d;
      return [];
    }
    const text = b.length > 0 && b.length < 400 ? latin1.decode(b) : '';
    if (open && this.base64 && b.length > 0 && (b.length >= 400 || base64Only.test(text))) {
      this.parts.push(b);
      return [];
    }
    if (open && this.endsWithBackslash() && b.length > 0 && !looksLikeProperty(b)) {
      this.dropLastByte();
      this.parts.push(new Uint8Array([0x5c, 0x6e]), b); // the backslash-newline becomes "\n"
      return [];
    }
    const out = this.flush();
    if (b.length === 0) return out;
    if (b[0] === 0x23) {
      out.push({ bytes: b, line: pl.line, comment: true });
      return out;
    }
    this.parts = [b];
    this.startLine = pl.line;
    const head = headOf(b) ?? '';
    this.qp = isQp(head);
    this.base64 = !this.qp && isBase64(head);
    this.softBreak = this.qp && b[b.length - 1] === 0x3d;
    return out;
  }

  /** Returns the last logical line at the end of the input. */
  end(): ContentLine[] {
    return this.flush();
  }

  private flush(): ContentLine[] {
    if (this.parts.length === 0) return [];
    const bytes = concat(this.parts);
    this.parts = [];
    this.qp = false;
    this.base64 = false;
    this.softBreak = false;
    return [{ bytes, line: this.startLine }];
  }

  private dropLastByte(): void {
    const last = this.parts[this.parts.length - 1];
    if (last && last.length > 0) this.parts[this.parts.length - 1] = last.subarray(0, last.length - 1);
  }

  private endsWithBackslash(): boolean {
    const last = this.parts[this.parts.length - 1];
    return !!last && last.length > 0 && last[last.length - 1] === 0x5c && !this.qp && !this.base64;
  }
}

/** True when a physical line starts like a property (`NAME`, `group.NAME`, parameters, then ':'). */
export function looksLikeProperty(b: Uint8Array): boolean {
  const head = headOf(b);
  return head !== null && propertyStart.test(head);
}
