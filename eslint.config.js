// Lints honest-ui's own code. Not type-aware on purpose: the syntactic rules are fast enough for every save,
// and `npm run typecheck` already runs the type checker.
import js from '@eslint/js';
import { defineConfig } from 'eslint/config';
import tseslint from 'typescript-eslint';

/** Imports the analysis core (`src/`) must never make: it knows nothing of ESLint (see DESIGN.md). */
const eslintImports = [
  { name: 'eslint', message: 'src/ is the ESLint-free core; ESLint belongs in rules/.' },
  { name: '@typescript-eslint/utils', message: 'src/ is the ESLint-free core; use @typescript-eslint/types for AST types.' },
  { name: 'eslint-plugin-honest-ui', message: 'src/ must not import the ESLint plugin (rules/).' },
];
const eslintImportPatterns = [
  { regex: '^eslint/', message: 'src/ is the ESLint-free core; ESLint belongs in rules/.' },
  { regex: '^@typescript-eslint/utils/', message: 'src/ is the ESLint-free core; use @typescript-eslint/types for AST types.' },
];

/**
 * `no-restricted-imports` matches the import string, not the resolved file, so "anything under the root `rules/`"
 * is spelled per depth: a file at src/a/b.ts reaches it as `../../rules/…`. Matching exactly that many `../`
 * keeps a future `src/css/rules/` (CSS rules are a thing) importable from its neighbours. Files deeper than
 * DEEPEST_EXACT_LEVEL fall back to "any number of `../` then rules/", stricter but still correct for the root.
 */
const DEEPEST_EXACT_LEVEL = 8;

function restrictImports(files, rulesRegex) {
  return {
    files,
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: eslintImports,
          patterns: [
            ...eslintImportPatterns,
            {
              regex: rulesRegex,
              message: 'src/ must not import from rules/: the ESLint adapters depend on the core, never the reverse.',
            },
          ],
        },
      ],
    },
  };
}

const SOURCE_EXTENSIONS = '{ts,tsx,mts,cts,js,mjs,cjs}';
const restrictedImports = [
  restrictImports([`src/**/*.${SOURCE_EXTENSIONS}`], '^(\\./)?(\\.\\./)+rules(/|$)'),
  // Later blocks win for the files they match, so each exact depth overrides the fallback above.
  ...Array.from({ length: DEEPEST_EXACT_LEVEL }, (_, index) =>
    restrictImports([`src/${'*/'.repeat(index)}*.${SOURCE_EXTENSIONS}`], `^(\\./)?(\\.\\./){${index + 1}}rules(/|$)`),
  ),
];

export default defineConfig(
  {
    // tests/accuracy/cases/ is the accuracy corpus: product code as teams write it, not honest-ui's own code.
    ignores: ['dist/', '.build/', '.accuracy/', 'node_modules/', 'fixtures/', 'tests/accuracy/cases/', 'coverage/', 'docs/', '.ci/vitest.json', '.ci/vitest-node24.json', 'bench/.corpus/'],
  },
  {
    files: ['**/*.{js,mjs,cjs,ts,tsx,mts,cts}'],
    extends: [js.configs.recommended, ...tseslint.configs.recommended],
    languageOptions: {
      ecmaVersion: 2023,
      sourceType: 'module',
      // Node globals for the plain JS files (bin, this config); TypeScript files get them from @types/node.
      globals: { process: 'readonly', console: 'readonly', URL: 'readonly' },
    },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  ...restrictedImports,
);
