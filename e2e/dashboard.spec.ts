import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { DashboardPage } from './pages/dashboard';

test.describe('dashboard', () => {
  test('filtering by actor narrows the timeline, the count and the chart, and lives in the URL', async ({ page }) => {
    const dash = new DashboardPage(page);
    await dash.goto();
    await expect(dash.count).toHaveText(/\d+ events/);
    const before = await dash.total();

    await dash.chooseActor('Ilham Aliyev');
    await expect(page).toHaveURL(/actor=Ilham\+Aliyev/);
    await expect.poll(() => dash.total()).toBeLessThan(before);
    const after = await dash.total();
    await expect(dash.chart).toHaveAttribute('data-total', String(after));

    const articles = dash.articles();
    const n = await articles.count();
    expect(n).toBeGreaterThan(0);
    for (let i = 0; i < n; i++) {
      await expect(
        articles
          .nth(i)
          .getByTestId('actor-chip')
          .filter({ hasText: /^Ilham Aliyev$/ }),
      ).toHaveCount(1);
    }

    await page.reload();
    await expect(page.getByRole('button', { name: 'Remove actor Ilham Aliyev' })).toBeVisible();
    await expect.poll(() => dash.total()).toBe(after);

    await page.goBack();
    await expect(page).not.toHaveURL(/actor=/);
    await expect.poll(() => dash.total()).toBe(before);
  });

  test('From and To narrow the timeline to the window', async ({ page }) => {
    const dash = new DashboardPage(page);
    await dash.goto();
    await dash.setDates('2020-09-27', '2020-11-10');
    await expect(page).toHaveURL(/from=2020-09-27/);
    await expect(page).toHaveURL(/to=2020-11-10/);
    await expect.poll(() => dash.total()).toBeLessThan(20);
    const dates = await dash.articles().getByTestId('event-date').allTextContents();
    expect(dates.length).toBeGreaterThan(3);
    for (const d of dates) expect(d).toMatch(/2020/);
    await expect(dash.chart).toHaveAttribute('data-total', String(await dash.total()));
  });

  test('the Sochi summit appears under 26 Nov 2021, and its page shows the sources', async ({ page }) => {
    const dash = new DashboardPage(page);
    await dash.goto('?from=2021-11&to=2021-11');
    const sochi = dash.articles().filter({ hasText: 'Sochi summit' });
    await expect(sochi.getByTestId('event-date')).toHaveText('26 Nov 2021');
    await expect(page.getByRole('heading', { name: 'November 2021', exact: true })).toBeVisible();
    await sochi.getByRole('link', { name: /Sochi summit/ }).click();
    await expect(page.getByRole('heading', { level: 1, name: /Sochi summit/ })).toBeVisible();
    await expect(page.getByTestId('source').first()).toContainText('Warsaw Institute');
    await expect(
      page.getByRole('link', { name: 'Putin Receives Armenian And Azeri Leaders For Talks' }),
    ).toHaveAttribute('href', /warsawinstitute\.org/);
  });

  test('bad filters in the URL get a clear message, not an empty page', async ({ page }) => {
    await page.goto('/?from=2021-02-31');
    const alert = page.getByRole('alert').filter({ hasText: 'cannot be used' });
    await expect(alert).toContainText('from');
    await expect(alert).toContainText('2021-02-31');
  });

  for (const [query, param, value] of [
    ['?actor=Nobody', 'actor', 'Nobody'],
    ['?conflict=nope', 'conflict', 'nope'],
  ] as const) {
    test(`filters naming what does not exist get the same banner, not an error in every widget: ${query}`, async ({
      page,
    }) => {
      await page.goto(`/${query}`);
      await expect(page.locator('main[data-hydrated]')).toBeAttached();
      const alert = page.getByRole('alert').filter({ hasText: 'cannot be used' });
      await expect(alert).toContainText(param);
      await expect(alert).toContainText(value);
      await expect(page.getByText('Could not load this')).toHaveCount(0);
      await expect(page.getByTestId('event-count')).toHaveText('0 events');
    });
  }

  test('loading the dashboard raises no error in the page (the server and the browser render the same)', async ({
    page,
  }) => {
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    const dash = new DashboardPage(page);
    for (const query of ['', '?from=2020&to=2021']) {
      await dash.goto(query);
      await expect(page.getByRole('heading', { level: 1, name: 'Armenia–Azerbaijan conflict' })).toBeVisible();
      await page.waitForLoadState('networkidle');
    }
    expect(errors).toEqual([]);
  });

  for (const path of [
    '/',
    '/events/1',
    '/events/new',
    '/events/1/edit',
    '/import',
    '/api',
    '/articles',
    '/articles/new',
  ]) {
    test(`has no serious accessibility violations: ${path}`, async ({ page }) => {
      await page.goto(path);
      await page.waitForLoadState('networkidle');
      const results = await new AxeBuilder({ page }).analyze();
      const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
      expect(serious.map((v) => `${v.id}: ${v.nodes.length} × ${v.help}`)).toEqual([]);
    });
  }
});
