/**
 * `nexo log CONTACT...`: record an interaction in one short command (principle 16). A bare
 * `nexo log Ana --note "..."` is an in-person chat: kind meeting, both directions, neutral value.
 */
import { Option, type Command } from 'commander';
import { askKinds, directions, giveKinds, interactionKinds, interactionValues, logInteraction } from '@nexo/core';
import { readAll, type CliIo } from '../io.js';
import { choice } from '../options.js';
import { inSession } from './common.js';
import { resolveAny } from './contacts.js';
import { relativeDate } from '../output/format.js';

interface LogFlags {
  kind: string;
  value: string;
  askKind?: string;
  giveKind?: string;
  direction?: string;
  note?: string;
  at?: string;
  channel?: string;
  followUp?: string;
  giveItem?: string;
}

const help = `
A bare "nexo log Ana" records an in-person chat: kind "meeting", direction "both", value "neutral".
Examples:
  nexo log "Ana" --note "chatted at the bakery about her new job"
  nexo log Ana --kind email --value give --give-kind article --note "sent the AI report"
  nexo log Ana Bruno --kind coffee --at 2026-03-02 --follow-up 2026-03-16
  echo "long note" | nexo log Ana --note -
Asking too early gets a kind warning; the interaction is saved anyway.`;

/** Registers `nexo log`. */
export function registerLog(program: Command, io: CliIo): void {
  program
    .command('log')
    .description('log an interaction with one or more contacts (a chat, a message, a give, an ask...)')
    .argument('<contact...>', 'ids or unambiguous names (quote full names)')
    .addOption(
      new Option('--kind <kind>', interactionKinds.join('|')).argParser(choice(interactionKinds)).default('meeting'),
    )
    .addOption(
      new Option('--value <value>', interactionValues.join('|'))
        .argParser(choice(interactionValues))
        .default('neutral'),
    )
    .addOption(new Option('--ask-kind <kind>', `with --value ask: ${askKinds.join('|')}`).argParser(choice(askKinds)))
    .addOption(
      new Option('--give-kind <kind>', `with --value give: ${giveKinds.join('|')}`).argParser(choice(giveKinds)),
    )
    .addOption(
      new Option(
        '--direction <direction>',
        'out (from you), in (from them), both (default for meetings, calls, coffees, events)',
      ).argParser(choice(directions)),
    )
    .option('--note <text>', 'what it was about ("-" reads it from stdin)')
    .option('--at <date>', 'when it happened, ISO 8601 (default: now)')
    .option('--channel <channel>', 'linkedin, whatsapp, phone, in person...')
    .option('--follow-up <date>', 'when to follow up, ISO 8601')
    .option('--give-item <id>', 'with --value give: the item of your give library you shared (nexo gives list)')
    .addHelpText('after', help)
    .action(
      inSession<LogFlags>(io, async (s, flags, references) => {
        const contacts = [];
        for (const reference of references) contacts.push(await resolveAny(s, reference));
        const note = flags.note === '-' && io.stdin ? (await readAll(io.stdin)).trim() : flags.note;
        const result = await logInteraction(s.services, s.ctx, {
          contactIds: contacts.map((c) => c.id),
          kind: flags.kind,
          value: flags.value,
          askKind: flags.askKind,
          giveKind: flags.giveKind,
          direction: flags.direction,
          note,
          occurredAt: flags.at,
          channel: flags.channel,
          followUpAt: flags.followUp,
          giveItemId: flags.giveItem,
        });
        if (s.json) return s.printJson(result);
        const { interaction, warnings } = result;
        const names = new Intl.ListFormat(s.locale, { type: 'conjunction' }).format(contacts.map((c) => c.name));
        const when = relativeDate(interaction.occurredAt, s.now, s.locale);
        s.print(
          s.t('log.saved', {
            kind: s.label('kind', interaction.kind),
            value: s.label('value', interaction.value),
            names,
            when,
          }),
        );
        for (const w of warnings)
          s.print(`  ${s.t('log.warning')}: ${w.message}\n  ${s.t('log.suggestion')}: ${w.suggestion}`);
        if (warnings.length > 0) s.print(`  ${s.t('log.savedAnyway')}`);
      }),
    );
}
