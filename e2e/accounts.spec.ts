// Accounts and review in a real browser, on a server of its own (ACCOUNTS_URL): the first admin
// is made on /setup and reaches /admin; a contributor's event waits, unseen, until an editor
// approves it; a viewer is offered nothing to write.
import { expect, test, type Browser, type Page } from '@playwright/test';
import { ACCOUNTS_URL } from '../playwright.config';
import { AccountsPage, shoot } from './pages/accounts';
import { DashboardPage } from './pages/dashboard';
import { EventFormPage } from './pages/event-form';

test.use({ baseURL: ACCOUNTS_URL });

const PASSWORD = 'a long enough secret';
const TITLE = 'Quarry workers report a drone over Zangakatun';
const people = {
  contributor: { email: 'contributor@example.org', name: 'Cora Contributor', password: PASSWORD, role: 'contributor' },
  editor: { email: 'editor@example.org', name: 'Ed Editor', password: PASSWORD, role: 'editor' },
  viewer: { email: 'viewer@example.org', name: 'Vi Viewer', password: PASSWORD, role: 'viewer' },
};

async function signedIn(browser: Browser, email: string): Promise<Page> {
  const context = await browser.newContext({ baseURL: ACCOUNTS_URL });
  const page = await context.newPage();
  await new AccountsPage(page).signIn(email, PASSWORD);
  return page;
}

test('a team: the admin adds people, a contributor proposes, an editor approves, a viewer reads', async ({
  page,
  browser,
}) => {
  test.setTimeout(180_000);
  // Before any account: the first admin, from this machine.
  await page.goto('/setup');
  await shoot(page, 'setup');
  await page.getByLabel('Name', { exact: true }).fill('Ada Admin');
  await page.getByLabel('Email', { exact: true }).fill('admin@example.org');
  await page.getByLabel('Password', { exact: true }).fill(PASSWORD);
  await page.getByRole('button', { name: 'Make the first admin' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Admin' })).toBeVisible();

  // A signed-in admin opening /admin afresh reaches it (not /setup, not /sign-in).
  const admin = await signedIn(browser, 'admin@example.org');
  await admin.goto('/admin');
  await expect(admin).toHaveURL(/\/admin$/);
  await expect(admin.getByRole('heading', { level: 1, name: 'Admin' })).toBeVisible();
  const accounts = new AccountsPage(admin);
  for (const person of Object.values(people)) await accounts.addPerson(person);
  await shoot(admin, 'admin');

  // The contributor's event is pending: shown to them, marked so, but not on the public timeline.
  const contributor = await signedIn(browser, people.contributor.email);
  const form = new EventFormPage(contributor);
  await form.open();
  await form.field('Title').fill(TITLE);
  await form.field('Event type').selectOption({ label: 'Battles' });
  await form.field('Sub-type').selectOption({ label: 'Armed clash' });
  await form.field('Precision').selectOption({ label: 'Exact day' });
  await form.field('Date').fill('2019-03-05');
  await form.field('Publisher').fill('Example Wire');
  await form.field('Quote').fill('Quarry workers said a drone flew over Zangakatun.');
  await form.save();
  await expect(contributor.getByRole('heading', { level: 1, name: TITLE })).toBeVisible();
  await expect(contributor.getByRole('status').filter({ hasText: 'Pending review' })).toBeVisible();

  const reader = new DashboardPage(page);
  const search = `?q=${encodeURIComponent('Zangakatun')}&from=2019-03&to=2019-03`;
  await reader.goto(search);
  const before = await reader.total();
  await expect(reader.feed.getByRole('link', { name: TITLE })).toHaveCount(0);
  await shoot(contributor, 'event-pending');
  await contributor.goto('/review');
  await expect(contributor.getByTestId('review-item').filter({ hasText: TITLE })).toContainText('Pending');
  await contributor.goto('/account');
  await shoot(contributor, 'account');

  // The editor approves it from the queue: it is on the timeline and in the count.
  const editor = await signedIn(browser, people.editor.email);
  await editor.goto('/review');
  await shoot(editor, 'review');
  await editor.getByRole('button', { name: `Approve ${TITLE}` }).click();
  await expect(editor.getByText('Nothing waits for review.')).toBeVisible();
  await reader.goto(search);
  await expect.poll(() => reader.total()).toBe(before + 1);
  await expect(reader.feed.getByRole('link', { name: TITLE }).first()).toBeVisible();
  await reader.feed.getByRole('link', { name: TITLE }).first().click();
  const history = page.getByTestId('revision');
  await expect(history.filter({ hasText: 'Created' })).toContainText(`by ${people.contributor.name}`);
  await expect(history.filter({ hasText: 'Approved' })).toContainText(`by ${people.editor.name}`);

  // A viewer is offered nothing to write, and the server refuses it anyway.
  const viewer = await signedIn(browser, people.viewer.email);
  await viewer.goto('/');
  await shoot(viewer, 'viewer-dashboard');
  await viewer.goto('/sign-in');
  await shoot(viewer, 'sign-in');
  await viewer.goto('/');
  await expect(viewer.getByRole('link', { name: 'Account' })).toBeVisible();
  await expect(viewer.getByRole('link', { name: 'Add event' })).toHaveCount(0);
  // Nor on the pages of duplicates and of a record: no control the server would refuse, but what it needs.
  await viewer.goto('/duplicates');
  await expect(viewer.getByRole('button', { name: /^Not the same/ })).toHaveCount(0);
  await expect(viewer.getByText('Your role (viewer) may not change this')).toBeVisible();
  await viewer.goto('/actors');
  await viewer.getByRole('link', { name: 'Nikol Pashinyan' }).first().click();
  await expect(viewer.getByRole('heading', { level: 1, name: 'Nikol Pashinyan' })).toBeVisible();
  await expect(viewer.getByRole('button', { name: /^(Save|Add alias)/ })).toHaveCount(0);
  await expect(viewer.getByText('it needs an editor or admin')).toBeVisible();
  const refused = await viewer.request.post('/api/events', { data: { title: 'x' } });
  expect(refused.status()).toBe(403);
});

const BATCH_CSV = [
  'title,date,precision,sub_type,source_publisher,source_quote',
  'Batchwork clash near Vardenis,2019-04-02,day,armed-clash,Example Wire,Clash near Vardenis.',
  'Batchwork clash near Vardenis again,2019-04-03,day,armed-clash,Other Wire,Another clash near Vardenis.',
  'Batchwork shelling of Sotk,2019-04-04,day,shelling-artillery-missile-attack,Example Wire,Sotk was shelled.',
].join('\n');

test('a contributor’s import is one batch for review, and their merge a proposal', async ({ page, browser }) => {
  test.setTimeout(180_000);
  const contributor = await signedIn(browser, people.contributor.email);
  await contributor.goto('/import');
  await contributor.getByLabel('File', { exact: true }).setInputFiles({
    name: 'batchwork.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from(BATCH_CSV),
  });
  await contributor.getByLabel('Format', { exact: true }).selectOption({ label: 'Simple CSV' });
  await contributor.getByRole('button', { name: 'Import' }).click();
  await expect(contributor.getByRole('status').filter({ hasText: 'one batch' })).toContainText(
    'The 3 new events wait for an editor’s review',
  );

  const reader = new DashboardPage(page);
  const search = `?q=Batchwork&from=2019-04&to=2019-04`;
  await reader.goto(search);
  expect(await reader.total()).toBe(0);

  // The editor sees the batch as one group: one event rejected on its own, then the rest approved at once.
  const editor = await signedIn(browser, people.editor.email);
  await editor.goto('/review');
  const batch = editor.getByTestId('review-batch').filter({ hasText: 'Import: batchwork.csv' });
  await expect(batch).toContainText('3 pending, 0 approved, 0 rejected');
  await expect(batch.getByTestId('batch-event')).toHaveCount(3);
  await shoot(editor, 'review-batch');
  // By keyboard: the reason field takes focus, Escape closes it and gives focus back to the button.
  const rejectSotk = batch.getByRole('button', { name: 'Reject Batchwork shelling of Sotk…' });
  await rejectSotk.click();
  await expect(batch.getByLabel('Reason for rejecting')).toBeFocused();
  await editor.keyboard.press('Escape');
  await expect(rejectSotk).toBeFocused();
  await editor.keyboard.press('Enter');
  await editor.keyboard.type('No second source');
  await batch.getByRole('button', { name: 'Reject', exact: true }).click();
  await expect(batch).toContainText('2 pending, 0 approved, 1 rejected');
  await batch.getByRole('button', { name: 'Approve all the 2 pending events of batchwork.csv' }).click();
  await expect(editor.getByText('Nothing waits for review.')).toBeVisible();
  await reader.goto(search);
  await expect.poll(() => reader.total()).toBe(2);

  // The contributor merges the two clashes: held as a proposal, both events stay as they are.
  const found = (await (await contributor.request.get(`/api/events${search}`)).json()) as {
    events: { id: number; title: string }[];
  };
  const [a, b] = [...found.events].sort((x, y) => x.id - y.id);
  await contributor.goto(`/events/${a!.id}/merge?with=${b!.id}`);
  await contributor.getByRole('button', { name: 'Merge events' }).click();
  await expect(contributor).toHaveURL(/\/review$/);
  await expect(contributor.getByTestId('review-item').filter({ hasText: 'Merge proposed for' })).toContainText(
    `Merge #${b!.id} ${b!.title} into #${a!.id} ${a!.title}`,
  );
  expect((await page.request.get(`/api/events/${b!.id}`, { maxRedirects: 0 })).status()).toBe(200);

  // The editor approves it: the existing merge runs; the merged-away event now answers 308.
  await editor.goto('/review');
  const proposal = editor.getByTestId('review-item').filter({ hasText: 'Merge proposed for' });
  await proposal.getByRole('button', { name: `Approve ${a!.title}` }).click();
  await expect(editor.getByText('Nothing waits for review.')).toBeVisible();
  expect((await page.request.get(`/api/events/${b!.id}`, { maxRedirects: 0 })).status()).toBe(308);
  await reader.goto(search);
  await expect.poll(() => reader.total()).toBe(1);

  // History names the contributor; the name opens their activity for the editor.
  await editor.goto(`/events/${a!.id}`);
  await editor
    .getByTestId('revision')
    .filter({ hasText: 'Merged' })
    .getByRole('link', { name: people.contributor.name })
    .first()
    .click();
  await expect(editor.getByRole('heading', { level: 1, name: `Activity of ${people.contributor.name}` })).toBeVisible();
  const activity = editor.getByTestId('activity-entry');
  await expect(activity.filter({ hasText: 'Proposed a merge (approved)' })).toHaveCount(1);
  await expect(activity.filter({ hasText: 'Imported a file for review' })).toHaveCount(1);
  await shoot(editor, 'activity');
  // Another contributor's activity is not the viewer's to read.
  const viewer = await signedIn(browser, people.viewer.email);
  const refused = await viewer.goto(new URL(editor.url()).pathname);
  expect(refused?.status()).toBe(403);
});

test('a contributor’s suggestion from an article is proposed for review, and accepting it again adds no copy', async ({
  browser,
}) => {
  const contributor = await signedIn(browser, people.contributor.email);
  const accept = async () => {
    await contributor.goto('/articles/new');
    await contributor
      .getByLabel('Article text')
      .fill('On 3 May 2021, Azerbaijani forces shelled the village of Tegh near the border, the ministry said.');
    await contributor.getByLabel('Published').fill('2021-05-04');
    await contributor.getByLabel('Publisher').fill('Example Wire');
    await contributor.getByRole('button', { name: 'Suggest events' }).click();
    const card = contributor.getByRole('region', { name: 'Suggested events' }).getByRole('article').first();
    await card.getByRole('button', { name: /^Accept/ }).click();
    const note = card.getByText(/Proposed as event #\d+/);
    await expect(note).toContainText('waits for an editor’s review');
    return note.getByRole('link').first().getAttribute('href');
  };
  const first = await accept();
  // The same article pasted again (it is found, not stored again): the same suggestion is the same event.
  expect(await accept()).toBe(first);
});

test('under four-eyes review an editor’s deletion waits for another editor, and the event stays', async ({
  browser,
}) => {
  const admin = await signedIn(browser, 'admin@example.org');
  await admin.goto('/admin');
  const fourEyes = admin.getByRole('checkbox', { name: /^Four-eyes review/ });
  // Saved as it changes: checked once the server has it.
  await fourEyes.click();
  await expect(fourEyes).toBeChecked();

  const editor = await signedIn(browser, people.editor.email);
  await editor.goto('/events/1');
  await editor.getByRole('button', { name: 'Delete…' }).click();
  await editor.getByLabel('Reason for deleting').fill('A duplicate of another report');
  await editor.getByRole('button', { name: 'Delete event' }).click();
  await expect(editor.getByRole('status').filter({ hasText: 'Your deletion waits for another editor' })).toBeVisible();
  await editor.reload();
  await expect(editor.getByText('This event was deleted.')).toHaveCount(0);
  await editor.goto('/review');
  await expect(editor.getByText(/Deletion proposed of/)).toBeVisible();
  await expect(editor.getByText('Why: A duplicate of another report')).toBeVisible();
  await shoot(editor, 'review-deletion');

  await fourEyes.click();
  await expect(fourEyes).not.toBeChecked();
});
