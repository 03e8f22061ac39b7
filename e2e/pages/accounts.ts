// Page object for signing in and the admin page: every control by its visible label.
import { expect, type Page } from '@playwright/test';

export class AccountsPage {
  constructor(readonly page: Page) {}

  async signIn(email: string, password: string) {
    await this.page.goto('/sign-in');
    await this.page.getByLabel('Email', { exact: true }).fill(email);
    await this.page.getByLabel('Password', { exact: true }).fill(password);
    await this.page.getByRole('button', { name: 'Sign in' }).click();
    await expect(this.page.getByRole('link', { name: 'Account' })).toBeVisible();
  }

  async addPerson(person: { email: string; name: string; password: string; role: string }) {
    const form = this.page.getByRole('form', { name: 'Add a person' });
    await form.getByLabel('Email', { exact: true }).fill(person.email);
    await form.getByLabel('Name', { exact: true }).fill(person.name);
    await form.getByLabel('Initial password', { exact: true }).fill(person.password);
    await form.getByLabel('Role', { exact: true }).selectOption(person.role);
    await form.getByRole('button', { name: 'Add person' }).click();
    await expect(this.page.getByRole('cell', { name: person.email })).toBeVisible();
  }
}
