// Lint for the whole tree (`npm run lint`, part of `npm test`): typescript-eslint's recommended rules.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';

export default tseslint.config(
  {
    ignores: ['**/node_modules/**', '**/dist/**', 'admin/src/graphql/generated.ts', 'admin/e2e/artifacts/**', 'bench/results/**', '.data/**', 'coverage/**'],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      // A leading underscore names what is deliberately left unused (a destructured field left out, a callback's parameter).
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', ignoreRestSiblings: true }],
      // Node's require() is how a module is loaded by name at run time (the registry's subgraphs, the stack script).
      '@typescript-eslint/no-require-imports': 'off',
      // TypeORM and type-graphql take entity and resolver classes as `Function`.
      '@typescript-eslint/no-unsafe-function-type': 'off',
      // A server's stop function is written before the tasks it stops are started.
      'prefer-const': ['error', { ignoreReadBeforeAssign: true }],
    },
  },
  {
    // Tests and the bench read answers of any shape.
    files: ['**/*.spec.ts', '**/testing/**/*.ts', 'admin/e2e/**/*.ts', 'bench/src/**/*.ts'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
  {
    files: ['admin/src/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
  },
  {
    files: ['**/*.js', '**/*.cjs'],
    languageOptions: { sourceType: 'commonjs' },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
);
