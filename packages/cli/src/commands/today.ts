/** `nexo today`: the agenda of who to reach out to now, why, and one concrete thing to do. */
import type { Command } from 'commander';
import { today } from '@nexo/core';
import type { CliIo } from '../io.js';
import { integer } from '../options.js';
import { inSession } from './common.js';

/** Registers `nexo today`. */
export function registerToday(program: Command, io: CliIo): void {
  program
    .command('today')
    .description("today's agenda: who is due, why, and what to send them")
    .option('--limit <n>', 'at most this many people (default 20)', integer(1, 200))
    .action(
      inSession<{ limit?: number }>(io, async (s, flags) => {
        const items = await today(s.services, s.ctx, { limit: flags.limit });
        if (s.json) return s.printJson(items);
        if (items.length === 0) return s.print(s.t('today.empty'));
        s.print(s.t('today.title', { count: items.length }));
        const width = String(items.length).length;
        items.forEach((item, i) => {
          const number = `${String(i + 1).padStart(width)}.`;
          s.print(`${number} ${item.name} — ${item.reason}`);
          s.print(`${' '.repeat(number.length)} → ${item.suggestion}`);
        });
      }),
    );
}
