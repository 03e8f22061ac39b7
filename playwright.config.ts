import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { defineConfig, devices } from '@playwright/test';
import { CHROMIUM_ARGS, chromiumPath } from './e2e/chromium';

// The app under test runs on its own port with a fresh, temporary data directory — never ./data.
// Set once in the main process; workers inherit it.
process.env.FAULTLINE_E2E_DATA_DIR ??= fs.mkdtempSync(path.join(os.tmpdir(), 'faultline-e2e-'));
// A second server, with its own data, for the accounts spec: once it has an account, every request
// needs one, which the other specs (a single user on this machine) must never meet.
process.env.FAULTLINE_E2E_ACCOUNTS_DIR ??= fs.mkdtempSync(path.join(os.tmpdir(), 'faultline-e2e-accounts-'));
const PORT = Number(process.env.FAULTLINE_E2E_PORT ?? 3123);
export const BASE_URL = `http://127.0.0.1:${PORT}`;
export const ACCOUNTS_URL = `http://127.0.0.1:${PORT + 1}`;

const server = (port: number, dataDir: string) => ({
  command: 'npm start',
  url: `http://127.0.0.1:${port}/api/health`,
  timeout: 600_000,
  reuseExistingServer: false,
  // SIGTERM lets the server close the database, release its lock and remove the throw-away directory.
  gracefulShutdown: { signal: 'SIGTERM' as const, timeout: 15_000 },
  stdout: 'pipe' as const,
  stderr: 'pipe' as const,
  env: {
    HOST: '127.0.0.1',
    PORT: String(port),
    FAULTLINE_DATA_DIR: dataDir,
    FAULTLINE_DATA_DIR_EPHEMERAL: '1',
    DATABASE_URL: '',
    // e2e/share.spec.ts: the embed may be framed by this site, no other page by any.
    FAULTLINE_EMBED_ORIGINS: 'https://news.example.org',
  },
});

const desktop = { ...devices['Desktop Chrome'], viewport: { width: 1366, height: 900 } };

export default defineConfig({
  testDir: 'e2e',
  testMatch: '**/*.spec.ts',
  fullyParallel: false,
  // The specs share one server's data, so they run one at a time (the desktop project's one worker);
  // the accounts spec has a server of its own and runs beside them, on the second worker.
  workers: 2,
  retries: 0,
  forbidOnly: !!process.env.CI,
  reporter: process.env.CI ? 'list' : [['list']],
  timeout: 60_000,
  use: {
    baseURL: BASE_URL,
    trace: 'retain-on-failure',
    launchOptions: {
      executablePath: chromiumPath(),
      args: CHROMIUM_ARGS,
    },
  },
  projects: [
    { name: 'desktop', testIgnore: '**/accounts.spec.ts', workers: 1, use: desktop },
    { name: 'accounts', testMatch: '**/accounts.spec.ts', workers: 1, use: desktop },
    // npm run screenshots: only when asked for, never in npm test.
    ...(process.env.FAULTLINE_SCREENSHOTS
      ? [
          {
            name: 'screenshots',
            testMatch: '**/*.shoot.ts',
            use: { ...devices['Desktop Chrome'] },
            // One picture per test; a page that streams its widgets under load may take a while.
            timeout: 120_000,
            retries: 1,
          },
        ]
      : []),
  ],
  // Started one after the other: the first builds the app if needed, the second finds it built.
  webServer: [
    server(PORT, process.env.FAULTLINE_E2E_DATA_DIR),
    server(PORT + 1, process.env.FAULTLINE_E2E_ACCOUNTS_DIR),
  ],
});
