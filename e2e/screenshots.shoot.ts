// Regenerates e2e/screenshots/*.png (npm run screenshots): every page at desktop and phone width,
// light and dark, to look at before a change lands. Not part of npm test. One test per picture, so a slow
// page costs its own test's time, never the whole run's.
import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { readSeedArticle } from '../lib/extract/seed-article';

/** The tallest picture kept, in px. */
const MAX_HEIGHT = 5000;
const WIDTHS = { desktop: { width: 1366, height: 900 }, phone: { width: 390, height: 844 } } as const;
const PAGES = [
  { name: 'dashboard', path: '/' },
  { name: 'dashboard-filtered', path: '/?actor=Ilham+Aliyev&from=2020&to=2023' },
  { name: 'embed', path: '/embed?actor=Ilham+Aliyev&from=2020&to=2023' },
  { name: 'embed-unknown-actor', path: '/embed?actor=Nobody' },
  { name: 'event', path: '/events/73' },
  { name: 'event-new', path: '/events/new' },
  { name: 'event-edit', path: '/events/73/edit' },
  { name: 'import', path: '/import' },
  { name: 'api', path: '/api' },
  { name: 'articles-new', path: '/articles/new' },
  { name: 'articles', path: '/articles' },
  { name: 'article', path: '/articles/1' },
  { name: 'actors', path: '/actors' },
  { name: 'actor', path: '/actors/1' },
  { name: 'places', path: '/places' },
  { name: 'place', path: '/places/2' },
  { name: 'reconcile-queue', path: '/reconcile-queue' },
  { name: 'duplicates', path: '/duplicates' },
  { name: 'conflicts', path: '/conflicts' },
  // Before the first account, /review, /admin and /account all lead here (making one would lock the server).
  { name: 'setup', path: '/setup' },
];

const seedText = readSeedArticle();

/** A stored article with one accepted event, so the article pages have something to show. */
async function storeArticle(request: APIRequestContext) {
  const res = await request.post('/api/articles', {
    data: {
      text: seedText,
      publisher: 'Warsaw Institute',
      title: 'Putin Receives Armenian And Azeri Leaders For Talks',
      publishedAt: '2021-11-29',
    },
  });
  const { id, created } = (await res.json()) as { id: number; created: boolean };
  if (!created) return;
  const quote =
    'A three-way communique said Aliyev and Pashinyan had agreed to “work towards increased stability and ' +
    'security on the border.”';
  const start = seedText.indexOf(quote);
  await request.post('/api/events', {
    data: {
      title: 'Trilateral communique on border stability',
      subType: 'agreement-or-ceasefire',
      precision: 'day',
      dateStart: '2021-11-26',
      sources: [{ publisher: 'Warsaw Institute', quote, article: { id, start, end: start + quote.length } }],
    },
  });
}

/** The review of the seed article, one suggestion accepted and one open in the event form. */
async function review(page: Page) {
  await page.goto('/articles/new');
  await page.getByLabel('Article text').fill(seedText);
  await page.getByLabel('Published').fill('2021-11-29');
  await page.getByLabel('Publisher').fill('Warsaw Institute');
  await page.getByLabel('Article title').fill('Putin Receives Armenian And Azeri Leaders For Talks');
  await page.getByRole('button', { name: 'Suggest events' }).click();
  const cards = page.getByRole('region', { name: 'Suggested events' }).getByRole('article');
  await expect(cards).toHaveCount(9);
  await cards.nth(5).getByRole('button', { name: 'Reject' }).click();
}

async function settle(page: Page) {
  await page.waitForLoadState('networkidle');
  await page.waitForTimeout(500);
}

test.beforeAll(async ({ playwright }, info) => {
  const request = await playwright.request.newContext({ baseURL: info.project.use.baseURL });
  await storeArticle(request);
  await request.dispose();
});

for (const [device, viewport] of Object.entries(WIDTHS)) {
  for (const theme of ['light', 'dark'] as const) {
    test.describe(`${device} ${theme}`, () => {
      test.use({ viewport, colorScheme: theme });
      const shot = async (page: Page, name: string) => {
        // The whole page, up to 5,000 px: the API reference is far longer, and its top says enough.
        const height = await page.evaluate(() => document.documentElement.scrollHeight);
        await page.screenshot({
          path: `e2e/screenshots/${name}-${device}-${theme}.png`,
          fullPage: true,
          clip: { x: 0, y: 0, width: viewport.width, height: Math.min(height, MAX_HEIGHT) },
        });
      };

      for (const p of PAGES)
        test(p.name, async ({ page }) => {
          await page.goto(p.path);
          await settle(page);
          await shot(page, p.name);
        });

      if (device === 'phone')
        test('menu', async ({ page }) => {
          await page.goto('/');
          await page.getByRole('button', { name: 'Menu' }).click();
          await expect(page.getByRole('navigation', { name: 'Site' })).toBeVisible();
          await page.screenshot({ path: `e2e/screenshots/menu-${device}-${theme}.png` });
        });

      test('articles-review', async ({ page }) => {
        await review(page);
        await settle(page);
        await shot(page, 'articles-review');
        const third = page.getByRole('region', { name: 'Suggested events' }).getByRole('article').nth(2);
        await third.getByRole('button', { name: 'Edit' }).click();
        await expect(third.getByRole('form', { name: 'Edit suggestion 3' })).toBeVisible();
        await settle(page);
        await third.screenshot({ path: `e2e/screenshots/articles-review-edit-${device}-${theme}.png` });
      });
    });
  }
}
