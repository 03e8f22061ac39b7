// Page object for the dashboard's time axis: the region by its name, the axis by its role, and what
// it drew through its hidden list (kinds and dates), never through pixels.
import { expect, type Locator, type Page } from '@playwright/test';

export class TimeAxis {
  readonly region: Locator;
  readonly axis: Locator;
  readonly drawn: Locator;

  constructor(readonly page: Page) {
    this.region = page.getByRole('region', { name: 'Time axis' });
    this.axis = this.region.getByRole('application');
    this.drawn = this.region.getByTestId('time-axis-list');
  }

  async ready() {
    await expect(this.region.getByTestId('time-axis-canvas')).toHaveAttribute('data-state', 'drawn');
  }

  /** The drawn event with this title, as the hidden list describes it. */
  event(title: string): Locator {
    return this.drawn.getByRole('listitem').filter({ has: this.page.getByRole('link', { name: title, exact: true }) });
  }

  button(name: 'Zoom in' | 'Zoom out' | 'Reset'): Locator {
    return this.region.getByRole('button', { name, exact: true });
  }

  async press(key: string) {
    await this.axis.focus();
    await this.axis.press(key);
  }
}
