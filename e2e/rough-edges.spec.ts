import { expect, test, type Locator } from '@playwright/test';
import { DashboardPage } from './pages/dashboard';
import { EventFormPage } from './pages/event-form';

/** The text of the error a control is described by (its last aria-describedby id). */
async function errorOf(control: Locator) {
  const ids = ((await control.getAttribute('aria-describedby')) ?? '').split(' ');
  const id = ids.find((i) => i.endsWith('-error')) ?? '';
  return control.page().locator(`[id="${id}"]`);
}

test.describe('the event form’s messages name their fields', () => {
  test('required fields are marked, and an empty form puts each error on its own field', async ({ page }) => {
    const form = new EventFormPage(page);
    await form.open();
    for (const label of ['Title', 'Event type', 'Sub-type', 'Date', 'Publisher'])
      await expect(form.field(label)).toHaveAttribute('aria-required', 'true');
    await expect(form.field('Summary')).not.toHaveAttribute('aria-required', 'true');
    await form.save();
    await expect(form.field('Event type')).toHaveAttribute('aria-invalid', 'true');
    await expect(await errorOf(form.field('Event type'))).toHaveText('Choose an event type, then its sub-type');
    await expect(form.field('Sub-type')).not.toHaveAttribute('aria-invalid', 'true');
    const summary = page.getByRole('alert').filter({ hasText: 'need attention' });
    await expect(summary).toBeFocused();
    await summary.getByRole('button', { name: 'Title' }).click();
    await expect(form.field('Title')).toBeFocused();
  });

  test('a new actor without a kind, a place without longitude and an impossible day are each named', async ({
    page,
  }) => {
    const form = new EventFormPage(page);
    await form.open();
    await form.field('Date').fill('2021-02-30');
    await form.field('Add actor').fill('Local militia of Tegh');
    await page.getByRole('option', { name: 'Create new actor “Local militia of Tegh”' }).click();
    await form.field('Place').fill('Tegh village');
    await page.getByRole('option', { name: /New place “Tegh village”/ }).click();
    await form.field('Latitude').fill('39.55');
    await form.save();
    await expect(page.getByText('Invalid input')).toHaveCount(0);
    await expect(await errorOf(form.field('Date'))).toHaveText(
      '2021-02-30 is not a real date: there is no 30 February',
    );
    const kind = form.field('Kind of Local militia of Tegh');
    await expect(kind).toHaveAttribute('aria-invalid', 'true');
    await expect(await errorOf(kind)).toHaveText('Kind: choose what kind of actor the new one is');
    await expect(form.field('Longitude')).toHaveAttribute('aria-invalid', 'true');
    await expect(await errorOf(form.field('Longitude'))).toHaveText('Longitude: a number from -180 to 180 is required');
    await expect(form.field('Place name')).not.toHaveAttribute('aria-invalid', 'true');
    await expect(form.field('Latitude')).not.toHaveAttribute('aria-invalid', 'true');
  });

  test('“Save anyway” is scrolled to and focused, and a saved-anyway duplicate is not offered again', async ({
    page,
  }) => {
    const form = new EventFormPage(page);
    await form.open();
    await form.field('Title').fill('Putin hosts Aliyev and Pashinyan in Sochi, second report');
    await form.field('Event type').selectOption({ label: 'Diplomacy' });
    await form.field('Sub-type').selectOption({ label: 'Summit or meeting' });
    await form.field('Date').fill('2021-11-26');
    await form.addActor('Ilham Aliyev');
    await form.field('Publisher').fill('Third Wire');
    await form.save();
    const saveAnyway = page.getByRole('button', { name: 'Save anyway' });
    await expect(saveAnyway).toBeFocused();
    await expect(saveAnyway).toBeInViewport();
    // The save fails once (the network): saving again does not ask about the same duplicate.
    let failed = false;
    await page.route('**/api/events', async (route) => {
      if (route.request().method() !== 'POST' || failed) return route.fallback();
      failed = true;
      await route.fulfill({ status: 503, json: { error: 'Busy, try again' } });
    });
    await saveAnyway.click();
    await expect(page.getByRole('alert').filter({ hasText: 'Busy, try again' })).toBeVisible();
    await form.save();
    await expect(page.getByRole('heading', { level: 1, name: /second report/ })).toBeVisible();
  });

  test('editing an event does not offer the event itself as its duplicate', async ({ page }) => {
    const dash = new DashboardPage(page);
    await dash.goto('?from=1988-02-22&to=1988-02-22');
    await dash
      .articles()
      .filter({ hasText: 'Askeran clash' })
      .getByRole('link', { name: 'Askeran clash', exact: true })
      .click();
    await expect(page).toHaveURL(/\/events\/\d+/);
    const title = (await page.getByRole('heading', { level: 1 }).textContent())!;
    await page.getByRole('link', { name: 'Edit', exact: true }).click();
    const form = new EventFormPage(page);
    await form.field('Reason for the change').fill('Checked the source');
    await form.save();
    await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
  });
});

test.describe('the timeline feed by keyboard', () => {
  test('Page Down / Page Up move between events, Ctrl+End leaves the feed, and a skip link jumps past it', async ({
    page,
  }) => {
    const dash = new DashboardPage(page);
    await dash.goto('?from=2020-09&to=2020-11');
    const first = dash.articles().first();
    await first.getByRole('link').first().focus();
    await page.keyboard.press('PageDown');
    await expect(page.locator('article:focus')).toHaveAttribute('data-index', '1');
    await page.keyboard.press('PageDown');
    await expect(page.locator('article:focus')).toHaveAttribute('data-index', '2');
    await page.keyboard.press('PageUp');
    await expect(page.locator('article:focus')).toHaveAttribute('data-index', '1');
    await page.keyboard.press('Control+End');
    await expect(page.locator(':focus')).toHaveCount(1);
    expect(await dash.feed.locator(':focus').count()).toBe(0);
    await page.keyboard.press('Control+Home');
    expect(await dash.feed.locator(':focus').count()).toBe(0);

    const skip = page.getByRole('link', { name: 'Skip the timeline' });
    await skip.focus();
    await expect(skip).toBeVisible();
    await page.keyboard.press('Enter');
    expect(await dash.feed.locator(':focus').count()).toBe(0);
    const after = await page.evaluate(() => {
      const feed = document.querySelector('[role="feed"]')!;
      const focused = document.activeElement!;
      return Boolean(feed.compareDocumentPosition(focused) & Node.DOCUMENT_POSITION_FOLLOWING);
    });
    expect(after).toBe(true);
  });
});

test.describe('maps', () => {
  test('the event page shows its place on a map', async ({ page }) => {
    const dash = new DashboardPage(page);
    await dash.goto('?location=Stepanakert&from=2020-10&to=2020-10');
    await dash.articles().first().getByRole('link').first().click();
    const map = page.getByRole('figure');
    await expect(map.getByRole('img', { name: /^Map: Stepanakert/ })).toBeVisible();
    await expect(map).toContainText('Stepanakert on the map of the South Caucasus');
  });

  test('on a phone, map labels are at least 12 px, inside the map and clear of each other and the countries', async ({
    page,
  }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    const dash = new DashboardPage(page);
    await dash.goto();
    const svg = page.getByRole('group', { name: /^Map of the South Caucasus/ });
    await expect(svg.locator('.marker-label').first()).toBeVisible();
    const { labels, box } = await svg.evaluate((el) => ({
      box: el.getBoundingClientRect().toJSON() as DOMRect,
      labels: [...el.querySelectorAll('.marker-label, .country-label')].map(
        (t) => t.getBoundingClientRect().toJSON() as DOMRect,
      ),
    }));
    expect(labels.length).toBeGreaterThan(0);
    for (const [i, a] of labels.entries()) {
      expect(a.height).toBeGreaterThanOrEqual(12);
      expect(a.left).toBeGreaterThanOrEqual(box.left - 1);
      expect(a.right).toBeLessThanOrEqual(box.right + 1);
      for (const b of labels.slice(i + 1))
        expect(a.right <= b.left + 1 || b.right <= a.left + 1 || a.bottom <= b.top + 1 || b.bottom <= a.top + 1).toBe(
          true,
        );
    }
  });
});

test('the milestone widget compares two periods of the analyst’s choosing by event type', async ({ page }) => {
  const dash = new DashboardPage(page);
  await dash.goto();
  const widget = page.getByRole('region', { name: 'Before and after a milestone' });
  await widget.getByLabel('First from').fill('2020-01');
  await widget.getByLabel('First to').fill('2020-08');
  await widget.getByLabel('Second from').fill('2020-09-27');
  await widget.getByLabel('Second to').fill('2020-11-10');
  await widget.getByRole('button', { name: 'Compare' }).click();
  const table = widget.getByRole('table', { name: 'Matching events by type in the two periods' });
  const battles = table.getByRole('row', { name: /^Battles/ });
  await expect(battles).toBeVisible();
  await expect(table.getByRole('row', { name: /^All types/ })).toBeVisible();
  await widget.getByLabel('Second to').fill('2020-02-30');
  await widget.getByRole('button', { name: 'Compare' }).click();
  await expect(widget.getByText('"2020-02-30" is not a date; there is no 30 February')).toBeVisible();
  await expect(widget.getByLabel('Second to')).toHaveAttribute('aria-invalid', 'true');
});
