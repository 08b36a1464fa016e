/** The TemplateStore port: outreach templates (general e-mail or personal request), per account. */
import type { AskKind, GiveKind, ReviewLang, Template, TemplateKind, TemplateStore } from '@nexo/core';
import type { Selectable } from 'kysely';
import type { StorageContext } from './database.js';
import type { TemplatesTable } from './schema.js';
import { iso } from './contact-row.js';

/** The TemplateStore of one database. */
export function createTemplateStore(ctx: StorageContext): TemplateStore {
  const get = async (accountId: string, id: string) => {
    const row = await ctx.db
      .selectFrom('templates')
      .selectAll()
      .where('accountId', '=', accountId)
      .where('id', '=', id)
      .executeTakeFirst();
    return row ? toTemplate(row) : null;
  };

  return {
    async insert(accountId, t) {
      await ctx.db
        .insertInto('templates')
        .values({
          accountId,
          id: t.id,
          name: t.name,
          kind: t.kind,
          lang: t.lang,
          subject: t.subject,
          body: t.body,
          askKind: t.askKind,
          giveKind: t.giveKind,
          createdAt: iso(t.createdAt),
          updatedAt: iso(t.updatedAt),
        })
        .execute();
      return (await get(accountId, t.id)) as Template;
    },

    async update(accountId, id, patch, updatedAt) {
      const result = await ctx.db
        .updateTable('templates')
        .set({ ...patch, updatedAt: iso(updatedAt) })
        .where('accountId', '=', accountId)
        .where('id', '=', id)
        .executeTakeFirst();
      return result.numUpdatedRows > 0n ? get(accountId, id) : null;
    },

    get,

    async list(accountId) {
      const rows = await ctx.db
        .selectFrom('templates')
        .selectAll()
        .where('accountId', '=', accountId)
        .orderBy('name')
        .orderBy('id')
        .execute();
      return rows.map(toTemplate);
    },

    async delete(accountId, id) {
      const result = await ctx.db
        .deleteFrom('templates')
        .where('accountId', '=', accountId)
        .where('id', '=', id)
        .executeTakeFirst();
      return result.numDeletedRows > 0n;
    },
  };
}

function toTemplate(row: Selectable<TemplatesTable>): Template {
  return {
    id: row.id,
    name: row.name,
    kind: row.kind as TemplateKind,
    lang: row.lang as ReviewLang,
    subject: row.subject,
    body: row.body,
    askKind: row.askKind as AskKind | null,
    giveKind: row.giveKind as GiveKind | null,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
  };
}
