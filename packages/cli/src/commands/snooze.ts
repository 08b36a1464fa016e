/**
 * `nexo snooze CONTACT --until DATE`: keep someone off Today until a date (stored with the contact,
 * so the web app and every other device see it too); `--clear` brings them back.
 */
import type { Command } from 'commander';
import { AppError, snoozeContact } from '@nexo/core';
import type { CliIo } from '../io.js';
import { inSession } from './common.js';
import { resolveAny } from './contacts.js';
import { formatDateWithRelative } from '../output/format.js';

interface SnoozeFlags {
  until?: string;
  clear?: boolean;
}

const help = `
A plain date means the start of that day where you are.
Examples:
  nexo snooze Ana --until 2026-06-15
  nexo snooze "Ana Souza" --clear`;

/** A plain `YYYY-MM-DD` as local midnight, so "until the 15th" means the 15th at this terminal. */
function localStartOf(value: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value.trim());
  if (!m) return value;
  const date = new Date(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
  return Number.isNaN(date.getTime()) ? value : date.toISOString();
}

/** Registers `nexo snooze`. */
export function registerSnooze(program: Command, io: CliIo): void {
  program
    .command('snooze')
    .description('keep a contact off the Today agenda until a date (or --clear to bring them back)')
    .argument('<contact>', 'id or unambiguous name')
    .option('--until <date>', 'back on Today from this date, YYYY-MM-DD or ISO 8601')
    .option('--clear', 'end the snooze now')
    .addHelpText('after', help)
    .action(
      inSession<SnoozeFlags>(io, async (s, flags, [reference = '']) => {
        if ((flags.clear === true) === (flags.until !== undefined)) {
          const message = 'Give either --until DATE or --clear.';
          throw new AppError('validation_failed', message, { issues: [{ field: '--until', message }] });
        }
        const contact = await resolveAny(s, reference);
        const input = flags.until === undefined ? null : { until: localStartOf(flags.until) };
        const result = await snoozeContact(s.services, s.ctx, contact.id, input);
        if (s.json) return s.printJson(result);
        if (result.snoozedUntil === null) return s.print(s.t('snooze.cleared', { name: result.name }));
        const until = formatDateWithRelative(result.snoozedUntil, s.now, s.locale);
        s.print(s.t('snooze.saved', { name: result.name, until }));
      }),
    );
}
