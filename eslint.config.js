import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'coverage/**', '.tmp/**', 'infra/cdk.out/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: {
      globals: { process: 'readonly', console: 'readonly', Buffer: 'readonly', URL: 'readonly' },
    },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      'no-console': 'error',
    },
  },
  {
    files: ['src/**/*.ts'],
    ignores: ['src/main.ts', 'src/index.ts', 'src/action/**'],
    rules: {
      // Pure modules return data; only the action edge talks to the runner.
      'no-restricted-imports': ['error', { paths: ['@actions/core'] }],
    },
  },
  {
    files: ['local-stack/**', 'scripts/**', 'bench/**', '__tests__/**'],
    rules: { 'no-console': 'off' },
  },
  {
    // Tests are exempt: a describe block is one long function by nature.
    files: ['**/*.ts', '**/*.js', '**/*.mjs'],
    ignores: ['__tests__/**'],
    rules: { 'max-lines-per-function': ['error', { max: 100 }] },
  },
);
