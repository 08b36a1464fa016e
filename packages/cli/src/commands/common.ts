/** Glue between commander and a command body: global options, the session, the positional args. */
import type { Command } from 'commander';
import type { CliIo } from '../io.js';
import { withSession, type GlobalOptions, type Session } from '../session.js';

/** A command body: gets the open session, its options (with the global ones) and positional args. */
export type CommandBody<O> = (session: Session, options: O & GlobalOptions, args: string[]) => Promise<void>;

/** Turns a command body into a commander action that opens and closes storage around it. */
export function inSession<O>(io: CliIo, body: CommandBody<O>): (...params: unknown[]) => Promise<void> {
  return async (...params) => {
    const command = params[params.length - 1] as Command;
    const options = command.optsWithGlobals<O & GlobalOptions>();
    await withSession(io, options, (session) => body(session, options, command.args));
  };
}
