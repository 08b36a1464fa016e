// The layer rule is enforced by ESLint: this proves it catches imports against the arrows.
import { fileURLToPath } from 'node:url';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('..', import.meta.url));
const eslint = new ESLint({ cwd: root });

async function restrictedImports(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.message);
}

describe('the layer rule', () => {
  it('keeps I/O and the other packages out of core', async () => {
    expect(
      await restrictedImports(
        'packages/core/src/contacts/x.ts',
        "import { readFileSync } from 'node:fs';\nreadFileSync('a');\n",
      ),
    ).toHaveLength(1);
    expect(
      await restrictedImports('packages/core/src/contacts/x.ts', "export { openStorage } from '@nexo/storage';\n"),
    ).toHaveLength(1);
  });

  it('lets storage use core but not its callers', async () => {
    expect(await restrictedImports('packages/storage/src/x.ts', "export { AppError } from '@nexo/core';\n")).toEqual(
      [],
    );
    expect(
      await restrictedImports('packages/storage/src/x.ts', "export { buildApp } from '@nexo/server';\n"),
    ).toHaveLength(1);
  });

  it('keeps the web app on the HTTP contract', async () => {
    expect(await restrictedImports('packages/web/src/x.ts', "export { translate } from '@nexo/core';\n")).toHaveLength(
      1,
    );
  });
});
