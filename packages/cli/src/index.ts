/** The nexo CLI as a library: `main(argv, io)` runs one command in-process and returns its exit code. */
export { main, buildProgram } from './cli.js';
export type { CliIo } from './io.js';
export { exitCodes, exitCodeFor } from './errors.js';
