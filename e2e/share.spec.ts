import fs from 'node:fs';
import { expect, test } from '@playwright/test';
import { DashboardPage } from './pages/dashboard';
import { SharePage } from './pages/share';

const VIEW = '?actor=Ilham+Aliyev&from=2020&to=2021';
const NAME =
  /^faultline-armenia-azerbaijan-ilham-aliyev-2020-2021-(frequency|actors|map)-\d{4}-\d{2}-\d{2}\.(png|svg)$/;

/** The words of an SVG's text, wrapped lines joined again. */
const svgWords = (svg: string) =>
  svg
    .replace(/<[^>]+>/g, ' ')
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ');

test.describe('sharing a view', () => {
  test('downloads each chart as PNG and SVG, named after the view, with the caption inside', async ({ page }) => {
    const dashboard = new DashboardPage(page);
    const share = new SharePage(page);
    await dashboard.goto(VIEW);
    await expect(dashboard.chart).toBeVisible();

    const png = await share.downloadImage('frequency chart', 'PNG');
    expect(png.suggestedFilename()).toMatch(NAME);
    expect(png.suggestedFilename()).toContain('-frequency-');
    const bytes = fs.readFileSync((await png.path())!);
    expect([...bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

    const titles = {
      'frequency chart': 'Incident frequency — Armenia–Azerbaijan conflict',
      'actors chart': 'Most involved actors',
      map: 'Map of events',
    };
    for (const chart of ['frequency chart', 'actors chart', 'map'] as const) {
      const svg = await share.downloadImage(chart, 'SVG');
      expect(svg.suggestedFilename()).toMatch(NAME);
      const text = fs.readFileSync((await svg.path())!, 'utf8');
      expect(text).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
      const words = svgWords(text);
      expect(words).toContain(titles[chart]);
      expect(words).toContain('Events involving Ilham Aliyev, 2020–2021');
      expect(words).toMatch(/Data as of \d{1,2} [A-Z][a-z]{2} \d{4}, \d{2}:\d{2} UTC/);
      // The marks themselves, their colours written into the file rather than left to the page's CSS.
      expect(text).toMatch(chart === 'map' ? /<circle [^>]*style="[^"]*fill:/ : /recharts-bar-rectangle/);
      expect(text).not.toContain('var(--');
    }
  });

  test('cites the view with a permalink pinned to the data, and says what changed since', async ({ page, request }) => {
    const dashboard = new DashboardPage(page);
    const share = new SharePage(page);
    await dashboard.goto(VIEW);
    const citation = await share.openCitation();
    const permalink = await citation.permalink();
    const asOf = new URL(permalink).searchParams.get('asOf')!;
    expect(Date.parse(asOf)).not.toBeNaN();
    expect(new URL(permalink).searchParams.getAll('actor')).toEqual(['Ilham Aliyev']);
    expect(await citation.apa()).toMatch(
      new RegExp(
        String.raw`^Faultline \(\d{4}\)\. Armenia–Azerbaijan conflict timeline: events involving Ilham Aliyev, ` +
          String.raw`2020–2021 \[Data set, as of .+ UTC\]\. Retrieved .+ from http`,
      ),
    );
    expect(await citation.bibtex()).toContain('title = {{Armenia–Azerbaijan conflict timeline: events involving');

    // Nothing has changed yet.
    await page.goto(permalink);
    await expect(page.getByTestId('changed-since')).toContainText('nothing that these filters select has changed');

    // An edit through the API to one of the view's events.
    const { events } = await (
      await request.get('/api/events', { params: { actor: 'Ilham Aliyev', from: '2021', to: '2021', limit: 1 } })
    ).json();
    const event = events[0] as { id: number; title: string };
    expect((await request.delete(`/api/events/${event.id}`, { data: { reason: 'Checking a citation' } })).ok()).toBe(
      true,
    );
    try {
      await page.goto(permalink);
      const notice = page.getByTestId('changed-since');
      await expect(notice.getByRole('heading')).toHaveText('The data has changed since this view was cited');
      await expect(notice).toContainText('(Checking a citation)');
      await notice.getByRole('link', { name: event.title }).click();
      await expect(page).toHaveURL(new RegExp(`/events/${event.id}$`));
    } finally {
      await request.post(`/api/events/${event.id}/restore`, { data: { reason: 'Citation test done' } });
    }
  });

  test('refuses a bad asOf with a message, and reads one to come as now', async ({ page, request }) => {
    await page.goto(`/${VIEW}&asOf=last-tuesday`);
    await expect(page.getByRole('alert').filter({ hasText: 'asOf' })).toContainText('is not a time');
    await expect(new DashboardPage(page).chart).toBeVisible();
    const bad = await request.get('/api/changes', { params: { asOf: 'last-tuesday' } });
    expect(bad.status()).toBe(400);
    expect((await bad.json()).errors[0].param).toBe('asOf');
    const future = await request.get('/api/changes', { params: { asOf: '2999-01-01T00:00:00Z' } });
    expect(await future.json()).toMatchObject({ total: 0, changes: [] });
  });

  test('embeds a read-only timeline and chart of the view, framable only by the configured sites', async ({ page }) => {
    await new DashboardPage(page).goto(VIEW);
    const code = await new SharePage(page).embedCode();
    const src = /<iframe src="([^"]+)"/.exec(code)![1]!.replace(/&amp;/g, '&');
    expect(new URL(src).pathname).toBe('/embed');
    expect(new URL(src).searchParams.get('actor')).toBe('Ilham Aliyev');

    const res = await page.goto('/embed?actor=Ilham+Aliyev');
    const csp = res!.headers()['content-security-policy']!.split('; ');
    expect(csp).toContain("frame-ancestors 'self' https://news.example.org");
    expect(res!.headers()['x-frame-options']).toBeUndefined();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Armenia–Azerbaijan conflict timeline');
    await expect(page.getByText('Events involving Ilham Aliyev')).toBeVisible();
    await expect(page.getByTestId('frequency-chart')).toBeVisible();
    const timeline = page.getByRole('region', { name: /^Timeline, \d+ events$/ });
    await expect(timeline.getByRole('listitem').first()).toBeVisible();
    // Read-only: no site header, no forms, no edit or filter controls; links leave the article.
    for (const name of ['Add event', 'Import', 'Edit', 'Delete'])
      await expect(page.getByRole('link', { name, exact: true })).toHaveCount(0);
    await expect(page.locator('form, input, select, textarea')).toHaveCount(0);
    await expect(page.getByRole('button', { name: /edit|delete|actor/i })).toHaveCount(0);
    for (const link of await page.locator('main a').all()) await expect(link).toHaveAttribute('target', '_blank');

    const home = await page.goto('/');
    expect(home!.headers()['content-security-policy']!.split('; ')).toContain("frame-ancestors 'self'");
    expect(home!.headers()['x-frame-options']).toBe('SAMEORIGIN');
  });

  test('an embed whose filters name what does not exist says so once, not in every widget', async ({ page }) => {
    await page.goto('/embed?actor=Nobody');
    const alert = page.getByRole('alert').filter({ hasText: 'cannot be used' });
    await expect(alert).toContainText('actor');
    await expect(alert).toContainText('Nobody');
    await expect(page.getByText('Could not load this')).toHaveCount(0);
    await expect(page.getByTestId('frequency-chart')).toHaveCount(0);
  });
});
