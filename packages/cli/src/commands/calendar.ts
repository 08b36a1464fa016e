/**
 * `nexo calendar feed` (the secret subscription URL: show, --rotate, --revoke) and
 * `nexo calendar export` (a one-off .ics of due check-ins and follow-ups).
 */
import type { Command } from 'commander';
import {
  AppError,
  calendarWeeks,
  createCalendarFeed,
  exportCalendar,
  getCalendarFeed,
  revokeCalendarFeed,
} from '@nexo/core';
import type { CliIo } from '../io.js';
import type { Session } from '../session.js';
import { integer } from '../options.js';
import { inSession } from './common.js';
import { defaultPort } from './serve.js';
import { writeWhole } from './files.js';

interface FeedFlags {
  rotate?: boolean;
  revoke?: boolean;
  baseUrl?: string;
}

/** Where `nexo serve` is reached: --base-url, else $NEXO_BASE_URL, else the local default. */
function baseUrlOf(io: CliIo, flags: FeedFlags): string {
  const base = flags.baseUrl ?? io.env.NEXO_BASE_URL ?? `http://127.0.0.1:${defaultPort}`;
  return base.replace(/\/+$/, '');
}

async function newFeed(s: Session, io: CliIo, flags: FeedFlags): Promise<void> {
  const { token, createdAt } = await createCalendarFeed(s.services, s.ctx);
  const url = `${baseUrlOf(io, flags)}/api/calendar/${token}.ics`;
  if (s.json) return s.printJson({ active: true, createdAt, url });
  s.print(s.t('calendar.created'));
  s.print(`  ${url}`);
  s.print(s.t('calendar.secret'));
}

/** Registers the `calendar` command group. */
export function registerCalendar(program: Command, io: CliIo): void {
  const calendar = program.command('calendar').description('your check-ins and follow-ups in a calendar app');

  calendar
    .command('feed')
    .description('the secret feed URL calendar apps subscribe to: created on first use; --rotate, --revoke')
    .option('--rotate', 'make a new URL; the old one stops working')
    .option('--revoke', 'stop the feed; its URL answers 404 from now on')
    .option(
      '--base-url <url>',
      `where nexo serve is reached (default $NEXO_BASE_URL, else http://127.0.0.1:${defaultPort})`,
    )
    .action(
      inSession<FeedFlags>(io, async (s, flags) => {
        if (flags.rotate && flags.revoke) {
          throw new AppError('validation_failed', 'Choose --rotate or --revoke, not both.', {
            issues: [{ field: '--revoke', message: 'Not with --rotate.' }],
          });
        }
        if (flags.revoke) {
          await revokeCalendarFeed(s.services, s.ctx);
          return s.json ? s.printJson({ active: false, createdAt: null }) : s.print(s.t('calendar.revoked'));
        }
        const current = await getCalendarFeed(s.services, s.ctx);
        if (flags.rotate || !current.active) return newFeed(s, io, flags);
        if (s.json) return s.printJson({ ...current, url: null });
        s.print(s.t('calendar.active', { date: (current.createdAt ?? '').slice(0, 10) }));
      }),
    );

  calendar
    .command('export')
    .description('due check-ins and follow-ups as an .ics file (stdout, or --out FILE)')
    .option('--out <file>', 'write to this file instead of stdout')
    .option(
      '--weeks <n>',
      `how many weeks ahead (default ${calendarWeeks.default})`,
      integer(calendarWeeks.min, calendarWeeks.max),
    )
    .action(
      inSession<{ out?: string; weeks?: number }>(io, async (s, flags) => {
        const ics = await exportCalendar(s.services, s.ctx, { weeks: flags.weeks });
        if (!flags.out) return io.stdout(ics);
        writeWhole(flags.out, ics);
        const events = ics.split('BEGIN:VEVENT').length - 1;
        if (s.json) s.printJson({ file: flags.out, events });
        else s.print(s.t('calendar.written', { count: events, file: flags.out }));
      }),
    );
}
