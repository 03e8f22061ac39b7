// Page object for sharing a view from the dashboard: chart images, the citation and the embed code.
import { expect, type Download, type Page } from '@playwright/test';

export class SharePage {
  constructor(readonly page: Page) {}

  /** Clicks "Download <chart> as <FORMAT>" and returns the download. */
  async downloadImage(
    chart: 'frequency chart' | 'actors chart' | 'map' | 'time axis',
    format: 'PNG' | 'SVG',
  ): Promise<Download> {
    const button = this.page.getByRole('button', { name: `Download ${chart} as ${format}` });
    await expect(button).toBeEnabled();
    const [download] = await Promise.all([this.page.waitForEvent('download'), button.click()]);
    return download;
  }

  async openCitation() {
    await this.page.getByRole('button', { name: 'Cite this view' }).click();
    const panel = this.page.getByRole('region', { name: 'Cite this view' });
    // The permalink carries asOf once the time of the data is known.
    await expect(panel.getByLabel('Permalink', { exact: true })).toHaveValue(/asOf=/);
    return {
      permalink: () => panel.getByLabel('Permalink', { exact: true }).inputValue(),
      apa: () => panel.getByLabel('Citation (APA)', { exact: true }).inputValue(),
      bibtex: () => panel.getByLabel('BibTeX', { exact: true }).inputValue(),
    };
  }

  async embedCode(): Promise<string> {
    await this.page.getByRole('button', { name: 'Embed' }).click();
    return this.page
      .getByRole('region', { name: 'Embed this view' })
      .getByLabel('Embed code', { exact: true })
      .inputValue();
  }
}
