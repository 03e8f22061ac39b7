// The actor type-ahead follows the WAI-ARIA combobox pattern (issue 15): no option is active until
// the user moves, ArrowDown + Enter picks the option highlighted, and a new actor is created only
// when "Create new actor …" itself is chosen.
import { expect, test, type Locator } from '@playwright/test';
import { DashboardPage } from './pages/dashboard';
import { EventFormPage } from './pages/event-form';

test('the actor type-ahead picks what the keyboard highlights, and creates nothing unasked', async ({ page }) => {
  const form = new EventFormPage(page);
  await form.open();
  const input = form.field('Add actor');
  await input.fill('Pashin');
  const list = page.getByRole('listbox', { name: 'Actors' });
  const first = list.getByRole('option').first();
  await expect(first).toHaveText(/^Nikol Pashinyan/);
  // Nothing active yet: Enter neither picks nor creates.
  await expect(list.getByRole('option', { selected: true })).toHaveCount(0);
  await expect(input).not.toHaveAttribute('aria-activedescendant');
  await input.press('Enter');
  await expect(page.getByRole('button', { name: /^Remove / })).toHaveCount(0);
  // ArrowDown highlights the first option, and Enter picks exactly it.
  await input.press('ArrowDown');
  await expect(first).toHaveAttribute('aria-selected', 'true');
  await expect(input).toHaveAttribute('aria-activedescendant', (await first.getAttribute('id'))!);
  await input.press('Enter');
  await expect(page.getByRole('button', { name: 'Remove Nikol Pashinyan' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Remove Pashin' })).toHaveCount(0);
});

/** The open listbox lies wholly below or wholly above its input: it never hides what is being typed. */
async function expectListClearOfInput(input: Locator, list: Locator) {
  await expect(list.getByRole('option').first()).toBeVisible();
  const [i, l] = [(await input.boundingBox())!, (await list.boundingBox())!];
  const clear = l.y >= i.y + i.height - 0.5 || l.y + l.height <= i.y + 0.5;
  expect(clear, `list ${JSON.stringify(l)} overlaps input ${JSON.stringify(i)}`).toBe(true);
}

test('the actor type-ahead’s list never covers its input, on the form and the dashboard, wide and narrow', async ({
  page,
}) => {
  for (const viewport of [
    { width: 1366, height: 900 },
    { width: 390, height: 844 },
  ]) {
    await page.setViewportSize(viewport);
    const form = new EventFormPage(page);
    await form.open();
    const input = form.field('Add actor');
    await input.fill('Ar');
    await expectListClearOfInput(input, page.getByRole('listbox', { name: 'Actors' }));
    // With actors chosen, the chips sit above the input: the list still opens clear of it.
    await form.addActor('Nikol Pashinyan');
    await input.fill('Az');
    await expectListClearOfInput(input, page.getByRole('listbox', { name: 'Actors' }));

    // Once hydrated: a click on Filters before then would do nothing.
    await new DashboardPage(page).goto();
    if (viewport.width < 600) await page.getByRole('button', { name: /^Filters/ }).click();
    const filter = page.getByLabel('Actor', { exact: true });
    await filter.fill('Ar');
    await expectListClearOfInput(filter, page.getByRole('listbox', { name: 'Actors' }));
  }
});

test('Tab leaves the dashboard’s Actor filter for the next field, its open list closing behind it', async ({
  page,
}) => {
  await new DashboardPage(page).goto();
  const filter = page.getByLabel('Actor', { exact: true });
  await filter.focus();
  await expect(page.getByRole('listbox', { name: 'Actors' })).toBeVisible();
  await filter.press('Tab');
  await expect(page.getByRole('listbox', { name: 'Actors' })).toHaveCount(0);
  const focused = await page.evaluate(() => document.activeElement?.tagName ?? 'none');
  expect(focused).not.toBe('BODY');
  await page.keyboard.press('Shift+Tab');
  await expect(filter).toBeFocused();
});
