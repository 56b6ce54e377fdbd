import { expect, test } from '@playwright/test';
import { startServed, type Served } from './served';

let app: Served;
test.beforeEach(async () => {
  app = await startServed();
});
test.afterEach(async () => {
  await app.stop();
});

test('an empty database offers the demo data, which fills the posts and sources views', async ({ page }) => {
  await page.goto(app.url);
  await expect(page.getByTestId('empty-state')).toContainText('No posts yet');
  await page.getByTestId('demo-load').click();
  await expect(page.getByTestId('post-total')).toHaveText(/^[\d,]{5,} posts$/, { timeout: 30_000 });
  await expect(page.getByTestId('post-row').first()).toBeVisible();
  await page.screenshot({ path: 'test-results/screens/posts-demo.png' });

  await page.getByTestId('tab-sources').click();
  await expect(page.getByTestId('source-row')).toHaveCount(5);
  const rant = page.getByTestId('source-row').filter({ hasText: 'rantboard' });
  await expect(rant).toContainText('never respond');
  await expect(rant.getByTestId('figure-answered')).toHaveText('0%');
  const twitter = page.getByTestId('source-row').filter({ hasText: 'twitter' });
  await expect(twitter.getByTestId('figure-hidden')).not.toHaveText('0');
  await page.screenshot({ path: 'test-results/screens/sources-demo.png' });
});

test('the demo command fills a database headless and adds nothing twice', async () => {
  const first = app.cli('demo', '--db', app.db, '--days', '7', '--json');
  expect(first.status).toBe(0);
  const r = JSON.parse(first.stdout);
  expect(r).toMatchObject({ sites: 5, duplicates: 0, seed: 7 });
  expect(r.imported).toBeGreaterThan(1000);
  const again = JSON.parse(app.cli('demo', '--db', app.db, '--days', '7', '--json').stdout);
  expect(again.imported).toBe(0);
  const stats = JSON.parse(app.cli('stats', '--db', app.db, '--json').stdout);
  expect(stats.sites).toBe(5);
  expect(stats.threads).toBeGreaterThan(500);
});
