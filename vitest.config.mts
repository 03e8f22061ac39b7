import { defineConfig } from 'vitest/config';
import tsconfigPaths from 'vite-tsconfig-paths';

// Unit tests (lib/), database tests (db/) and command tests (scripts/) run in Node; e2e lives in Playwright.
export default defineConfig({
  plugins: [tsconfigPaths()],
  test: {
    include: ['lib/**/*.test.ts', 'db/**/*.test.ts', 'scripts/**/*.test.ts'],
    environment: 'node',
    // Vitest's default on two cores is one file at a time (cores − 1). A database or command test mostly
    // waits on another thread or process (PGlite's thread, PostgreSQL, the command it runs), so two files
    // at once keep both cores busy.
    maxWorkers: 2,
    minWorkers: 1,
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // server-only throws outside React Server Components; tests import db/queries directly.
    alias: { 'server-only': new URL('./lib/testing/server-only-stub.ts', import.meta.url).pathname },
  },
});
