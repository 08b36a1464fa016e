/**
 * `nexo duplicates` (likely duplicates, with why), `nexo duplicates dismiss|dismissed|undismiss`
 * ("not the same person"), `nexo merge KEEP OTHER` and `nexo merges undo ID`.
 */
import { type Command } from 'commander';
import {
  dismissDuplicate,
  findDuplicates,
  listDismissedDuplicates,
  listMerges,
  mergeChoiceFields,
  mergeContacts,
  undoDismissal,
  undoMerge,
} from '@nexo/core';
import type { CliIo } from '../io.js';
import { choice, collect, integer } from '../options.js';
import { renderTable } from '../output/table.js';
import { inSession } from './common.js';
import { resolveAny } from './contacts.js';

/** Registers `nexo duplicates` (and its dismissals), `nexo merge` and `nexo merges`. */
export function registerDuplicates(program: Command, io: CliIo): void {
  const duplicates = program
    .command('duplicates')
    .description('people who are probably in your network twice (same e-mail, phone, LinkedIn, or name and company)')
    .option('--limit <n>', 'how many pairs (default 100)', integer(1, 500))
    .action(
      inSession<{ limit?: number }>(io, async (s, flags) => {
        const { items } = await findDuplicates(s.services, s.ctx, { limit: flags.limit ?? 100 });
        if (s.json) return s.printJson(items);
        if (items.length === 0) return s.print(s.t('duplicates.none'));
        const rows = items.map((d) => [
          d.a.id,
          d.a.name,
          d.b.id,
          d.b.name,
          d.reasons.map((r) => s.t(`duplicates.reason.${r}`)).join(', '),
        ]);
        const headers = ['keep', 'name', 'other', 'name', 'why'].map((h) => s.t(`duplicates.column.${h}`));
        s.print(renderTable(headers, rows));
        s.print(s.t('duplicates.hint'));
        s.print(s.t('duplicates.dismissHint'));
      }),
    );
  registerDismissals(duplicates, io);

  program
    .command('merge')
    .description(
      'merge OTHER into KEEP: every interaction, edge, e-mail, phone and tag is kept; undo with nexo merges undo',
    )
    .argument('<keep>', 'the contact that stays (id or unambiguous name)')
    .argument('<other>', 'the contact folded into it')
    .option(
      '--take <field>',
      `take this field from OTHER instead of KEEP (${mergeChoiceFields.join('|')}); repeatable`,
      (value: string, previous: string[] | undefined) => collect(String(choice(mergeChoiceFields)(value)), previous),
    )
    .action(
      inSession<{ take?: string[] }>(io, async (s, flags, [a = '', b = '']) => {
        const keep = await resolveAny(s, a);
        const other = await resolveAny(s, b);
        const prefer = Object.fromEntries((flags.take ?? []).map((f) => [f, 'other']));
        const result = await mergeContacts(s.services, s.ctx, { keepId: keep.id, otherId: other.id, prefer });
        if (s.json) return s.printJson(result);
        s.print(s.t('merge.done', { other: other.name, keep: result.contact.name, id: result.merge.id }));
      }),
    );

  const merges = program.command('merges').description('past merges: list them, undo one');
  merges
    .command('list')
    .description('merges, newest first')
    .action(
      inSession(io, async (s) => {
        const { items } = await listMerges(s.services, s.ctx, {});
        if (s.json) return s.printJson(items);
        if (items.length === 0) return s.print(s.t('merge.none'));
        const rows = items.map((m) => [
          m.id,
          m.createdAt.slice(0, 16).replace('T', ' '),
          m.otherName,
          m.keepId,
          m.undoneAt ? '✓' : '',
        ]);
        const headers = ['id', 'when', 'merged', 'into', 'undone'].map((h) => s.t(`merge.column.${h}`));
        s.print(renderTable(headers, rows));
      }),
    );
  merges
    .command('undo')
    .description('undo a merge: both contacts come back with their own interactions and edges')
    .argument('<id>', 'the merge id (printed by nexo merge, listed by nexo merges list)')
    .action(
      inSession(io, async (s, _flags, [id = '']) => {
        const merge = await undoMerge(s.services, s.ctx, id);
        if (s.json) return s.printJson(merge);
        s.print(s.t('merge.undone', { other: merge.otherName }));
      }),
    );
}

/** `nexo duplicates dismiss A B`, `nexo duplicates dismissed` and `nexo duplicates undismiss A B`. */
function registerDismissals(duplicates: Command, io: CliIo): void {
  duplicates
    .command('dismiss')
    .description('A and B are not the same person: never suggest them as duplicates again (undo with undismiss)')
    .argument('<a>', 'a contact (id or unambiguous name)')
    .argument('<b>', 'the other contact')
    .action(
      inSession(io, async (s, _flags, [x = '', y = '']) => {
        const a = await resolveAny(s, x);
        const b = await resolveAny(s, y);
        const result = await dismissDuplicate(s.services, s.ctx, { aId: a.id, bId: b.id });
        if (s.json) return s.printJson(result);
        const names = { a: a.name, b: b.name, aId: a.id, bId: b.id, when: result.dismissal.createdAt.slice(0, 10) };
        s.print(s.t(result.created ? 'duplicates.dismissed' : 'duplicates.alreadyDismissed', names));
      }),
    );

  duplicates
    .command('dismissed')
    .description('pairs marked as different people, newest first (--limit as for nexo duplicates)')
    .action(
      inSession<{ limit?: number }>(io, async (s, flags) => {
        const { items } = await listDismissedDuplicates(s.services, s.ctx, { limit: flags.limit ?? 100 });
        if (s.json) return s.printJson(items);
        if (items.length === 0) return s.print(s.t('duplicates.noneDismissed'));
        const rows = items.map((d) => [d.a.id, d.a.name, d.b.id, d.b.name, d.createdAt.slice(0, 10)]);
        const headers = ['contact', 'name', 'other', 'name', 'since'].map((h) => s.t(`duplicates.column.${h}`));
        s.print(renderTable(headers, rows));
      }),
    );

  duplicates
    .command('undismiss')
    .description('undo a dismissal: A and B can be suggested as duplicates again')
    .argument('<a>', 'a contact (id or unambiguous name)')
    .argument('<b>', 'the other contact')
    .action(
      inSession(io, async (s, _flags, [x = '', y = '']) => {
        const a = await resolveAny(s, x);
        const b = await resolveAny(s, y);
        const removed = await undoDismissal(s.services, s.ctx, { aId: a.id, bId: b.id });
        if (s.json) return s.printJson(removed);
        s.print(s.t('duplicates.undismissed', { a: a.name, b: b.name }));
      }),
    );
}
