// The site header: one row of links on a laptop, a Menu disclosure on a phone, and no page wider than a phone.
import { expect, test, type Page } from '@playwright/test';

const PHONE = { width: 390, height: 844 };
const PAGES = [
  '/',
  '/?actor=Ilham+Aliyev&from=2020&to=2023',
  '/embed?actor=Ilham+Aliyev&from=2020&to=2023',
  '/events/73',
  '/events/new',
  '/import',
  '/api',
  '/articles/new',
  '/articles',
  '/actors',
  '/actors/1',
  '/places',
  '/places/2',
  '/reconcile-queue',
  '/duplicates',
  '/conflicts',
  '/setup',
];

const overflow = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

test.describe('on a phone', () => {
  test.use({ viewport: PHONE });

  test('the links fold under a Menu button that opens, closes with Escape and works by keyboard', async ({ page }) => {
    await page.goto('/');
    await expect(page.locator('main[data-hydrated]')).toBeAttached();
    const menu = page.getByRole('button', { name: 'Menu', exact: true });
    // Closed, the links are out of the accessibility tree: the panel is found by its id until it opens.
    const nav = page.locator('#site-links');
    const conflicts = nav.getByRole('link', { name: 'Conflicts', exact: true });
    await expect(menu).toHaveAttribute('aria-expanded', 'false');
    await expect(menu).toHaveAttribute('aria-controls', 'site-links');
    await expect(conflicts).toBeHidden();

    await menu.focus();
    await page.keyboard.press('Enter');
    await expect(menu).toHaveAttribute('aria-expanded', 'true');
    await expect(conflicts).toBeVisible();
    await expect(page.getByRole('navigation', { name: 'Site' })).toBeVisible();
    // The panel follows the button in tab order, and stays inside the screen.
    await page.keyboard.press('Tab');
    await expect(nav.getByRole('link').first()).toBeFocused();
    const box = (await nav.boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(PHONE.width);
    expect(await overflow(page)).toBeLessThanOrEqual(0);

    await page.keyboard.press('Escape');
    await expect(menu).toHaveAttribute('aria-expanded', 'false');
    await expect(menu).toBeFocused();
    await expect(conflicts).toBeHidden();

    await page.keyboard.press('Space');
    await expect(conflicts).toBeVisible();
    await conflicts.click();
    await expect(page).toHaveURL(/\/conflicts$/);
    await expect(menu).toHaveAttribute('aria-expanded', 'false');
  });

  for (const path of PAGES)
    test(`${path} scrolls no wider than the screen`, async ({ page }) => {
      await page.goto(path);
      await page.waitForLoadState('networkidle');
      expect(await overflow(page)).toBeLessThanOrEqual(0);
    });
});

for (const width of [1280, 1366])
  test(`at ${width} px the links and the theme switch sit in one row, without a Menu button`, async ({ page }) => {
    await page.setViewportSize({ width, height: 800 });
    await page.goto('/');
    await expect(page.getByRole('button', { name: 'Menu' })).toBeHidden();
    const links = page.getByRole('navigation', { name: 'Site' }).getByRole('link');
    await expect(links.first()).toBeVisible();
    const middles = await links.evaluateAll((all) =>
      all.map((a) => a.getBoundingClientRect()).map((r) => Math.round(r.top + r.height / 2)),
    );
    const toggle = (await page.getByRole('button', { name: /Switch to (dark|light) theme/ }).boundingBox())!;
    expect(new Set(middles).size).toBe(1);
    expect(Math.abs(toggle.y + toggle.height / 2 - middles[0]!)).toBeLessThanOrEqual(2);
    expect(await overflow(page)).toBeLessThanOrEqual(0);
  });
