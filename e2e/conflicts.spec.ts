import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { ConflictsPage } from './pages/conflicts';

test.describe('conflicts', () => {
  test('a conflict created on /conflicts is listed, refused twice, and offered by the dataset selector', async ({
    page,
  }) => {
    const conflicts = new ConflictsPage(page);
    await page.goto('/');
    await page.getByRole('link', { name: 'Conflicts', exact: true }).click();
    await expect(page).toHaveURL(/\/conflicts$/);
    await expect(conflicts.list.getByRole('row').nth(1)).toBeVisible();
    await expect(conflicts.row('Armenia–Azerbaijan conflict')).toContainText('armenia-azerbaijan');

    await conflicts.create({
      name: 'Georgia–Abkhazia',
      region: 'South Caucasus',
      countries: 'geo, RUS',
      from: '1992-08',
    });
    await expect(conflicts.saved).toHaveText('Created Georgia–Abkhazia (georgia-abkhazia).');
    const row = conflicts.row('Georgia–Abkhazia');
    await expect(row).toContainText('South Caucasus');
    await expect(row).toContainText('GEO, RUS');
    await expect(row).toContainText('1992-08 – ongoing');

    // The same slug again: refused next to the Slug field, nothing added.
    await conflicts.create({ name: 'Georgia–Abkhazia' });
    const form = page.getByRole('form', { name: 'New conflict' });
    await expect(form.getByLabel('Slug', { exact: true })).toHaveAccessibleDescription(/already exists/);
    await expect(conflicts.row('Georgia–Abkhazia')).toHaveCount(1);

    const results = await new AxeBuilder({ page }).analyze();
    const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
    expect(serious.map((v) => `${v.id}: ${v.nodes.length} × ${v.help}`)).toEqual([]);

    await row.getByRole('link', { name: 'Georgia–Abkhazia' }).click();
    await expect(page).toHaveURL(/\?conflict=georgia-abkhazia$/);
    const dataset = page.getByLabel('Dataset', { exact: true });
    await expect(dataset).toHaveValue('georgia-abkhazia');
    await expect(dataset.getByRole('option', { name: 'Georgia–Abkhazia (0)' })).toHaveCount(1);
    await expect(page.getByRole('heading', { level: 1, name: 'Georgia–Abkhazia' })).toBeVisible();
  });
});
