// One linter for the whole repository. The `no-restricted-imports` blocks below are the layer rule:
// core imports nothing of ours and no I/O; io and storage may use core; server and cli wire core to
// storage; web knows only the HTTP contract.
import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const nodeBuiltins = [
  'node:*',
  'fs',
  'fs/*',
  'path',
  'os',
  'http',
  'https',
  'net',
  'child_process',
  'crypto',
  'process',
];

/** Forbids imports of the given workspace packages (and their deep paths) with a message. */
function forbid(packages, message, extra = []) {
  return {
    'no-restricted-imports': [
      'error',
      {
        patterns: [{ group: packages.flatMap((p) => [p, `${p}/*`]), message }, ...extra],
      },
    ],
  };
}

export default tseslint.config(
  { ignores: ['**/dist/**', '**/node_modules/**', 'coverage/**', 'test-results/**', 'bench/results/**'] },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      eqeqeq: ['error', 'always', { null: 'ignore' }],
    },
  },
  {
    files: ['packages/core/src/**/*.ts'],
    rules: forbid(
      ['@nexo/storage', '@nexo/server', '@nexo/cli', '@nexo/core'],
      'core is the innermost layer: it imports nothing of ours (use relative imports inside core).',
      [{ group: nodeBuiltins, message: 'core does no I/O: take what you need as a port (see ports.ts).' }],
    ),
  },
  {
    files: ['packages/io/src/**/*.ts'],
    rules: forbid(['@nexo/storage', '@nexo/server', '@nexo/cli'], 'io turns files into records: it uses core only.'),
  },
  {
    files: ['packages/web/src/**/*.{ts,tsx}'],
    rules: forbid(
      ['@nexo/core', '@nexo/io', '@nexo/storage', '@nexo/server', '@nexo/cli'],
      'web knows only the HTTP API contract (see packages/web/src/api).',
    ),
  },
  {
    files: ['packages/storage/src/**/*.ts'],
    rules: forbid(['@nexo/server', '@nexo/cli'], 'storage implements the ports of core; it must not know its callers.'),
  },
  {
    files: ['packages/server/src/**/*.ts'],
    rules: forbid(['@nexo/cli'], 'server must not depend on the CLI; the CLI starts the server.'),
  },
);
