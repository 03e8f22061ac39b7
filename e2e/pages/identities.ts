// Page objects for the actor and place registries and a record's page: by role and visible label.
import { expect, type Page } from '@playwright/test';

export class RegistryPage {
  constructor(
    readonly page: Page,
    readonly path: '/actors' | '/places',
  ) {}

  async goto() {
    await this.page.goto(this.path);
    await expect(this.page.getByRole('heading', { level: 1 })).toBeVisible();
  }

  async search(q: string) {
    await this.page.getByRole('searchbox', { name: 'Search' }).fill(q);
    await this.page.getByRole('button', { name: 'Search', exact: true }).click();
    await expect(this.page).toHaveURL(new RegExp(`[?&]q=${encodeURIComponent(q).replace(/%20/g, '\\+')}`));
  }

  rows() {
    return this.page.getByRole('region', { name: this.path === '/actors' ? 'Actors' : 'Places' }).getByRole('row');
  }

  async open(name: string) {
    await this.page.getByRole('link', { name, exact: true }).click();
    await expect(this.page.getByRole('heading', { level: 1, name })).toBeVisible();
  }
}

export class RecordPage {
  constructor(readonly page: Page) {}

  field(label: string) {
    return this.page.getByLabel(label, { exact: true });
  }

  async addAlias(alias: string, from = '', to = '') {
    await this.field('Alias').fill(alias);
    if (from) await this.field('Valid from').fill(from);
    if (to) await this.field('Valid to').fill(to);
    await this.page.getByRole('button', { name: 'Add alias' }).click();
  }

  aliases() {
    return this.page.getByRole('list', { name: 'Aliases' });
  }

  async mergeInto(name: string) {
    await this.field('Merge into').fill(name);
    await this.page.getByRole('option', { name: new RegExp(`^${name}`) }).click();
    await this.page.getByRole('button', { name: 'Merge', exact: true }).click();
  }

  async undo(mergedName: string) {
    await this.page.getByRole('button', { name: `Undo merge of ${mergedName}` }).click();
  }

  eventCount() {
    return this.page.getByRole('link', { name: /^\d[\d,]*$/ });
  }
}
