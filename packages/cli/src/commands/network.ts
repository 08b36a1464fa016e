/** `nexo knows A B` (who knows whom, for introductions) and `nexo settings` (language, cadences, targets). */
import { Option, type Command } from 'commander';
import {
  addKnowsEdge,
  getSettings,
  knowsStrengths,
  locales,
  tiers,
  updateSettings,
  type AccountSettings,
} from '@nexo/core';
import type { CliIo } from '../io.js';
import type { Session } from '../session.js';
import { choice, integer } from '../options.js';
import { inSession } from './common.js';
import { resolveAny } from './contacts.js';
import { renderTable } from '../output/table.js';

type SettingsFlags = { locale?: string } & Partial<Record<string, number | string>>;

const camel = (prefix: string, tier: string) => `${prefix}${tier[0]?.toUpperCase() ?? ''}${tier.slice(1)}`;

/** Registers `nexo knows` and `nexo settings`. */
export function registerNetwork(program: Command, io: CliIo): void {
  program
    .command('knows')
    .description('record that two contacts know each other (for introductions later)')
    .argument('<contact>', 'id or unambiguous name')
    .argument('<other>', 'id or unambiguous name')
    .addOption(new Option('--strength <strength>', knowsStrengths.join('|')).argParser(choice(knowsStrengths)))
    .option('--how <text>', 'how they know each other ("worked together at Acme")')
    .action(
      inSession<{ strength?: string; how?: string }>(io, async (s, flags, [a = '', b = '']) => {
        const [first, second] = [await resolveAny(s, a), await resolveAny(s, b)];
        const edge = await addKnowsEdge(s.services, s.ctx, {
          contactId: first.id,
          knowsContactId: second.id,
          strength: flags.strength,
          how: flags.how,
        });
        if (s.json) return s.printJson(edge);
        s.print(s.t('knows.saved', { a: first.name, b: second.name, strength: edge.strength }));
      }),
    );

  const settings = program
    .command('settings')
    .description('show or change the language, the cadence (days) per tier and the target size per tier')
    .addOption(new Option('--locale <locale>', locales.join('|')).argParser(choice(locales)));
  for (const tier of tiers) {
    settings.option(`--cadence-${tier} <days>`, `days between check-ins for ${tier} contacts`, integer(1, 3650));
    settings.option(`--target-${tier} <n>`, `how many ${tier} contacts you want`, integer(0, 100_000));
  }
  settings.action(
    inSession<SettingsFlags>(io, async (s, flags) => {
      const patch = settingsPatch(flags);
      const result = patch ? await updateSettings(s.services, s.ctx, patch) : await getSettings(s.services, s.ctx);
      if (s.json) return s.printJson(result);
      if (patch) s.print(s.t('settings.saved'));
      s.print(renderSettings(s, result));
    }),
  );
}

function settingsPatch(flags: SettingsFlags): Record<string, unknown> | null {
  const patch: Record<string, unknown> = {};
  const cadenceDays: Record<string, unknown> = {};
  const tierTargets: Record<string, unknown> = {};
  for (const tier of tiers) {
    if (flags[camel('cadence', tier)] !== undefined) cadenceDays[tier] = flags[camel('cadence', tier)];
    if (flags[camel('target', tier)] !== undefined) tierTargets[tier] = flags[camel('target', tier)];
  }
  if (flags.locale !== undefined) patch.locale = flags.locale;
  if (Object.keys(cadenceDays).length > 0) patch.cadenceDays = cadenceDays;
  if (Object.keys(tierTargets).length > 0) patch.tierTargets = tierTargets;
  return Object.keys(patch).length > 0 ? patch : null;
}

function renderSettings(s: Session, settings: AccountSettings): string {
  const rows = tiers.map((tier) => [tier, String(settings.cadenceDays[tier]), String(settings.tierTargets[tier])]);
  const table = renderTable(
    ['tier', 'cadence', 'target'].map((k) => s.t(`column.${k}`)),
    rows,
    { indent: 2, alignRight: [1, 2] },
  );
  return `${s.t('settings.locale')}: ${settings.locale}\n${table}`;
}
