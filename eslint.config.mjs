import { defineConfig, globalIgnores } from 'eslint/config';
import nextVitals from 'eslint-config-next/core-web-vitals';
import nextTs from 'eslint-config-next/typescript';
import prettier from 'eslint-config-prettier/flat';

export default defineConfig([
  ...nextVitals,
  ...nextTs,
  // Layout is Prettier's job (npm run format); lint keeps to what a formatter cannot see.
  prettier,
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
