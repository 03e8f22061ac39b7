// How every browser run here starts Chromium (the end-to-end tests, the screenshots, the bench):
// Debian's where installed, else Playwright's own, with the flags this closed network needs.
import fs from 'node:fs';
import { chromium } from '@playwright/test';

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

/** Debian's Chromium where installed (this project's CI), else Playwright's own browser. */
export function chromiumPath(): string | undefined {
  if (fs.existsSync('/usr/bin/chromium')) return '/usr/bin/chromium';
  if (fs.existsSync(chromium.executablePath())) return undefined;
  throw new Error(
    'No browser for the end-to-end tests. Install one: on Debian/Ubuntu `sudo apt-get install chromium`, ' +
      'elsewhere `npx playwright install chromium`. Then run npm test again.',
  );
}
