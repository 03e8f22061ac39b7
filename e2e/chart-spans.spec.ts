import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { DashboardPage } from './pages/dashboard';

test.describe('frequency chart: spans, milestones, zoom', () => {
  test('zoomed to autumn 2020, the war is a bar in the spans lane that opens its event', async ({ page }) => {
    const dash = new DashboardPage(page);
    await dash.goto('?from=2020-09-01&to=2020-11-30');
    const lane = page.getByTestId('spans-lane');
    const war = lane.getByRole('link', { name: 'Second Nagorno-Karabakh War', exact: true });
    await expect(war).toBeVisible();
    // It runs over most of the window (27 Sep – 10 Nov of 1 Sep – 30 Nov), not a sliver on its first day.
    const laneBox = (await lane.boundingBox())!;
    const warBox = (await war.boundingBox())!;
    expect(warBox.width / laneBox.width).toBeGreaterThan(0.4);
    expect(warBox.width / laneBox.width).toBeLessThan(0.6);
    // Bars in one lane never overlap.
    const boxes = await lane
      .getByRole('link')
      .evaluateAll((links) =>
        links.map((a) => a.getBoundingClientRect()).map((r) => ({ x: r.x, y: r.y, right: r.right })),
      );
    for (const a of boxes)
      for (const b of boxes)
        if (a !== b && Math.abs(a.y - b.y) < 2) expect(a.right <= b.x + 0.5 || b.right <= a.x + 0.5).toBe(true);
    expect(await new AxeBuilder({ page }).analyze().then((r) => r.violations)).toEqual([]);
    await war.click();
    await expect(page.getByRole('heading', { level: 1, name: 'Second Nagorno-Karabakh War' })).toBeVisible();
  });

  test('spreading ranges draws their days and says what it does; Reset zoom clears From and To', async ({ page }) => {
    const dash = new DashboardPage(page);
    await dash.goto('?from=2020-09-01&to=2020-11-30');
    const imprecise = Number(await page.getByTestId('imprecise-count').textContent());
    const spread = page.getByRole('checkbox', { name: 'Spread ranges over their days' });
    // The box follows the URL: it is ticked once the view has moved to spread=true.
    await spread.click();
    await expect(page).toHaveURL(/spread=true/);
    await expect(spread).toBeChecked();
    await expect(page.getByTestId('spread-count')).toBeVisible();
    await expect(dash.chart).toContainText('each adds 1/N to each of its N days');
    const left = await page.getByTestId('imprecise-count').count();
    if (left) expect(Number(await page.getByTestId('imprecise-count').textContent())).toBeLessThan(imprecise);
    await page.getByRole('button', { name: 'Reset zoom' }).click();
    await expect(page).not.toHaveURL(/from=/);
    await expect(page).not.toHaveURL(/to=/);
    await expect(page.getByRole('button', { name: 'Reset zoom' })).toHaveCount(0);
  });

  test('the y axis fits the data: a tallest bar of n (a few) gives the ticks 0 … n', async ({ page, request }) => {
    // Other specs may add events on the Sochi summit's day: the tallest bar is read from the API.
    const window = 'from=2021-11-26&to=2021-11-26&bucket=day';
    const frequency = (await (await request.get(`/api/stats/frequency?${window}`)).json()) as {
      series: { total: number }[];
    };
    const tallest = Math.max(...frequency.series.map((b) => b.total));
    expect(tallest).toBeGreaterThanOrEqual(1);
    expect(tallest).toBeLessThanOrEqual(4);
    const dash = new DashboardPage(page);
    await dash.goto(`?${window}`);
    // The x axis's labels are dates: the numeric ones are the y axis's.
    const ticks = page.getByTestId('frequency-chart').locator('.recharts-cartesian-axis-tick-value');
    const expected = Array.from({ length: tallest + 1 }, (_, i) => String(i));
    await expect.poll(async () => (await ticks.allTextContents()).filter((t) => /^\d+$/.test(t))).toEqual(expected);
  });

  test('the page names the conflict, its years, its count and its key milestones', async ({ page }) => {
    const dash = new DashboardPage(page);
    await dash.goto();
    await expect(page.getByRole('heading', { level: 1, name: 'Armenia–Azerbaijan conflict' })).toBeVisible();
    await expect(page.getByTestId('conflict-facts')).toHaveText(/1988–2025 · \d+ events in all/);
    const key = page.getByRole('navigation', { name: 'Key milestones' }).getByRole('link');
    await expect(key.first()).toContainText('Bishkek Protocol signed');
    await expect(key).toHaveCount(6);
    await expect(key.last()).toContainText('Washington summit');
  });
});
