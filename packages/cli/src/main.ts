/** The process entry point behind bin/nexo.js: runs one command with the real streams and environment. */
import { main } from './cli.js';
import type { CliIo } from './io.js';

// `nexo contacts list | head` closes the pipe early; that is not an error worth a stack trace.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code !== 'EPIPE') throw error;
});

const realIo: CliIo = {
  stdout: (text) => void process.stdout.write(text),
  stderr: (text) => void process.stderr.write(text),
  env: process.env,
  isTTY: process.stdout.isTTY === true,
  stderrIsTTY: process.stderr.isTTY === true,
  // A getter: touching process.stdin opens it, which only `--note -` needs.
  get stdin() {
    return process.stdin;
  },
};

process.exitCode = await main(process.argv.slice(2), realIo);
