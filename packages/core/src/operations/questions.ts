/**
 * Question operations: questions.list (the bank in the reader's language, then the user's own),
 * questions.add and questions.remove.
 */
import { notFound } from '../errors.js';
import type { Clock, IdGenerator, QuestionStore } from '../ports.js';
import { bankQuestions } from '../questions/bank.js';
import { newQuestionSchema, type OwnQuestion, type Question } from '../questions/types.js';
import type { Locale } from '../settings/types.js';
import { parseInput } from '../shared/validate.js';
import type { RequestContext } from './context.js';

const own = (q: OwnQuestion): Question => ({ id: q.id, text: q.text, source: 'own' });

/** The bank in `locale` followed by the user's own questions (bank only without a store). */
export async function firstMeetingQuestions(
  questions: QuestionStore | undefined,
  accountId: string,
  locale: Locale,
): Promise<Question[]> {
  const bank = bankQuestions(locale).map((q): Question => ({ ...q, source: 'bank' }));
  return questions ? [...bank, ...(await questions.list(accountId)).map(own)] : bank;
}

/**
 * questions.list: questions for a first meeting, the bank in the caller's language first.
 * @example (await listQuestions({ questions }, { accountId, locale: 'es' })).items[0].text
 */
export async function listQuestions(
  deps: { questions: QuestionStore },
  ctx: RequestContext,
): Promise<{ items: Question[] }> {
  return { items: await firstMeetingQuestions(deps.questions, ctx.accountId, ctx.locale) };
}

/** questions.add: saves one of the user's own questions. @throws AppError `validation_failed`. */
export async function addQuestion(
  deps: { questions: QuestionStore; clock: Clock; ids: IdGenerator },
  ctx: RequestContext,
  input: unknown,
): Promise<Question> {
  const v = parseInput(newQuestionSchema, input);
  const saved = await deps.questions.insert(ctx.accountId, {
    id: deps.ids.next(),
    text: v.text,
    createdAt: deps.clock.now().toISOString(),
  });
  return own(saved);
}

/** questions.remove: deletes one of the user's own questions (bank questions cannot be removed). @throws AppError `not_found`. */
export async function removeQuestion(
  deps: { questions: QuestionStore },
  ctx: RequestContext,
  id: string,
): Promise<void> {
  if (!(await deps.questions.delete(ctx.accountId, id))) throw notFound('question', id);
}
