import fs from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { DashboardPage } from './pages/dashboard';
import { SharePage } from './pages/share';
import { TimeAxis } from './pages/time-axis';

const window = (url: string) => {
  const p = new URL(url).searchParams;
  return { from: p.get('from'), to: p.get('to') };
};

test.describe('time axis', () => {
  test('zooming by keyboard moves From/To in the URL, and the count follows', async ({ page, request }) => {
    const dash = new DashboardPage(page);
    await dash.goto();
    const axis = new TimeAxis(page);
    await axis.ready();
    const before = await dash.total();
    await expect(axis.axis).toHaveAccessibleDescription(/\+ and − zoom/);

    const years = (iso: string) => Date.parse(`${iso}T00:00:00Z`) / (365.25 * 864e5);
    const span = (w: { from: string | null; to: string | null }) => years(w.to!) - years(w.from!);
    await axis.press('+');
    await expect(page).toHaveURL(/from=\d{4}-\d{2}-\d{2}.*to=\d{4}-\d{2}-\d{2}/);
    const once = window(page.url());
    await axis.press('+');
    await expect.poll(() => window(page.url()).from).not.toBe(once.from);
    const zoomed = window(page.url());
    // Twice in around the middle of the conflict's years (other specs may add events to this server, so its
    // extent is read rather than assumed): a window inside them.
    const { conflicts } = (await (await request.get('/api/conflicts')).json()) as {
      conflicts: { slug: string; firstYear: number; lastYear: number }[];
    };
    const { firstYear, lastYear } = conflicts.find((c) => c.slug === 'armenia-azerbaijan')!;
    expect(zoomed.from! > `${firstYear}-01-01` && zoomed.to! < `${lastYear}-12-31`).toBe(true);
    // Each + halves the window (to the day: the URL holds whole days). The first view's width follows the data and
    // today's date, so the halving is asserted, not a width.
    expect(Math.abs(span(zoomed) - span(once) / 2)).toBeLessThan(2 / 365);
    const api = (await (await request.get(`/api/events?from=${zoomed.from}&to=${zoomed.to}&limit=1`)).json()) as {
      total: number;
    };
    await expect.poll(() => dash.total()).toBe(api.total);
    expect(api.total).toBeLessThan(before);
    await expect(page.getByLabel('From', { exact: true })).toHaveValue(zoomed.from!);

    // → moves the window later by a fifth; the list of drawn events follows the URL.
    await axis.press('ArrowRight');
    await expect.poll(() => window(page.url()).from).not.toBe(zoomed.from);
    expect(window(page.url()).from! > zoomed.from!).toBe(true);

    await axis.button('Reset').click();
    await expect(page).not.toHaveURL(/from=/);
    await expect.poll(() => dash.total()).toBe(before);
  });

  test('the 2020 war is drawn as a bar over its days, a month faint over its month, and opens its event', async ({
    page,
  }) => {
    const dash = new DashboardPage(page);
    await dash.goto('?from=2020-09-01&to=2020-11-30');
    const axis = new TimeAxis(page);
    await axis.ready();
    const war = axis.event('Second Nagorno-Karabakh War');
    await expect(war).toHaveAttribute('data-kind', 'bar');
    await expect(war).toHaveAttribute('data-start', '2020-09-27');
    await expect(war).toHaveAttribute('data-last', '2020-11-10');
    await expect(axis.drawn).toHaveAttribute('data-mode', 'events');

    await dash.goto('?from=1988-01-01&to=1988-12-31');
    await axis.ready();
    const yerevan = axis.drawn.getByRole('listitem').filter({ hasText: 'Mass demonstrations in Yerevan' });
    await expect(yerevan).toHaveAttribute('data-kind', 'period');
    await expect(yerevan).toHaveAttribute('data-start', '1988-02');

    // ↓ picks the first event of the window, Enter opens it with the filters kept for "← Timeline".
    await axis.press('ArrowDown');
    await expect(axis.region.locator('[aria-live=polite]')).toContainText('Enter opens it');
    await axis.axis.press('Enter');
    await expect(page).toHaveURL(/\/events\/\d+\?from=1988-01-01&to=1988-12-31/);
  });

  test('the zoom buttons and the accessibility checks', async ({ page }) => {
    const dash = new DashboardPage(page);
    await dash.goto('?from=2020-01-01&to=2020-12-31');
    const axis = new TimeAxis(page);
    await axis.ready();
    await expect(axis.region).toBeVisible();
    expect(await new AxeBuilder({ page }).analyze().then((r) => r.violations)).toEqual([]);
    await axis.button('Zoom out').click();
    // Twice as wide around the same middle: half a year more on each side.
    await expect.poll(() => window(page.url())).toEqual({ from: '2019-07-02', to: '2021-07-02' });
    await expect(axis.drawn.getByRole('listitem').first()).toBeAttached();
  });

  test('downloads the axis as PNG and SVG, named after the view, with the caption and the marks inside', async ({
    page,
  }) => {
    const dash = new DashboardPage(page);
    await dash.goto('?from=2020-09-01&to=2020-11-30');
    const axis = new TimeAxis(page);
    await axis.ready();
    const share = new SharePage(page);
    const name = /^faultline-armenia-azerbaijan-2020-time-axis-\d{4}-\d{2}-\d{2}\.(png|svg)$/;

    const png = await share.downloadImage('time axis', 'PNG');
    expect(png.suggestedFilename()).toMatch(name);
    expect(png.suggestedFilename().endsWith('.png')).toBe(true);
    const bytes = fs.readFileSync((await png.path())!);
    expect([...bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

    const svg = await share.downloadImage('time axis', 'SVG');
    expect(svg.suggestedFilename()).toMatch(name);
    expect(svg.suggestedFilename().endsWith('.svg')).toBe(true);
    const text = fs.readFileSync((await svg.path())!, 'utf8');
    expect(text).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
    const words = text
      .replace(/<[^>]+>/g, ' ')
      .replace(/&amp;/g, '&')
      .replace(/\s+/g, ' ');
    expect(words).toContain('Time axis — Armenia–Azerbaijan conflict');
    expect(words).toContain('All events, 1 Sep 2020–30 Nov 2020');
    expect(words).toMatch(/Data as of \d{1,2} [A-Z][a-z]{2} \d{4}, \d{2}:\d{2} UTC/);
    expect(words).toContain('from=2020-09-01');
    // The marks as vector shapes: the war's bar in the battles' colour, the axis's month labels.
    expect(text).toMatch(/<rect [^>]*fill="#e8590c"/);
    expect(words).toMatch(/\bOct\b/);
    expect(text).not.toContain('var(--');
  });
});
