// Seeing and fixing identities (issue 15): search the actors, open one, add an alias, merge two
// actors, see the dashboard's count follow, and undo the merge.
import { expect, test, type APIRequestContext } from '@playwright/test';
import { DashboardPage } from './pages/dashboard';
import { RecordPage, RegistryPage } from './pages/identities';

const total = async (request: APIRequestContext, query: string) =>
  ((await (await request.get(`/api/events?${query}&limit=1`)).json()) as { total: number }).total;

test('search, alias, merge two actors with the dashboard following, and undo', async ({ page, request }) => {
  const [michel, trump] = ['Charles Michel', 'Donald Trump'];
  const michelEvents = await total(request, `actor=${encodeURIComponent(michel)}`);
  const trumpEvents = await total(request, `actor=${encodeURIComponent(trump)}`);
  const both = await total(
    request,
    `actor=${encodeURIComponent(michel)}&actor=${encodeURIComponent(trump)}&actorMatch=all`,
  );
  expect(michelEvents).toBeGreaterThan(both);

  const actors = new RegistryPage(page, '/actors');
  await actors.goto();
  await actors.search('Michel');
  await expect(actors.rows().filter({ hasText: michel })).toHaveCount(1);
  await actors.open(michel);

  const record = new RecordPage(page);
  await record.addAlias('President of the European Council', '2019-12-01', '2024-11-30');
  await expect(record.aliases()).toContainText('President of the European Council — 2019-12-01 – 2024-11-30');
  const michelUrl = page.url();

  const dashboard = new DashboardPage(page);
  await dashboard.goto(`?actor=${encodeURIComponent(trump)}`);
  expect(await dashboard.total()).toBe(trumpEvents);

  await page.goto(michelUrl);
  await record.mergeInto(trump);
  await expect(page.getByRole('heading', { level: 1, name: trump })).toBeVisible();
  await expect(page.getByRole('button', { name: `Undo merge of ${michel}` })).toBeVisible();
  // The merged-away name and alias are the survivor's aliases now; the old address leads here.
  await expect(record.aliases()).toContainText(michel);
  await expect(record.aliases()).toContainText('President of the European Council');
  const old = await request.get(michelUrl.replace(/^https?:\/\/[^/]+/, ''), { maxRedirects: 0 });
  expect(old.status()).toBe(308);
  expect(old.headers().location).toMatch(new RegExp(`${new URL(page.url()).pathname}$`));

  await dashboard.goto(`?actor=${encodeURIComponent(trump)}`);
  expect(await dashboard.total()).toBe(trumpEvents + michelEvents - both);
  await actors.goto();
  await actors.search('Michel');
  await expect(actors.rows().filter({ hasText: michel })).toHaveCount(1); // as Trump's alias only
  await expect(page.getByRole('link', { name: michel, exact: true })).toHaveCount(0);

  await actors.open(trump);
  await record.undo(michel);
  await expect(page.getByRole('button', { name: `Undo merge of ${michel}` })).toHaveCount(0);
  await dashboard.goto(`?actor=${encodeURIComponent(trump)}`);
  expect(await dashboard.total()).toBe(trumpEvents);
  await page.goto(michelUrl);
  await expect(page.getByRole('heading', { level: 1, name: michel })).toBeVisible();
});
