/**
 * `nexo export`: contacts as vCard 4.0 or 3.0, CSV or JSON, on stdout or into a file; all of them,
 * the ones named with --contact, or those matching the list filters.
 */
import { Option, type Command } from 'commander';
import {
  circles,
  contactContexts,
  exportContacts,
  exportFormats,
  resolveContact,
  stages,
  tiers,
  type ExportFormat,
} from '@nexo/core';
import { renderContactsFile } from '@nexo/server/services';
import type { CliIo } from '../io.js';
import { choice, collect } from '../options.js';
import { inSession } from './common.js';
import { writeWhole } from './files.js';

interface ExportFlags {
  format?: ExportFormat;
  out?: string;
  contact?: string[];
  search?: string;
  tier?: string;
  circle?: string;
  context?: string;
  tag?: string;
  stage?: string;
  due?: boolean;
  archived?: 'include' | 'exclude' | 'only';
}

const archivedChoices = ['include', 'exclude', 'only'] as const;

/** Registers `nexo export`. */
export function registerExport(program: Command, io: CliIo): void {
  program
    .command('export')
    .description('export contacts as vCard, CSV or JSON (all of them unless you pick some)')
    .addOption(
      new Option('--format <format>', `${exportFormats.join('|')} (default vcard; json with --json)`).argParser(
        choice(exportFormats),
      ),
    )
    .option('--out <file>', 'write to this file instead of stdout')
    .option('--contact <contact>', 'only this contact (id or unambiguous name); repeatable', collect)
    .option('--search <text>', 'only contacts matching this text')
    .addOption(new Option('--tier <tier>').argParser(choice(tiers)))
    .addOption(new Option('--circle <circle>').argParser(choice(circles)))
    .addOption(new Option('--context <context>').argParser(choice(contactContexts)))
    .option('--tag <tag>', 'only contacts with this tag')
    .addOption(new Option('--stage <stage>').argParser(choice(stages)))
    .option('--due', 'only contacts due for a check-in')
    .addOption(
      new Option('--archived <which>', 'archived contacts: include (default), exclude or only').argParser(
        choice(archivedChoices),
      ),
    )
    .action(
      inSession<ExportFlags>(io, async (s, flags) => {
        const ids: string[] = [];
        for (const reference of flags.contact ?? []) {
          ids.push((await resolveContact(s.services, s.ctx, reference, { includeArchived: true })).id);
        }
        const archived = { include: true, exclude: false, only: 'only' as const }[flags.archived ?? 'include'];
        const format = flags.format ?? (s.json && !flags.out ? 'json' : 'vcard');
        const query = ids.length > 0 ? { format, ids } : { format, ...filtersOf(flags), archived };
        const { contacts } = await exportContacts(s.services, s.ctx, query);
        const file = renderContactsFile(format, contacts);
        if (!flags.out) return io.stdout(file.body);
        writeWhole(flags.out, file.body);
        if (s.json) s.printJson({ file: flags.out, format, contacts: contacts.length });
        else s.print(s.t('export.written', { count: contacts.length, file: flags.out }));
      }),
    );
}

function filtersOf(flags: ExportFlags) {
  const { search, tier, circle, context, tag, stage, due } = flags;
  return { search, tier, circle, context, tag, stage, due };
}
