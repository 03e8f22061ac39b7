// Page objects for the Possible duplicates list and the merge page: pairs, radio groups and buttons by
// their accessible names.
import { expect, type Page } from '@playwright/test';

export class DuplicatesPage {
  constructor(readonly page: Page) {}

  async openFromHeader() {
    await this.page.goto('/');
    await this.page.getByRole('banner').getByRole('link', { name: 'Duplicates' }).click();
    await expect(this.page.getByRole('heading', { level: 1, name: 'Possible duplicates' })).toBeVisible();
  }

  pair(a: number, b: number) {
    return this.page.getByRole('article', { name: `Possible duplicates #${a} and #${b}` });
  }

  /** The pair's card, following "Earlier events" until it is shown. */
  async findPair(a: number, b: number) {
    // The page's own navigation is there once the pairs are (the loading state has the same heading).
    await expect(this.page.getByRole('navigation', { name: 'Pages of pairs' })).toBeVisible();
    for (let i = 0; i < 20 && !(await this.pair(a, b).isVisible()); i++) {
      await this.page.getByRole('link', { name: 'Earlier events' }).click();
    }
    await expect(this.pair(a, b)).toBeVisible();
    return this.pair(a, b);
  }
}

export class MergeEventsPage {
  constructor(readonly page: Page) {}

  group(legend: string) {
    return this.page.getByRole('group', { name: legend, exact: true });
  }

  /** Picks the value of event #id for a field ("Title", "Date and precision", …). */
  async take(legend: string, id: number) {
    await this.group(legend)
      .getByRole('radio', { name: new RegExp(`^From #${id}\\b`) })
      .check();
  }

  preview() {
    return this.page.getByRole('region', { name: /The merged event/ });
  }

  async merge() {
    await this.page.getByRole('button', { name: 'Merge events' }).click();
  }
}
