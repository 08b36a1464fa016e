/**
 * The contact flags shared by `contacts add` and `contacts edit`, and how they become the input of
 * contacts.create / contacts.update. In edit, an empty value clears a field: `--company ""`.
 */
import { circles, contactContexts, tiers, type Circle, type ContactContext, type Tier } from '@nexo/core';
import { Option, type Command } from 'commander';
import { choice, collect, integer } from '../options.js';

/** The parsed contact flags. */
export interface ContactFlags {
  name?: string;
  givenName?: string;
  familyName?: string;
  company?: string;
  role?: string;
  sector?: string;
  location?: string;
  linkedin?: string;
  birthday?: string;
  notes?: string;
  email?: string[];
  phone?: string[];
  tag?: string[];
  tier?: Tier;
  circle?: Circle;
  context?: ContactContext | '';
  /** '' clears (commander turns a null from a parser into '', so '' is the marker). */
  cadence?: number | '';
  archived?: boolean;
}

const parseCadence = (value: string): number | '' => (value === '' ? '' : integer(1, 3650)(value));

/** Adds the contact flags to `command`; `forEdit` adds --archived/--no-archived and clearing. */
export function addContactFlags(command: Command, forEdit: boolean): Command {
  const clear = forEdit ? ' ("" clears)' : '';
  const many = forEdit ? ' (repeatable; replaces the list, "" empties it)' : ' (repeatable)';
  command
    .option('--name <name>', 'display name')
    .option('--given-name <name>', `given (first) name${clear}`)
    .option('--family-name <name>', `family name${clear}`)
    .option('--company <company>', `company${clear}`)
    .option('--role <role>', `role or job title${clear}`)
    .option('--sector <sector>', `sector${clear}`)
    .option('--location <place>', `city or place${clear}`)
    .option('--linkedin <url>', `LinkedIn profile URL${clear}`)
    .option('--birthday <date>', `YYYY-MM-DD, or --MM-DD without the year${clear}`)
    .option('--notes <text>', `notes${clear}`)
    .option('--email <address>', `e-mail address${many}`, collect)
    .option('--phone <number>', `phone number${many}`, collect)
    .option('--tag <tag>', `interest or label${many}`, collect)
    .addOption(new Option('--tier <tier>', `closeness: ${tiers.join('|')}`).argParser(choice(tiers)))
    .addOption(new Option('--circle <circle>', `circle: ${circles.join('|')}`).argParser(choice(circles)))
    .addOption(
      new Option('--context <context>', `how you know them: ${contactContexts.join('|')}${clear}`).argParser(
        choice(contactContexts, forEdit),
      ),
    )
    .option('--cadence <days>', `keep-in-touch cadence in days, overriding the tier's${clear}`, parseCadence);
  if (forEdit) {
    command.option('--archived', 'archive the contact').option('--no-archived', 'restore an archived contact');
  }
  return command;
}

const textFields = [
  ['name', 'name'],
  ['givenName', 'givenName'],
  ['familyName', 'familyName'],
  ['company', 'company'],
  ['role', 'role'],
  ['sector', 'sector'],
  ['location', 'location'],
  ['notes', 'notes'],
] as const;

/** The input of contacts.create (or the patch of contacts.update) that the flags describe. */
export function contactInput(flags: ContactFlags): Record<string, unknown> {
  const input: Record<string, unknown> = {};
  for (const [flag, field] of textFields) if (flags[flag] !== undefined) input[field] = flags[flag];
  // These two are validated as URL / date, so an empty value must become an explicit null.
  if (flags.linkedin !== undefined) input.linkedinUrl = flags.linkedin.trim() === '' ? null : flags.linkedin;
  if (flags.birthday !== undefined) input.birthday = flags.birthday.trim() === '' ? null : flags.birthday;
  if (flags.email) input.emails = flags.email.filter((v) => v.trim() !== '');
  if (flags.phone) input.phones = flags.phone.filter((v) => v.trim() !== '');
  if (flags.tag) input.tags = flags.tag.filter((v) => v.trim() !== '');
  if (flags.tier !== undefined) input.tier = flags.tier;
  if (flags.circle !== undefined) input.circle = flags.circle;
  if (flags.context !== undefined) input.context = flags.context === '' ? null : flags.context;
  if (flags.cadence !== undefined) input.cadenceDays = flags.cadence === '' ? null : flags.cadence;
  if (flags.archived !== undefined) input.archived = flags.archived;
  return input;
}
