import { expect, test } from '@playwright/test';
import { writePostsCsv } from './bigCsv';
import { startServed, type Served } from './served';

let app: Served;
test.beforeEach(async () => {
  app = await startServed();
});
test.afterEach(async () => {
  await app.stop();
});

const CSV = [
  'id,site,author,created_at,text,in_reply_to,author_followers',
  '1,twitter,alice,2024-03-01T09:00:00Z,My flight was delayed three hours,,120',
  '2,twitter,acme_support,2024-03-01T09:05:00Z,Sorry to hear that - Sam from Acme,1,50000',
  '3,forum,bob,2024-03-02T10:00:00Z,Refund still not arrived after two weeks,,',
  '4,reviews,mallory,2024-03-03T11:00:00Z,<img src=x onerror=alert(1)> <b>bold</b>,,',
  '5,twitter,carol,not-a-date,broken row,,',
].join('\n');

test('an empty database shows the empty state and the status line', async ({ page }) => {
  await page.goto(app.url);
  await expect(page.getByTestId('empty-state')).toContainText('No posts yet');
  await expect(page.getByTestId('status-line')).toContainText(app.db);
  await expect(page.getByTestId('status-last-ingest')).toContainText('never');
});

test('posts imported through the CLI show in the list, and search narrows it', async ({ page }) => {
  const file = app.writeFile('posts.csv', CSV);
  const r = app.cli('import', '--db', app.db, '--preset', 'generic', '--json', file);
  expect(r.status).toBe(3);
  expect(JSON.parse(r.stdout)).toEqual({ imported: 4, duplicates: 0, quarantined: 1 });

  await page.goto(app.url);
  await expect(page.getByTestId('post-row')).toHaveCount(4);
  await expect(page.getByTestId('post-total')).toHaveText('4 posts');
  await expect(page.getByTestId('post-site').first()).toHaveText('reviews');
  await page.getByTestId('post-search').fill('refund');
  await expect(page.getByTestId('post-row')).toHaveCount(1);
  await expect(page.getByTestId('post-author')).toHaveText('@bob');
  await page.getByTestId('post-search').fill('');
  await page.getByTestId('site-filter').selectOption({ label: 'twitter' });
  await expect(page.getByTestId('post-row')).toHaveCount(2);
  await page.screenshot({ path: 'test-results/screens/posts-list.png' });
});

test('hostile post text is shown as text, never run as HTML', async ({ page }) => {
  let dialogs = 0;
  page.on('dialog', (d) => {
    dialogs++;
    void d.dismiss();
  });
  app.cli('import', '--db', app.db, '--preset', 'generic', app.writeFile('x.csv', CSV));
  await page.goto(app.url);
  await page.getByTestId('post-search').fill('onerror');
  await expect(page.getByTestId('post-row')).toHaveCount(1);
  const text = page.getByTestId('post-text');
  await expect(text).toHaveText('<img src=x onerror=alert(1)> <b>bold</b>');
  await expect(page.locator('[data-testid=post-text] img, [data-testid=post-text] b')).toHaveCount(0);
  expect(dialogs).toBe(0);
});

test('more posts than the count cap show as "10,000+", and the list still scrolls to the oldest', async ({ page }) => {
  test.setTimeout(120_000);
  const file = `${app.dir}/many.csv`;
  await writePostsCsv(file, 10_250);
  expect(app.cli('import', '--db', app.db, '--preset', 'generic', file).status).toBe(0);
  await page.goto(app.url);
  const total = page.getByTestId('post-total');
  await expect(total).toHaveText('10,000+ posts');
  await page.screenshot({ path: 'test-results/screens/posts-capped.png' });
  // Each scroll to the bottom fetches the next page past the cap, until a short page shows the end.
  const list = page.getByTestId('post-list');
  await expect(async () => {
    await list.evaluate((el) => el.scrollTo(0, el.scrollHeight));
    await expect(total).toHaveText('10,250 posts', { timeout: 1_000 });
  }).toPass({ timeout: 60_000 });
  await list.evaluate((el) => el.scrollTo(0, el.scrollHeight));
  // The bottom row is the oldest post (id 0, by user0).
  await expect(page.getByTestId('post-author').last()).toHaveText('@user0');
  await page.screenshot({ path: 'test-results/screens/posts-capped-end.png' });
});
