// Page object for the dashboard: finds everything by role and visible label, as a user would.
import { expect, type Locator, type Page } from '@playwright/test';

export class DashboardPage {
  readonly feed: Locator;
  readonly count: Locator;
  readonly chart: Locator;

  constructor(readonly page: Page) {
    this.feed = page.getByRole('feed');
    this.count = page.getByTestId('event-count');
    this.chart = page.getByTestId('frequency-chart');
  }

  async goto(query = '') {
    await this.page.goto(`/${query}`);
    // The widgets stream in before the page's script has run: wait until React has taken over, so clicks work.
    await expect(this.page.locator('main[data-hydrated]')).toBeAttached();
    await expect(this.count).toHaveText(/^\d[\d,]* events?$/);
  }

  async chooseActor(name: string) {
    await this.page.getByLabel('Actor', { exact: true }).fill(name.split(' ')[0]!);
    await this.page.getByRole('option', { name: new RegExp(`^${name}`) }).click();
  }

  async setDates(from: string, to: string) {
    await this.page.getByLabel('From', { exact: true }).fill(from);
    await this.page.getByLabel('From', { exact: true }).press('Enter');
    await this.page.getByLabel('To', { exact: true }).fill(to);
    await this.page.getByLabel('To', { exact: true }).press('Enter');
  }

  async total(): Promise<number> {
    const text = (await this.count.textContent()) ?? '';
    return Number(text.replace(/[^\d]/g, ''));
  }

  articles() {
    return this.feed.getByRole('article');
  }
}
