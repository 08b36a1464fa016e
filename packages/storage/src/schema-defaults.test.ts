// A schema rule the bulk inserts rely on (bulk-insert.ts leaves out columns that are null in every
// row): every column with a default is NOT NULL, so leaving a column out stores NULL exactly when
// NULL was given.
import { sql } from 'kysely';
import { expect, it } from 'vitest';
import { forEachEngine } from './test-support/engines.js';

// Result columns come back in camelCase (storage's CamelCasePlugin): dflt_value is dfltValue.

interface Column {
  table: string;
  column: string;
  nullable: boolean;
  hasDefault: boolean;
}

forEachEngine((engine) => {
  it('has no nullable column with a default', async () => {
    const s = await engine.open();
    let columns: Column[];
    if (s.dialect === 'sqlite') {
      const tables = await sql<{ name: string }>`select name from sqlite_master
        where type = 'table' and name not like 'sqlite_%' and name not like 'contact_search%'`.execute(s.db);
      columns = [];
      for (const { name } of tables.rows) {
        const info = await sql<{ name: string; notnull: number; dfltValue: string | null; pk: number }>`
          select * from pragma_table_info(${name})`.execute(s.db);
        for (const c of info.rows)
          columns.push({
            table: name,
            column: c.name,
            nullable: c.notnull === 0 && c.pk === 0,
            hasDefault: c.dfltValue !== null,
          });
      }
    } else {
      const info = await sql<{
        tableName: string;
        columnName: string;
        isNullable: string;
        columnDefault: string | null;
      }>`
        select table_name, column_name, is_nullable, column_default from information_schema.columns
        where table_schema = current_schema()`.execute(s.db);
      columns = info.rows.map((c) => ({
        table: c.tableName,
        column: c.columnName,
        nullable: c.isNullable === 'YES',
        hasDefault: c.columnDefault !== null,
      }));
    }
    expect(columns.length).toBeGreaterThan(50);
    // Both kinds exist, so the check below is not vacuous.
    expect(columns.some((c) => c.nullable)).toBe(true);
    expect(columns.some((c) => c.hasDefault)).toBe(true);
    expect(columns.filter((c) => c.nullable && c.hasDefault).map((c) => `${c.table}.${c.column}`)).toEqual([]);
  });
});
