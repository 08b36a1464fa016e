/**
 * The `nexo` command line: builds the commander program, runs one command and turns every outcome
 * into an exit code. In-process and injectable (`main(argv, io)`), so tests need no subprocess.
 */
import { readFileSync } from 'node:fs';
import { Command, CommanderError, Option } from 'commander';
import { locales, type Locale } from '@nexo/core';
import type { CliIo } from './io.js';
import { isLocale, localeFromEnv, translatorFor } from './i18n.js';
import { reportError, usageError } from './errors.js';
import { choice } from './options.js';
import { registerContacts } from './commands/contacts.js';
import { registerLog } from './commands/log.js';
import { registerToday } from './commands/today.js';
import { registerStats } from './commands/stats.js';
import { registerServe } from './commands/serve.js';
import { registerExport } from './commands/export.js';
import { registerBackup } from './commands/backup.js';
import { registerCalendar } from './commands/calendar.js';
import { registerNetwork } from './commands/network.js';
import { registerSnooze } from './commands/snooze.js';
import { registerImports } from './commands/imports.js';
import { registerDuplicates } from './commands/duplicates.js';
import { registerLint } from './commands/lint.js';
import { registerQuestions } from './commands/questions.js';
import { registerGives } from './commands/gives.js';
import { registerTemplates } from './commands/templates.js';
import { registerCampaign } from './commands/campaign.js';

const quickStart = `
Quick start:
  nexo contacts add --name "Ana Pérez" --company Acme --tier key
  nexo log Ana --note "chatted at the bakery about her new job"
  nexo today
  nexo serve            # the web app at http://127.0.0.1:4747

Data lives in --data-dir, else $NEXO_DATA_DIR, else your per-user data folder;
DATABASE_URL=postgres://... uses PostgreSQL instead.`;

// Parser outcomes that are not errors: help or the version was asked for and printed.
const informational = new Set(['commander.helpDisplayed', 'commander.version', 'commander.help']);

function version(): string {
  const pkg: unknown = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
  return typeof pkg === 'object' && pkg !== null && 'version' in pkg ? String(pkg.version) : '0.0.0';
}

/** The full command tree, writing through `io`. */
export function buildProgram(io: CliIo): Command {
  const program = new Command('nexo')
    .description('nexo: your personal networking coach and relationship manager')
    .version(version(), '-V, --version')
    .exitOverride()
    .configureOutput({ writeOut: (s) => io.stdout(s), writeErr: (s) => io.stderr(s), outputError: () => undefined })
    .configureHelp({ showGlobalOptions: true })
    .option('--data-dir <dir>', 'where the data lives (else $NEXO_DATA_DIR, else the per-user default)')
    .option('--json', 'print data as JSON (errors as a JSON envelope on stderr)')
    .addOption(
      new Option('--lang <lang>', `language of the coach and the CLI: ${locales.join('|')}`).argParser(choice(locales)),
    )
    .addHelpText('after', quickStart);
  registerContacts(program, io);
  registerLog(program, io);
  registerToday(program, io);
  registerStats(program, io);
  registerNetwork(program, io);
  registerSnooze(program, io);
  registerLint(program, io);
  registerQuestions(program, io);
  registerGives(program, io);
  registerTemplates(program, io);
  registerCampaign(program, io);
  registerExport(program, io);
  registerBackup(program, io);
  registerCalendar(program, io);
  registerImports(program, io);
  registerDuplicates(program, io);
  registerServe(program, io);
  return program;
}

/** What the error printer needs before (or without) a successful parse. */
function prescan(argv: readonly string[], env: CliIo['env']): { json: boolean; locale: Locale } {
  let lang: string | undefined;
  argv.forEach((arg, i) => {
    if (arg === '--lang') lang = argv[i + 1];
    else if (arg.startsWith('--lang=')) lang = arg.slice('--lang='.length);
  });
  return {
    json: argv.includes('--json'),
    locale: lang !== undefined && isLocale(lang) ? lang : (localeFromEnv(env) ?? 'en'),
  };
}

/**
 * Runs the `nexo` command given its arguments (without `node` and the script) and returns the exit
 * code: 0 on success, else the code of the error's AppError code (see errors.ts).
 * @example process.exitCode = await main(process.argv.slice(2), realIo)
 */
export async function main(argv: string[], io: CliIo): Promise<number> {
  const { json, locale } = prescan(argv, io.env);
  const t = translatorFor(locale);
  try {
    await buildProgram(io).parseAsync(argv, { from: 'user' });
    return 0;
  } catch (error) {
    if (error instanceof CommanderError) {
      if (informational.has(error.code)) return error.exitCode;
      return reportError(io, usageError(error.message), { json, t });
    }
    return reportError(io, error, { json, t });
  }
}
