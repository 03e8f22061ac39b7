import { expect, test } from '@playwright/test';
import { DashboardPage } from './pages/dashboard';
import { EventFormPage } from './pages/event-form';

test.describe('adding and editing events', () => {
  const addedEverywhere =
    'an event added through the form appears in the timeline, under its actor, in the chart, ' +
    'and its edit is in the history';
  test(addedEverywhere, async ({ page }) => {
    const dash = new DashboardPage(page);
    await dash.goto('?actor=Ilham+Aliyev&from=2024-03&to=2024-03');
    const before = await dash.total();

    const form = new EventFormPage(page);
    await form.open();
    await form.field('Title').fill('Aliyev and Pashinyan meet on the sidelines in Munich');
    await form.field('Event type').selectOption({ label: 'Diplomacy' });
    await form.field('Sub-type').selectOption({ label: 'Summit or meeting' });
    await form.field('Precision').selectOption({ label: 'Exact day' });
    await form.field('Date').fill('2024-03-17');
    await form.addActor('Ilham Aliyev');
    await form.addActor('Nikol Pashinyan');
    await form.field('Add actor').fill('Munich Security Conference');
    await page.getByRole('option', { name: 'Create new actor “Munich Security Conference”' }).click();
    await form.field('Kind of Munich Security Conference').selectOption('organisation');
    await form.field('Place').fill('Munich');
    await page.getByRole('option', { name: /New place “Munich”/ }).click();
    await form.field('Latitude').fill('48.1374');
    await form.field('Longitude').fill('11.5755');
    await form.field('Publisher').fill('Example Wire');
    await form.field('Source URL').fill('https://example.org/munich-meeting');
    await form.field('Published').fill('2024-03-17');
    await form.field('Quote').fill('The two leaders met in Munich.');
    await form.save();

    await expect(page.getByRole('heading', { level: 1, name: /meet on the sidelines in Munich/ })).toBeVisible();
    await expect(page.getByTestId('event-date')).toContainText('17 Mar 2024');

    await dash.goto('?actor=Ilham+Aliyev&from=2024-03&to=2024-03');
    await expect.poll(() => dash.total()).toBe(before + 1);
    await expect(dash.chart).toHaveAttribute('data-total', String(before + 1));
    const card = dash.articles().filter({ hasText: 'meet on the sidelines in Munich' });
    await expect(card.getByTestId('event-date')).toHaveText('17 Mar 2024');

    await card.getByRole('link', { name: /meet on the sidelines in Munich/ }).click();
    await page.getByRole('link', { name: 'Edit', exact: true }).click();
    await form.field('Title').fill('Aliyev and Pashinyan meet in Munich');
    await form.field('Reason for the change').fill('Shorter title');
    await form.save();
    await expect(page.getByRole('heading', { level: 1, name: 'Aliyev and Pashinyan meet in Munich' })).toBeVisible();
    const edit = page.getByTestId('revision').first();
    await expect(edit).toContainText('Edited');
    await expect(edit).toContainText('Shorter title');
    await expect(edit.locator('td.old')).toContainText('Aliyev and Pashinyan meet on the sidelines in Munich');
    await expect(edit.locator('td.new')).toContainText('Aliyev and Pashinyan meet in Munich');
  });

  test('a new place may be saved without coordinates: the event page offers to add them', async ({ page }) => {
    const form = new EventFormPage(page);
    await form.open();
    await form.field('Title').fill('Residents block the road at Kirants');
    await form.field('Event type').selectOption({ label: 'Protests' });
    await form.field('Sub-type').selectOption({ index: 1 });
    await form.field('Precision').selectOption({ label: 'Exact day' });
    await form.field('Date').fill('2024-04-19');
    await form.field('Place').fill('Kirants');
    await page.getByRole('option', { name: /New place “Kirants”/ }).click();
    await form.field('Publisher').fill('Example Wire');
    await form.field('Quote').fill('Residents blocked the road at Kirants.');
    await form.save();

    await expect(page.getByRole('heading', { level: 1, name: 'Residents block the road at Kirants' })).toBeVisible();
    await expect(page.getByTestId('event-location')).toContainText('Kirants — no coordinates yet');
    await page.getByRole('link', { name: 'add them on the place’s page' }).click();
    await expect(page.getByRole('heading', { level: 1, name: /Kirants/ })).toBeVisible();
  });

  test('validation errors appear next to the fields, and nothing typed is lost', async ({ page }) => {
    const form = new EventFormPage(page);
    await form.open();
    await form.field('Title').fill('<script>alert(1)</script>');
    await form.field('Precision').selectOption({ label: 'Range of days' });
    await form.field('Start').fill('2020-11-10');
    await form.field('End').fill('2020-09-27');
    await form.field('Source URL').fill('not a web address');
    await form.save();
    await expect(page.getByRole('alert').filter({ hasText: 'need attention' })).toBeVisible();
    await expect(form.field('End')).toHaveAttribute('aria-invalid', 'true');
    const endError = (await form.field('End').getAttribute('aria-describedby'))!.split(' ').at(-1)!;
    await expect(page.locator(`[id="${endError}"]`)).toContainText('before the start');
    // No type chosen: the error is on Event type (Sub-type cannot be chosen before it).
    await expect(form.field('Event type')).toHaveAttribute('aria-invalid', 'true');
    await expect(form.field('Source URL')).toHaveAttribute('aria-invalid', 'true');
    await expect(form.field('Publisher')).toHaveAttribute('aria-invalid', 'true');
    await expect(form.field('Title')).toHaveValue('<script>alert(1)</script>');
    await expect(form.field('Source URL')).toHaveValue('not a web address');
  });

  test('a name with a look-alike letter says, before saving, how it will be stored', async ({ page }) => {
    const form = new EventFormPage(page);
    await form.open();
    await form.field('Publisher').fill('Ex\u0430mple Wire');
    await expect(
      page.getByText('Will be stored as “Example Wire”: Cyrillic “а” (U+0430) replaced by Latin'),
    ).toBeVisible();
    await form.field('Publisher').fill('Example Wire');
    await expect(page.getByText('Will be stored as')).toHaveCount(0);
  });

  test('a month-precision date written as a day is refused', async ({ page }) => {
    const form = new EventFormPage(page);
    await form.open();
    await form.field('Precision').selectOption({ label: 'Month' });
    await form.field('Date').fill('2020-11-10');
    await form.save();
    await expect(form.field('Date')).toHaveAttribute('aria-invalid', 'true');
    await expect(page.getByText('A month-precision date is written YYYY-MM').first()).toBeVisible();
  });

  test('a likely duplicate is offered, and the form’s source can be added to it instead', async ({ page }) => {
    const form = new EventFormPage(page);
    await form.open();
    await form.field('Title').fill('Putin hosts Aliyev and Pashinyan in Sochi');
    await form.field('Event type').selectOption({ label: 'Diplomacy' });
    await form.field('Sub-type').selectOption({ label: 'Summit or meeting' });
    await form.field('Date').fill('2021-11-26');
    await form.addActor('Ilham Aliyev');
    await form.field('Publisher').fill('Second Wire');
    await form.field('Source URL').fill('https://example.org/sochi-second-report');
    await form.save();
    const warning = page.getByRole('alert').filter({ hasText: 'This may already be recorded' });
    await expect(warning.getByRole('link', { name: 'Sochi summit: Putin hosts Aliyev and Pashinyan' })).toBeVisible();
    await warning
      .getByRole('listitem')
      .filter({ hasText: 'Sochi summit' })
      .getByRole('button', { name: 'Add my sources to this event instead' })
      .click();
    await expect(
      page.getByRole('heading', { level: 1, name: 'Sochi summit: Putin hosts Aliyev and Pashinyan' }),
    ).toBeVisible();
    await expect(page.getByTestId('source').filter({ hasText: 'Second Wire' })).toHaveCount(1);
  });

  test('a second editor is told the event changed since they opened it, and their text stays', async ({
    page,
    context,
  }) => {
    const other = await context.newPage();
    await page.goto('/events/2/edit');
    await other.goto('/events/2/edit');
    await page.getByLabel('Summary', { exact: true }).fill('First editor’s summary');
    await page.getByRole('button', { name: 'Save changes' }).click();
    await expect(page.getByRole('heading', { level: 1 })).not.toHaveText('Edit event');
    await other.getByLabel('Summary', { exact: true }).fill('Second editor’s summary');
    await other.getByRole('button', { name: 'Save changes' }).click();
    await expect(other.getByRole('alert').filter({ hasText: 'changed by someone else' })).toBeVisible();
    await expect(other.getByLabel('Summary', { exact: true })).toHaveValue('Second editor’s summary');
  });

  test('deleting asks for a reason, removes the event from the timeline, and can be undone', async ({ page }) => {
    const dash = new DashboardPage(page);
    await dash.goto('?from=1988-02-22&to=1988-02-22');
    const before = await dash.total();
    await dash
      .articles()
      .filter({ hasText: 'Askeran clash' })
      .getByRole('link', { name: 'Askeran clash', exact: true })
      .click();
    await page.getByRole('button', { name: 'Delete…' }).click();
    await page.getByLabel('Reason for deleting', { exact: true }).fill('Test of soft delete');
    await page.getByRole('button', { name: 'Delete event' }).click();
    await expect(page.getByText('This event was deleted.')).toBeVisible();
    await expect(page.getByTestId('revision').first()).toContainText('Test of soft delete');
    const url = page.url();
    await dash.goto('?from=1988-02-22&to=1988-02-22');
    await expect.poll(() => dash.total()).toBe(before - 1);
    await page.goto(url);
    await page.getByRole('button', { name: 'Restore event' }).click();
    await expect(page.getByRole('button', { name: 'Delete…' })).toBeVisible();
    await dash.goto('?from=1988-02-22&to=1988-02-22');
    await expect.poll(() => dash.total()).toBe(before);
  });
});
