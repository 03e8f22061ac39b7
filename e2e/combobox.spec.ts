// The actor type-ahead follows the WAI-ARIA combobox pattern (issue 15): no option is active until
// the user moves, ArrowDown + Enter picks the option highlighted, and a new actor is created only
// when "Create new actor …" itself is chosen.
import { expect, test } from '@playwright/test';
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
