// ESLint flat config: typescript-eslint's recommended rules over the TypeScript sources.
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', '.code-server/**', 'test-results/**', 'examples/clinic-git/**', '.vscode-test/**', 'out/**', '**/*.js', '**/*.mjs', '**/*.cjs'] },
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-explicit-any': 'off',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-restricted-imports': ['error', { paths: [
        { name: 'https', message: 'GoalPlan makes no network connections.' },
        { name: 'http', message: 'GoalPlan makes no network connections.' },
        { name: 'node:https', message: 'GoalPlan makes no network connections.' },
        { name: 'node:http', message: 'GoalPlan makes no network connections.' },
      ] }],
    },
  },
  {
    files: ['server/src/core/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [
        { group: ['vscode', 'vscode-languageserver*', 'node:*', 'fs', 'child_process', 'path', 'os'], message: 'The core is pure: no editor, LSP or Node I/O imports.' },
      ] }],
    },
  },
  {
    files: ['server/src/lsp/services/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [
        { group: ['vscode-languageserver/*', '../context', '../handlers/*', '../diagnostics', '../documents', '../indexer', '../server', 'node:fs', 'fs', 'node:child_process', 'child_process'],
          message: 'Language features are pure functions of the ServiceContext, a document and a position: no connection, no I/O (handlers/ wire them).' },
      ] }],
    },
  },
);
