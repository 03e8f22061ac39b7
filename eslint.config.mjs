import { defineConfig, globalIgnores } from 'eslint/config';
import nextVitals from 'eslint-config-next/core-web-vitals';
import nextTs from 'eslint-config-next/typescript';
import prettier from 'eslint-config-prettier/flat';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';
import { importX } from 'eslint-plugin-import-x';

export default defineConfig([
  ...nextVitals,
  ...nextTs,
  // Layout is Prettier's job (npm run format); lint keeps to what a formatter cannot see.
  prettier,
  {
    files: ['**/*.ts', '**/*.tsx', '**/*.mts'],
    rules: {
      // A local that hides an outer name has hidden a bug before (a local `options` over the parameter).
      'no-shadow': 'off',
      '@typescript-eslint/no-shadow': 'error',
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      // Small enough to read at once; a longer one says why in a comment and disables this for itself.
      'max-lines-per-function': ['warn', { max: 80, skipBlankLines: true, skipComments: true, IIFEs: true }],
    },
  },
  {
    // Modules that import each other in a circle load half-initialised, and cannot be read one at a time.
    files: ['**/*.ts', '**/*.tsx', '**/*.mts', '**/*.mjs'],
    plugins: { 'import-x': importX },
    settings: {
      'import-x/resolver-next': [createTypeScriptImportResolver({ project: './tsconfig.json' })],
      'import-x/extensions': ['.ts', '.tsx', '.mts', '.js', '.mjs'],
    },
    rules: { 'import-x/no-cycle': ['error', { ignoreExternal: true }] },
  },
  // A test's describe block is a list of cases, not a function to read at once.
  { files: ['**/*.test.ts', '**/*.test.tsx', 'e2e/**'], rules: { 'max-lines-per-function': 'off' } },
  globalIgnores([
    '.next/**',
    'out/**',
    'build/**',
    'next-env.d.ts',
    'data/**',
    'bench/results/**',
    'test-results/**',
    'playwright-report/**',
    'e2e/screenshots/**',
  ]),
]);
