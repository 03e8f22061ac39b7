// Regenerates e2e/screenshots/*.png (npm run screenshots): every page at desktop and phone width,
// light and dark, to look at before a change lands. Not part of npm test.
import { test, type Page } from '@playwright/test';

const WIDTHS = { desktop: { width: 1366, height: 900 }, phone: { width: 390, height: 844 } } as const;
const PAGES = [
  { name: 'dashboard', path: '/' },
  { name: 'dashboard-filtered', path: '/?actor=Ilham+Aliyev&from=2020&to=2023' },
  { name: 'event', path: '/events/73' },
  { name: 'event-new', path: '/events/new' },
  { name: 'event-edit', path: '/events/73/edit' },
  { name: 'import', path: '/import' },
  { name: 'api', path: '/api' },
];

async function settle(page: Page) {
  await page.waitForLoadState('networkidle');
  await page.waitForTimeout(500);
}

for (const [device, viewport] of Object.entries(WIDTHS)) {
  for (const theme of ['light', 'dark'] as const) {
    test(`${device} ${theme}`, async ({ page }) => {
      await page.setViewportSize(viewport);
      await page.emulateMedia({ colorScheme: theme });
      for (const p of PAGES) {
        await page.goto(p.path);
        await settle(page);
        await page.screenshot({ path: `e2e/screenshots/${p.name}-${device}-${theme}.png`, fullPage: true });
      }
    });
  }
}
