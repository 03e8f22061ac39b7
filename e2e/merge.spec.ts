// Merging a possible duplicate from the list, field by field: the survivor keeps every source once,
// and the merged event's address leads to it.
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type APIRequestContext } from '@playwright/test';
import { DuplicatesPage, MergeEventsPage } from './pages/merge';

async function create(request: APIRequestContext, data: Record<string, unknown>): Promise<number> {
  const res = await request.post('/api/events', {
    data: { subType: 'negotiation', precision: 'day', dateStart: '2036-12-20', ...data },
  });
  expect(res.status()).toBe(201);
  return ((await res.json()) as { id: number }).id;
}

test('merge a possible duplicate field by field, land on the survivor, and the old address redirects', async ({
  page,
  request,
}) => {
  const shared = { publisher: 'E2E Wire', url: 'https://example.org/e2e-geneva', quote: 'Talks resumed in Geneva.' };
  const a = await create(request, { title: 'Geneva border talks resume', sources: [shared] });
  const b = await create(request, {
    title: 'Border talks resume in Geneva after a pause',
    precision: 'month',
    dateStart: '2036-12',
    summary: 'Delegations met for two days.',
    sources: [shared, { publisher: 'E2E Radio', url: 'https://example.org/e2e-radio', quote: 'Two days of talks.' }],
  });

  const list = new DuplicatesPage(page);
  await list.openFromHeader();
  // Newest first: a (20 December) before b (December 2036, from its first day).
  const card = await list.findPair(a, b);
  await expect(card).toContainText('similar title');
  expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);
  await card.getByRole('link', { name: `Merge #${a} and #${b}` }).click();

  const merge = new MergeEventsPage(page);
  const keep = merge.group('Keep the page of');
  await expect(keep.getByRole('radio', { name: new RegExp(`^Event #${a}`) })).toBeChecked();
  await keep.getByRole('radio', { name: new RegExp(`^Event #${b}`) }).check();
  await merge.take('Title', b);
  // By keyboard: the arrow keys move the choice within a radio group.
  const summary = merge.group('Summary');
  await summary.getByRole('radio', { name: new RegExp(`^From #${a}`) }).focus();
  await page.keyboard.press('ArrowRight');
  await expect(summary.getByRole('radio', { name: new RegExp(`^From #${b}`) })).toBeChecked();
  await expect(merge.preview()).toContainText(`The merged event, #${b}`);
  await expect(merge.preview()).toContainText('Border talks resume in Geneva after a pause');
  await expect(merge.preview()).toContainText('Delegations met for two days.');
  await expect(merge.preview()).toContainText('Sources (2');
  expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);
  await merge.merge();

  await expect(page).toHaveURL(new RegExp(`/events/${b}$`));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Border talks resume in Geneva after a pause');
  await expect(page.getByText('Delegations met for two days.')).toBeVisible();
  await expect(page.getByTestId('source')).toHaveCount(2);
  await expect(page.getByRole('heading', { name: new RegExp(`History of event #${a}`) })).toBeVisible();

  // A real redirect, not a page that moves on once loaded.
  const old = await request.get(`/events/${a}`, { maxRedirects: 0 });
  expect(old.status()).toBe(308);
  expect(old.headers().location).toMatch(new RegExp(`/events/${b}$`));
  await page.goto(`/events/${a}`);
  await expect(page).toHaveURL(new RegExp(`/events/${b}$`));
  const api = await request.get(`/api/events/${a}`, { maxRedirects: 0 });
  expect(api.status()).toBe(308);
  expect(api.headers().location).toBe(`/api/events/${b}`);
});
