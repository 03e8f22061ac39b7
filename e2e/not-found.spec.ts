// Pages of things that do not exist answer 404 (not a 200 with a "not found" text), so links checkers, crawlers and
// scripts can tell; they still say so in words.
import { expect, test } from '@playwright/test';

test('a page of a record that does not exist answers 404 and says so', async ({ page }) => {
  for (const path of ['/actors/999999', '/places/999999', '/articles/abc', '/articles/999999', '/events/abc']) {
    const res = await page.request.get(path, { maxRedirects: 0 });
    expect(res.status(), path).toBe(404);
  }
  const res = await page.goto('/events/999999');
  expect(res?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1, name: 'No such event' })).toBeVisible();
});
