/** Looking at the start of a stream of byte chunks before reading it whole. */
import { concat } from './vcard/lines.js';

/** The start of a stream, and the whole stream again from its first byte. */
export interface PeekedChunks {
  /** At least `bytes` bytes from the start, or the whole stream when it is shorter. */
  head: Uint8Array;
  /** Whether `head` is the whole stream. */
  complete: boolean;
  /** The stream from its start (the head first); reading it once closes the source if stopped early. */
  chunks: AsyncGenerator<Uint8Array>;
}

/**
 * Reads chunks until `bytes` bytes are at hand (to detect a format or an encoding), then hands
 * back the whole stream, head first. A reader that stops before the end (a failed import, a
 * parser that gave up) closes the source, e.g. the file.
 */
export async function peekChunks(source: AsyncIterable<Uint8Array>, bytes: number): Promise<PeekedChunks> {
  const it = source[Symbol.asyncIterator]();
  const parts: Uint8Array[] = [];
  let size = 0;
  let ended = false;
  while (size < bytes) {
    const r = await it.next();
    if (r.done) {
      ended = true;
      break;
    }
    parts.push(r.value);
    size += r.value.length;
  }
  const head = concat(parts);
  async function* chunks(): AsyncGenerator<Uint8Array> {
    try {
      yield head;
      while (!ended) {
        const r = await it.next();
        if (r.done) {
          ended = true;
          break;
        }
        yield r.value;
      }
    } finally {
      if (!ended) await it.return?.();
    }
  }
  return { head, complete: ended, chunks: chunks() };
}
