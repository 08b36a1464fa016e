/** `nexo questions [add TEXT | remove ID]`: questions to ask at a first meeting (principle 10). */
import type { Command } from 'commander';
import { addQuestion, listQuestions, removeQuestion } from '@nexo/core';
import type { CliIo } from '../io.js';
import { inSession } from './common.js';

/** Registers `nexo questions`, `nexo questions add` and `nexo questions remove`. */
export function registerQuestions(program: Command, io: CliIo): void {
  const questions = program
    .command('questions')
    .description('questions to ask at a first meeting: the built-in bank in your language, and your own');

  questions
    .command('list', { isDefault: true })
    .description('list the questions (the default)')
    .action(
      inSession(io, async (s) => {
        const { items } = await listQuestions(s.services, s.ctx);
        if (s.json) return s.printJson({ items });
        s.print(s.t('questions.title'));
        const width = String(items.length).length;
        items.forEach((q, i) => {
          const mark = q.source === 'own' ? `  (${s.t('questions.own')}, id ${q.id})` : '';
          s.print(`${String(i + 1).padStart(width)}. ${q.text}${mark}`);
        });
        if (!items.some((q) => q.source === 'own')) s.print(`\n${s.t('questions.hint')}`);
      }),
    );

  questions
    .command('add')
    .description('add a question of your own')
    .argument('<text>', 'the question, in quotes')
    .action(
      inSession(io, async (s, _flags, [text = '']) => {
        const question = await addQuestion(s.services, s.ctx, { text });
        if (s.json) return s.printJson(question);
        s.print(s.t('questions.added', { id: question.id }));
      }),
    );

  questions
    .command('remove')
    .description('remove one of your own questions')
    .argument('<id>', 'its id, as `nexo questions` shows it')
    .action(
      inSession(io, async (s, _flags, [id = '']) => {
        await removeQuestion(s.services, s.ctx, id);
        if (s.json) return s.printJson({ removed: id });
        s.print(s.t('questions.removed'));
      }),
    );
}
