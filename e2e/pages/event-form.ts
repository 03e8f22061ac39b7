// Page object for the event form: every field by its visible label.
import type { Page } from '@playwright/test';

export class EventFormPage {
  constructor(readonly page: Page) {}

  async open() {
    await this.page.goto('/events/new');
  }

  field(label: string) {
    return this.page.getByLabel(label, { exact: true });
  }

  async addActor(name: string) {
    await this.field('Add actor').fill(name.split(' ')[0]!);
    await this.page.getByRole('option', { name: new RegExp(`^${name}`) }).click();
  }

  async choosePlace(name: string) {
    await this.field('Place').fill(name);
    await this.page.getByRole('option', { name: new RegExp(`^${name}`) }).click();
  }

  async save() {
    await this.page.getByRole('button', { name: /Save event|Save changes/ }).click();
  }
}
