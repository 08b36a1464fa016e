/**
 * `nexo gives add|list|remove`: the give library (principle 2: give before you ask). `list --for
 * CONTACT` shows what in it fits one person, and why.
 */
import { Option, type Command } from 'commander';
import { addGiveItem, giveItemKinds, listGiveItems, removeGiveItem, suggestGiveItems } from '@nexo/core';
import type { CliIo } from '../io.js';
import { choice, collect } from '../options.js';
import { renderTable } from '../output/table.js';
import { inSession } from './common.js';
import { resolveAny } from './contacts.js';

interface AddFlags {
  kind?: string;
  url?: string;
  topic?: string[];
  note?: string;
}

const help = `
Examples:
  nexo gives add "Inclusive forms, a practical guide" --url https://example.org/forms --topic accessibility --topic ux
  nexo gives add "Never Eat Alone" --kind book --topic networking
  nexo gives list --for "Ana Souza"          # what fits Ana, and why
  nexo log Ana --kind email --value give --give-item <id>   # sent it: the library remembers`;

/** Registers `nexo gives` and its subcommands. */
export function registerGives(program: Command, io: CliIo): void {
  const gives = program
    .command('gives')
    .description('your give library: articles, job ads, events, e-books, books, introductions worth sharing')
    .addHelpText('after', help);

  gives
    .command('add')
    .description('add something worth sharing')
    .argument('<title>', 'what it is, in quotes')
    .addOption(new Option('--kind <kind>', giveItemKinds.join('|')).argParser(choice(giveItemKinds)))
    .option('--url <url>', 'where to find it (http or https)')
    .option('--topic <topic>', 'what it is about (repeatable): matched to interests, sector and role', collect)
    .option('--note <text>', 'why it is worth sharing')
    .action(
      inSession<AddFlags>(io, async (s, flags, [title = '']) => {
        const item = await addGiveItem(s.services, s.ctx, {
          title,
          kind: flags.kind,
          url: flags.url,
          topics: flags.topic ?? [],
          note: flags.note,
        });
        if (s.json) return s.printJson(item);
        s.print(s.t('gives.added', { title: item.title, id: item.id }));
      }),
    );

  gives
    .command('list', { isDefault: true })
    .description('list the library, or with --for what in it fits one person')
    .option('--for <contact>', 'id or unambiguous name: the items that fit them, best first, and why')
    .action(
      inSession<{ for?: string }>(io, async (s, flags) => {
        if (flags.for !== undefined) {
          const contact = await resolveAny(s, flags.for);
          const { items } = await suggestGiveItems(s.services, s.ctx, contact.id, { limit: 10 });
          if (s.json) return s.printJson({ items });
          if (items.length === 0) return s.print(s.t('gives.noneFor', { name: contact.name }));
          s.print(s.t('gives.for', { name: contact.name }));
          items.forEach((suggestion, i) => {
            s.print(`${i + 1}. ${suggestion.item.title}  (id ${suggestion.item.id})`);
            for (const reason of suggestion.reasons) s.print(`   - ${reason}`);
          });
          return;
        }
        const { items } = await listGiveItems(s.services, s.ctx);
        if (s.json) return s.printJson({ items });
        if (items.length === 0) return s.print(s.t('gives.empty'));
        s.print(s.t('gives.title', { count: items.length }));
        const rows = items.map((g) => [g.id, s.t(`gives.kind.${g.kind}`), g.title, g.topics.join(', ')]);
        s.print(
          renderTable(
            ['id', 'kind', 'title', 'topics'].map((k) => s.t(`gives.column.${k}`)),
            rows,
            { indent: 2 },
          ),
        );
      }),
    );

  gives
    .command('remove')
    .description('remove an item (what you already sent stays in your history)')
    .argument('<id>', 'its id, as `nexo gives list` shows it')
    .action(
      inSession(io, async (s, _flags, [id = '']) => {
        await removeGiveItem(s.services, s.ctx, id);
        if (s.json) return s.printJson({ removed: id });
        s.print(s.t('gives.removed'));
      }),
    );
}
