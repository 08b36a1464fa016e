/** The CLI's window on the world: output streams, environment and stop signal, injectable for tests. */

/** Where `main` reads and writes. Tests pass an in-memory one; `main.ts` passes the real process. */
export interface CliIo {
  /** Writes text as is (callers add the newline). */
  stdout(text: string): void;
  stderr(text: string): void;
  /** Environment variables: NEXO_DATA_DIR, DATABASE_URL, LANG, LC_ALL, NEXO_DEBUG... */
  env: Record<string, string | undefined>;
  /** Read by `--note -` and `nexo lint` to take text from a pipe. */
  stdin?: AsyncIterable<string | Uint8Array>;
  /** True when stdout is a terminal: `nexo lint` then highlights evidence with ANSI colours. */
  isTTY?: boolean;
  /** True when stderr is a terminal: `nexo import` then draws a progress bar there. */
  stderrIsTTY?: boolean;
  /** Stops long-running commands (`serve`); defaults to SIGINT/SIGTERM of the process. */
  stopSignal?: AbortSignal;
}

/** Reads the whole of `stdin` as UTF-8 text. */
export async function readAll(stdin: AsyncIterable<string | Uint8Array>): Promise<string> {
  const decoder = new TextDecoder();
  let text = '';
  for await (const chunk of stdin) text += typeof chunk === 'string' ? chunk : decoder.decode(chunk, { stream: true });
  return text + decoder.decode();
}
