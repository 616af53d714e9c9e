import js from '@eslint/js';
import tseslint from 'typescript-eslint';

const RUNNER_PACKAGES = ['@actions/core', '@actions/github', '@actions/artifact'];

/** The bundle leaves @actions/http-client out (src/action/http-client-unused.ts). */
const NO_ID_TOKEN = {
  object: 'core',
  property: 'getIDToken',
  message: 'The bundle leaves @actions/http-client out: see src/action/http-client-unused.ts.',
};

/** ICU's number and date formatting: 7 MiB of RSS from its first use (src/shared/digits.ts). */
const LOCALE_MESSAGE =
  'Locale formatting sets up ICU, about 7 MiB of RSS: use groupDigits (src/shared/digits.ts) or compareUtf8.';
const NO_LOCALE_FORMATTING = [
  'toLocaleString',
  'toLocaleDateString',
  'toLocaleTimeString',
  'localeCompare',
].map((property) => ({ property, message: LOCALE_MESSAGE }));

/** Lint rules that keep `files` from importing the `forbidden` folders of src/ or the runner. */
function boundary(files, forbidden) {
  const folders = forbidden.map((name) => `src/${name}/`).join(' or ');
  const message = `${files.replace('/**', '/')} must not import ${folders}: move what both need into src/shared/.`;
  const group = forbidden.flatMap((name) => [`**/${name}/*`, `**/${name}/**`, `../${name}`]);
  return [
    {
      files: [files],
      rules: {
        '@typescript-eslint/no-restricted-imports': [
          'error',
          {
            paths: RUNNER_PACKAGES.map((name) => ({
              name,
              message: 'Only src/action/ talks to the runner; return data instead.',
            })),
            patterns: [{ group, message }],
          },
        ],
        'no-restricted-syntax': [
          'error',
          {
            selector: `ImportExpression[source.value=/\\/(${forbidden.join('|')})\\//]`,
            message,
          },
        ],
      },
    },
  ];
}

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
  // The architecture, enforced: shared code imports neither part, the Lambda never imports
  // the action, and only the action talks to the runner (@actions/*). Type-only imports count.
  ...boundary('src/shared/**', ['action', 'lambda']),
  ...boundary('src/lambda/**', ['action']),
  {
    files: ['src/**'],
    rules: { 'no-restricted-properties': ['error', NO_ID_TOKEN] },
  },
  {
    // The long-lived processes (the action, the Lambda) never start ICU's formatting.
    files: ['src/action/**', 'src/shared/**', 'src/lambda/**'],
    rules: {
      'no-restricted-properties': ['error', NO_ID_TOKEN, ...NO_LOCALE_FORMATTING],
      'no-restricted-globals': ['error', { name: 'Intl', message: LOCALE_MESSAGE }],
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
