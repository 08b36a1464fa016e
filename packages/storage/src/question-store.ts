/** The QuestionStore port: the user's own first-meeting questions, per account, oldest first. */
import { AppError, type OwnQuestion, type QuestionStore } from '@nexo/core';
import type { Selectable } from 'kysely';
import { isUniqueViolation, type StorageContext } from './database.js';
import type { QuestionsTable } from './schema.js';
import { iso } from './contact-row.js';

/** The QuestionStore of one database. */
export function createQuestionStore(ctx: StorageContext): QuestionStore {
  return {
    /** @throws AppError `conflict` for a taken id. */
    async insert(accountId, question) {
      const row = { accountId, id: question.id, text: question.text, createdAt: iso(question.createdAt) };
      try {
        await ctx.db.insertInto('questions').values(row).execute();
      } catch (error) {
        if (isUniqueViolation(error)) {
          throw new AppError('conflict', `A question with id "${question.id}" already exists.`, { id: question.id });
        }
        throw error;
      }
      return toQuestion(row);
    },

    async list(accountId) {
      const rows = await ctx.db
        .selectFrom('questions')
        .selectAll()
        .where('accountId', '=', accountId)
        .orderBy('createdAt')
        .orderBy('id')
        .execute();
      return rows.map(toQuestion);
    },

    async delete(accountId, id) {
      const result = await ctx.db
        .deleteFrom('questions')
        .where('accountId', '=', accountId)
        .where('id', '=', id)
        .executeTakeFirst();
      return result.numDeletedRows > 0n;
    },
  };
}

function toQuestion(row: Selectable<QuestionsTable>): OwnQuestion {
  return { id: row.id, text: row.text, createdAt: row.createdAt };
}
