import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { readSeedArticle } from '../lib/extract/seed-article';

const seedText = readSeedArticle();
const htmlFixture = path.resolve(process.cwd(), 'lib', 'extract', 'fixtures', '07-washington-summit.html');

async function paste(
  page: Page,
  text: string,
  meta: { published?: string; publisher?: string; url?: string; title?: string } = {},
) {
  await page.goto('/articles/new');
  await page.getByLabel('Article text').fill(text);
  if (meta.published) await page.getByLabel('Published').fill(meta.published);
  await page.getByLabel('Publisher').fill(meta.publisher ?? 'Example Wire');
  if (meta.url) await page.getByLabel('URL').fill(meta.url);
  if (meta.title) await page.getByLabel('Article title').fill(meta.title);
  await page.getByRole('button', { name: 'Suggest events' }).click();
}

const card = (page: Page, title: RegExp) =>
  page.getByRole('article').filter({ has: page.getByRole('heading', { name: title }) });

test.describe('events from an article', () => {
  const seedReview =
    'the seed article gives its events; one is merged into the stored summit, one accepted as a new event, ' +
    'one rejected';
  test(seedReview, async ({ page, request }) => {
    const articlesBefore = ((await (await request.get('/api/articles')).json()) as { articles: unknown[] }).articles
      .length;
    await paste(page, seedText, {
      published: '2021-11-29',
      publisher: 'Warsaw Institute',
      url: 'https://warsawinstitute.org/putin-receives-armenian-azeri-leaders-talks/',
      title: 'Putin Receives Armenian And Azeri Leaders For Talks',
    });

    await expect(page.getByRole('status')).toContainText('9 suggested events');
    const cards = page.getByRole('region', { name: 'Suggested events' }).getByRole('article');
    await expect(cards).toHaveCount(9);
    // Each suggestion's sentence is marked in the article (two sentences hold two events each).
    await expect(page.getByRole('region', { name: 'The article' }).locator('mark')).toHaveCount(7);
    // Suggesting stores nothing.
    expect(((await (await request.get('/api/articles')).json()) as { articles: unknown[] }).articles.length).toBe(
      articlesBefore,
    );

    const sochi = card(page, /Vladimir Putin brought together/);
    await expect(sochi).toContainText('26 Nov 2021');
    await expect(sochi).toContainText('Sochi');
    await expect(sochi.getByText('Matches a stored event')).toBeVisible();
    // The stored event is named by its title and date, not by its number.
    await expect(sochi.locator('.match')).toContainText(/Sochi.*\(26 Nov 2021\)/);
    await sochi.getByRole('button', { name: /^Add as a source of “.*Sochi/ }).click();
    await expect(sochi.getByText(/Added as a source of/)).toBeVisible();

    const commission = card(page, /three leaders agreed to create mechanisms/);
    await expect(commission).toContainText('26 Nov – 31 Dec 2021');
    await expect(commission).toContainText('before the end of the year');

    // The article does not date the communique's sentence: accepting asks for the date, which the reviewer gives.
    const communique = card(page, /Aliyev and Pashinyan had agreed to work towards/);
    await expect(communique).toContainText('No date in the text');
    await communique.getByRole('button', { name: /^Accept/ }).click();
    await expect(communique.getByRole('alert').filter({ hasText: 'A date is required' })).toBeVisible();
    const edit = communique.getByRole('form', { name: /^Edit suggestion/ });
    await edit.getByLabel('Date', { exact: true }).fill('2021-11-26');
    await edit.getByRole('button', { name: 'Save event' }).click();
    // Dated, it overlaps the stored summit: the form offers to add the source there, and saving anyway is a choice.
    await expect(edit.getByRole('alert', { name: 'This may already be recorded' })).toBeVisible();
    await edit.getByRole('button', { name: 'Save anyway' }).click();
    await expect(communique.getByText(/Saved as event #\d+/)).toBeVisible();
    const savedHref = await communique
      .getByText(/Saved as event/)
      .getByRole('link')
      .getAttribute('href');

    // One sentence tells two events: each accepted is an event of its own, not the other one answered again.
    const ended = card(page, /The war ended with a Russia-brokered peace deal/);
    const gained = card(page, /Azerbaijan gained control of/);
    for (const c of [ended, gained]) {
      await c.getByRole('button', { name: /^Accept/ }).click();
      await expect(c.getByText(/Saved as event #\d+/)).toBeVisible();
    }
    const savedAs = (c: Locator) => c.getByText(/Saved as event #\d+/).textContent();
    expect(await savedAs(ended)).not.toBe(await savedAs(gained));

    const deploy = card(page, /deployed nearly 2,000 peacekeepers/);
    await deploy.getByRole('button', { name: 'Reject' }).click();
    await expect(deploy.getByText('Rejected.')).toBeVisible();
    await deploy.getByRole('button', { name: 'Undo' }).click();
    await expect(deploy.getByRole('button', { name: 'Reject' })).toBeVisible();

    // The accepted event quotes the article, was created from it, and links to the words in context.
    await page.goto(savedHref!);
    await expect(page.getByTestId('source').first()).toContainText(
      'A three-way communique said Aliyev and Pashinyan had agreed',
    );
    await expect(page.getByRole('listitem').filter({ hasText: 'Created' })).toContainText('from an article');
    await page.getByRole('link', { name: /Warsaw Institute article, with the quote in context/ }).click();
    await expect(
      page.getByRole('heading', { level: 1, name: 'Putin Receives Armenian And Azeri Leaders For Talks' }),
    ).toBeVisible();
    await expect(page.locator('.article-text mark').filter({ hasText: 'A three-way communique' })).toBeVisible();

    await page.goto('/articles');
    await expect(page.getByRole('link', { name: 'Putin Receives Armenian And Azeri Leaders For Talks' })).toBeVisible();
  });

  test('the review and a stored article have no serious accessibility violations', async ({ page }) => {
    await paste(page, seedText, {
      published: '2021-11-29',
      publisher: 'Warsaw Institute',
      title: 'Accessibility check',
    });
    await expect(page.getByRole('region', { name: 'Suggested events' }).getByRole('article')).toHaveCount(9);
    const serious = async () =>
      (await new AxeBuilder({ page }).analyze()).violations
        .filter((v) => v.impact === 'serious' || v.impact === 'critical')
        .map((v) => `${v.id}: ${v.nodes.length} × ${v.help}`);
    expect(await serious()).toEqual([]);
    const first = page.getByRole('region', { name: 'Suggested events' }).getByRole('article').first();
    await first.getByRole('button', { name: 'Edit' }).click();
    await expect(first.getByRole('form', { name: 'Edit suggestion 1' })).toBeVisible();
    expect(await serious()).toEqual([]);
    await page.goto('/articles/1');
    expect(await serious()).toEqual([]);
  });

  test('a suggestion naming someone new opens the event form; saved, it joins the timeline', async ({ page }) => {
    await paste(
      page,
      'On 3 March 2024, Azerbaijani forces shelled positions near Jermuk, killing two soldiers, ' +
        'according to spokesman Aram Torosyan.',
      { published: '2024-03-04' },
    );
    const shelling = page.getByRole('region', { name: 'Suggested events' }).getByRole('article').first();
    await expect(shelling).toContainText('3 Mar 2024');
    await expect(shelling).toContainText('Aram Torosyan');
    await shelling.getByRole('button', { name: /^Accept/ }).click();
    await expect(shelling.getByText(/Complete this suggestion before saving/)).toContainText(
      'Say what kind of actor Aram Torosyan is',
    );
    await shelling.getByLabel('Kind of Aram Torosyan').selectOption('person');
    await shelling.getByRole('button', { name: 'Save event' }).click();
    await expect(shelling.getByText(/Saved as event #\d+/)).toBeVisible();
    await page.goto('/?from=2024-03-03&to=2024-03-03');
    await expect(
      page
        .getByRole('feed')
        .getByRole('article')
        .filter({ hasText: 'Azerbaijani forces shelled positions near Jermuk' }),
    ).toHaveCount(1);
  });

  test('POST /api/extract takes JSON or plain text, refuses 2 MB with the limit, and stores nothing', async ({
    request,
  }) => {
    const before = ((await (await request.get('/api/articles')).json()) as { articles: unknown[] }).articles.length;
    const json = await request.post('/api/extract', { data: { text: seedText, published: '2021-11-29' } });
    expect(json.status()).toBe(200);
    const events = (await json.json()) as {
      dateStart: string | null;
      matchesEventId: number | null;
      span: [number, number];
      quote: string;
    }[];
    expect(events.map((e) => e.dateStart)).toContain('2021-11-26');
    expect(events.every((e) => seedText.slice(e.span[0], e.span[1]) === e.quote)).toBe(true);
    expect(events.some((e) => e.matchesEventId !== null)).toBe(true);
    const plain = await request.post('/api/extract?published=2021-11-29', {
      data: seedText,
      headers: { 'content-type': 'text/plain; charset=utf-8' },
    });
    expect(((await plain.json()) as unknown[]).length).toBe(events.length);
    const big = await request.post('/api/extract', { data: { text: 'x'.repeat(2_000_000) } });
    expect(big.status()).toBe(413);
    expect(((await big.json()) as { error: string }).error).toContain('200,000 characters');
    const badDate = await request.post('/api/extract', { data: { text: seedText, publishedAt: '2021-02-30' } });
    expect(badDate.status()).toBe(400);
    expect(((await (await request.get('/api/articles')).json()) as { articles: unknown[] }).articles.length).toBe(
      before,
    );
  });

  test('bad input gets a message; an HTML upload is read as text and its scripts never run', async ({ page }) => {
    page.on('dialog', () => {
      throw new Error('A script of the uploaded page ran');
    });
    await page.goto('/articles/new');
    await page.getByLabel('Publisher').fill('Example Wire');
    await page.getByRole('button', { name: 'Suggest events' }).click();
    await expect(page.getByText('The article is empty: paste its text or choose a file').first()).toBeVisible();
    await expect(page.getByLabel('Article text')).toHaveAttribute('aria-invalid', 'true');

    await page.getByLabel('Or upload a file').setInputFiles(htmlFixture);
    await expect(page.getByLabel('Article text')).toHaveValue(
      /US President Donald Trump hosted Azerbaijani President Ilham Aliyev/,
    );
    await expect(page.getByLabel('Article text')).not.toHaveValue(/alert|trackingId/);
    await expect(page.getByLabel('Article title')).toHaveValue(/initial peace deal at the White House/);
    await page.getByLabel('Published').fill('2025-08-09');
    await page.getByRole('button', { name: 'Suggest events' }).click();
    await expect(card(page, /Donald Trump hosted/)).toContainText('8 Aug 2025');

    await page.getByRole('button', { name: 'Start over' }).click();
    await page.getByLabel('Article text').fill('The weather was mild and the markets were calm.');
    await page.getByRole('button', { name: 'Suggest events' }).click();
    await expect(page.getByRole('status')).toContainText('No dated events were found');
  });
});
