// Page object for /conflicts: the list of conflicts and the form that creates or edits one.
import { expect, type Locator, type Page } from '@playwright/test';

export class ConflictsPage {
  readonly list: Locator;
  readonly saved: Locator;

  constructor(readonly page: Page) {
    this.list = page.getByRole('region', { name: 'Conflicts' });
    this.saved = page.getByTestId('conflict-saved');
  }

  async goto() {
    await this.page.goto('/conflicts');
    await expect(this.list.getByRole('row').nth(1)).toBeVisible();
  }

  async create(fields: { name: string; region?: string; countries?: string; from?: string }) {
    const form = this.page.getByRole('form', { name: 'New conflict' });
    await form.getByLabel('Name', { exact: true }).fill(fields.name);
    if (fields.region) await form.getByLabel('Region', { exact: true }).fill(fields.region);
    if (fields.countries) await form.getByLabel('Countries', { exact: true }).fill(fields.countries);
    if (fields.from) await form.getByLabel('Span from', { exact: true }).fill(fields.from);
    await form.getByRole('button', { name: 'Create conflict' }).click();
  }

  row(name: string) {
    return this.list.getByRole('row').filter({ has: this.page.getByRole('link', { name, exact: true }) });
  }
}
