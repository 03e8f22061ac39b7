// Page object for signing in and the admin page: every control by its visible label.
import { expect, type Page } from '@playwright/test';

export class AccountsPage {
  constructor(readonly page: Page) {}

  async signIn(email: string, password: string) {
    await this.page.goto('/sign-in');
    await this.page.getByLabel('Email', { exact: true }).fill(email);
    await this.page.getByLabel('Password', { exact: true }).fill(password);
    await this.page.getByRole('button', { name: 'Sign in' }).click();
    // Signing in checks the password's scrypt hash: seconds when the 2-core machine runs other tests beside it.
    await expect(this.page.getByRole('link', { name: 'Account' })).toBeVisible({ timeout: 20_000 });
  }

  async addPerson(person: { email: string; name: string; password: string; role: string }) {
    const form = this.page.getByRole('form', { name: 'Add a person' });
    await form.getByLabel('Email', { exact: true }).fill(person.email);
    await form.getByLabel('Name', { exact: true }).fill(person.name);
    await form.getByLabel('Initial password', { exact: true }).fill(person.password);
    await form.getByLabel('Role', { exact: true }).selectOption(person.role);
    await form.getByRole('button', { name: 'Add person' }).click();
    const people = this.page.getByRole('region', { name: 'People and roles' });
    await expect(people.getByRole('cell', { name: person.email })).toBeVisible();
  }
}

/** With FAULTLINE_SHOTS_DIR set: the page at 1366×900 and 390×844, light and dark, for a person to look at. */
export async function shoot(page: Page, name: string) {
  const dir = process.env.FAULTLINE_SHOTS_DIR;
  if (!dir) return;
  for (const [size, viewport] of [
    ['desktop', { width: 1366, height: 900 }],
    ['phone', { width: 390, height: 844 }],
  ] as const)
    for (const colorScheme of ['light', 'dark'] as const) {
      await page.setViewportSize(viewport);
      await page.emulateMedia({ colorScheme });
      await page.reload(); // the theme is chosen as the page loads
      await page.screenshot({ path: `${dir}/${name}-${size}-${colorScheme}.png`, fullPage: true });
    }
  await page.setViewportSize({ width: 1366, height: 900 });
  await page.emulateMedia({ colorScheme: 'light' });
  await page.reload();
}
