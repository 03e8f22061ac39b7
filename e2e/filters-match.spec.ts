import { expect, test } from '@playwright/test';
import { DashboardPage } from './pages/dashboard';

test.describe('filters: any or all actors, and the way back from an event', () => {
  test('Match chooses any or all of the actors, says which applies, and lives in the URL', async ({ page }) => {
    const dash = new DashboardPage(page);
    await dash.goto('?actor=Ilham+Aliyev&actor=Nikol+Pashinyan');
    const match = page.getByLabel('Match', { exact: true });
    await expect(match).toHaveValue('any');
    await expect(page.getByTestId('actor-match-hint')).toHaveText('Events with at least one chosen actor');
    const anyTotal = await dash.total();

    await match.selectOption('all');
    await expect(page).toHaveURL(/actorMatch=all/);
    await expect(page.getByTestId('actor-match-hint')).toHaveText('Events with every chosen actor');
    await expect.poll(() => dash.total()).toBeLessThan(anyTotal);
    const allTotal = await dash.total();
    expect(allTotal).toBeGreaterThan(0);
    await expect(dash.chart).toHaveAttribute('data-total', String(allTotal));
    for (const chips of await dash.articles().all()) {
      await expect(chips.getByTestId('actor-chip').filter({ hasText: /^Ilham Aliyev$/ })).toHaveCount(1);
      await expect(chips.getByTestId('actor-chip').filter({ hasText: /^Nikol Pashinyan$/ })).toHaveCount(1);
    }
    // The exports follow the same filters.
    const href = await page.getByRole('link', { name: 'JSON', exact: true }).getAttribute('href');
    expect(href).toContain('actorMatch=all');
    const api = await page.request.get(`/api/events?actor=Ilham+Aliyev&actor=Nikol+Pashinyan&actorMatch=all`);
    expect((await api.json()).total).toBe(allTotal);
    const bad = await page.request.get('/api/events?actorMatch=some');
    expect(bad.status()).toBe(400);
    // The export is named after the view.
    const csv = await page.request.get('/api/export?format=acled&actor=Aliyev&from=2020&to=2021');
    expect(csv.headers()['content-disposition']).toMatch(
      /^attachment; filename="faultline-armenia-azerbaijan-aliyev-2020-2021-\d{4}-\d{2}-\d{2}\.csv"$/,
    );
  });

  test('"← Timeline" on an event page comes back to the same filters; related events are in date order', async ({
    page,
  }) => {
    const dash = new DashboardPage(page);
    await dash.goto('?actor=Ilham+Aliyev&from=2021-11&to=2021-11');
    const total = await dash.total();
    await dash
      .articles()
      .filter({ hasText: 'Sochi summit' })
      .getByRole('link', { name: /Sochi summit/ })
      .click();
    await expect(page.getByRole('heading', { level: 1, name: /Sochi summit/ })).toBeVisible();
    const related = page.getByRole('region', { name: 'Related events' }).getByRole('listitem');
    const dates = await related.evaluateAll((items) => items.map((li) => li.getAttribute('data-date') ?? ''));
    expect(dates.length).toBeGreaterThan(1);
    expect([...dates].sort()).toEqual(dates);
    await page.getByRole('link', { name: '← Timeline' }).click();
    await expect(page).toHaveURL(/actor=Ilham\+Aliyev/);
    await expect(page).toHaveURL(/from=2021-11/);
    await expect.poll(() => dash.total()).toBe(total);
  });
});

test.describe('phone', () => {
  test.use({ viewport: { width: 390, height: 844 } });
  test('the filters fold into a Filters (n) panel; the count and the chart are in the first screen', async ({
    page,
  }) => {
    const dash = new DashboardPage(page);
    await dash.goto('?actor=Azerbaijan&from=2020');
    const toggle = page.getByRole('button', { name: 'Filters (2)' });
    await expect(toggle).toHaveAttribute('aria-expanded', 'false');
    await expect(page.getByLabel('From', { exact: true })).toBeHidden();
    await expect(dash.count).toBeInViewport();
    await expect(dash.chart).toBeInViewport();
    await toggle.click();
    await expect(toggle).toHaveAttribute('aria-expanded', 'true');
    // Inside the panel the fields keep their visible labels.
    await expect(page.getByLabel('From', { exact: true })).toHaveValue('2020');
    await expect(page.getByLabel('Search', { exact: true })).toBeVisible();
  });
});
