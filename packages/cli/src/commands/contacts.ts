/**
 * `nexo contacts add|list|show|edit|archive|unarchive`: thin wrappers over the contacts.* operations,
 * printing JSON for scripts or a table for people.
 */
import { Option, type Command } from 'commander';
import {
  archiveContact,
  contactContexts,
  contactSorts,
  createContact,
  listContacts,
  resolveContact,
  stages,
  tiers,
  circles,
  updateContact,
  type ContactListItem,
} from '@nexo/core';
import type { CliIo } from '../io.js';
import type { Session } from '../session.js';
import { choice, integer } from '../options.js';
import { addContactFlags, contactInput, type ContactFlags } from './contact-fields.js';
import { showContact } from './contacts-show.js';
import { inSession } from './common.js';
import { renderTable } from '../output/table.js';
import { relativeDate } from '../output/format.js';

interface ListFlags {
  search?: string;
  limit?: number;
  tier?: string;
  circle?: string;
  context?: string;
  tag?: string;
  stage?: string;
  due?: boolean;
  archived?: boolean;
  all?: boolean;
  sort?: string;
}

/** Registers the `contacts` command group on `program`. */
export function registerContacts(program: Command, io: CliIo): void {
  const contacts = program.command('contacts').description('add, find, show and change the people in your network');

  addContactFlags(
    contacts.command('add').description('add a contact (--name, or --given-name/--family-name)'),
    false,
  ).action(
    inSession<ContactFlags>(io, async (s, flags) => {
      const contact = await createContact(s.services, s.ctx, contactInput(flags));
      if (s.json) s.printJson(contact);
      else s.print(s.t('contacts.added', { name: contact.name, id: contact.id }));
    }),
  );

  contacts
    .command('list')
    .description('list contacts as a table, or as a JSON array with --json')
    .option('--search <text>', 'match name, company, role, notes...')
    .option('--limit <n>', 'at most this many contacts (default: all)', integer(1, 1_000_000))
    .addOption(new Option('--tier <tier>').argParser(choice(tiers)))
    .addOption(new Option('--circle <circle>').argParser(choice(circles)))
    .addOption(new Option('--context <context>').argParser(choice(contactContexts)))
    .option('--tag <tag>', 'only contacts with this tag')
    .addOption(new Option('--stage <stage>').argParser(choice(stages)))
    .option('--due', 'only contacts due for a check-in')
    .option('--archived', 'only archived contacts')
    .option('--all', 'include archived contacts')
    .addOption(new Option('--sort <order>', contactSorts.join('|')).argParser(choice(contactSorts)))
    .action(inSession<ListFlags>(io, (s, flags) => list(s, flags)));

  contacts
    .command('show')
    .description('a contact with the coach view: stage, reciprocity, cadence, health, history, who they know')
    .argument('<contact>', 'id or unambiguous name')
    .action(
      inSession<object>(io, async (s, _flags, [reference = '']) => showContact(s, await resolveAny(s, reference))),
    );

  addContactFlags(contacts.command('edit').description('change a contact; "" clears a field'), true)
    .argument('<contact>', 'id or unambiguous name')
    .action(
      inSession<ContactFlags>(io, async (s, flags, [reference = '']) => {
        const target = await resolveAny(s, reference);
        const contact = await updateContact(s.services, s.ctx, target.id, contactInput(flags));
        if (s.json) s.printJson(contact);
        else s.print(s.t('contacts.updated', { name: contact.name }));
      }),
    );

  for (const archived of [true, false]) {
    contacts
      .command(archived ? 'archive' : 'unarchive')
      .description(
        archived ? 'hide a contact from lists and the agenda, keeping the history' : 'restore an archived contact',
      )
      .argument('<contact>', 'id or unambiguous name')
      .action(
        inSession<object>(io, async (s, _flags, [reference = '']) => {
          const target = await resolveAny(s, reference);
          const contact = await archiveContact(s.services, s.ctx, target.id, archived);
          if (s.json) s.printJson(contact);
          else s.print(s.t(archived ? 'contacts.archived' : 'contacts.unarchived', { name: contact.name }));
        }),
      );
  }
}

async function list(s: Session, flags: ListFlags): Promise<void> {
  const want = flags.limit ?? Number.POSITIVE_INFINITY;
  const filter = {
    search: flags.search,
    tier: flags.tier,
    circle: flags.circle,
    context: flags.context,
    tag: flags.tag,
    stage: flags.stage,
    due: flags.due,
    archived: flags.archived ? 'only' : flags.all === true,
    sort: flags.sort,
  };
  const items: ContactListItem[] = [];
  let cursor: string | null = null;
  do {
    const page = await listContacts(s.services, s.ctx, {
      ...filter,
      limit: Math.min(500, want - items.length),
      cursor,
    });
    items.push(...page.items);
    cursor = page.nextCursor;
  } while (cursor !== null && items.length < want);

  if (s.json) return s.printJson(items);
  if (items.length === 0) return s.print(s.t('contacts.none'));
  const t = s.t;
  const headers = ['name', 'company', 'role', 'tier', 'stage', 'lastContact', 'due'].map((k) => t(`column.${k}`));
  const rows = items.map((c) => [
    c.archived ? `${c.name} (${t('contacts.archivedMark')})` : c.name,
    c.company ?? '',
    c.role ?? '',
    s.label('tier', c.tier),
    s.label('stage', c.stage),
    c.lastInteractionAt ? relativeDate(c.lastInteractionAt, s.now, s.locale) : t('contacts.never'),
    `${Date.parse(c.dueAt) <= s.now.getTime() ? '! ' : ''}${relativeDate(c.dueAt, s.now, s.locale)}`,
  ]);
  s.print(renderTable(headers, rows));
  s.print(t('contacts.count', { count: items.length }));
}

/**
 * Resolves a reference with contacts.resolve; when nobody active matches, looks among archived
 * contacts too, so `edit` and `unarchive` can reach them by name.
 * @throws AppError `not_found`, `ambiguous_reference`.
 */
/** Resolves a contact by id or name, archived ones too (they can be shown, edited or restored). */
export async function resolveAny(s: Session, reference: string): Promise<ContactListItem> {
  return resolveContact(s.services, s.ctx, reference, { includeArchived: true });
}
