import { resolve } from 'node:path';
import { expect, test } from '@playwright/test';
import { startServed, type Served } from './served';

let app: Served;
test.beforeEach(async () => {
  app = await startServed();
});
test.afterEach(async () => {
  await app.stop();
});

const TWCS = resolve(process.cwd(), '..', 'shared', 'data', 'twcs', 'twcs_subset.csv');

const FORUM = [
  'id,site,author,created_at,text,in_reply_to',
  '1,forum,ann,2024-03-01T09:00:00Z,My refund never arrived,',
  '2,forum,bob,2024-03-01T10:00:00Z,Anyone watching the match tonight?,',
  '3,forum,acme_care,2024-03-01T11:00:00Z,Sorry Ann - we are on it,1',
  '4,forum,mallory,not-a-date,<img src=x onerror=alert(1)>,',
].join('\n');

test('per-site figures, recent imports and the quarantine with reasons', async ({ page }) => {
  let dialogs = 0;
  page.on('dialog', (d) => {
    dialogs++;
    void d.dismiss();
  });
  expect(app.cli('import', '--db', app.db, '--preset', 'twcs', TWCS).status).toBe(0);
  expect(app.cli('import', '--db', app.db, '--preset', 'generic', app.writeFile('forum.csv', FORUM)).status).toBe(3);
  await page.goto(`${app.url}#/sources`);
  const twitter = page.getByTestId('source-row').filter({ hasText: 'twitter' });
  await expect(twitter.getByTestId('figure-posts')).toHaveText('719');
  await expect(twitter.getByTestId('figure-answered')).toHaveText('100%');
  await expect(twitter.getByTestId('figure-median')).toHaveText('11 min');
  await expect(page.getByTestId('import-row')).toHaveCount(2);
  await expect(page.getByTestId('quarantine-row')).toHaveCount(1);
  await expect(page.getByTestId('quarantine-reason')).toHaveText('bad created_at "not-a-date" (want ISO 8601 or epoch ms)');
  await expect(page.getByTestId('quarantine-raw')).toContainText('<img src=x onerror=alert(1)>');
  await expect(page.locator('[data-testid=quarantine-raw] img')).toHaveCount(0);
  await page.screenshot({ path: 'test-results/screens/sources.png' });
  expect(dialogs).toBe(0);
});

test('editing relevance filters and company accounts re-sorts posts and figures', async ({ page }) => {
  app.cli('import', '--db', app.db, '--preset', 'generic', app.writeFile('forum.csv', FORUM));
  await page.goto(`${app.url}#/sources`);
  const forum = page.getByTestId('source-row').filter({ hasText: 'forum' });
  await expect(forum.getByTestId('figure-answered')).toHaveText('0%');
  await forum.getByTestId('source-edit').click();
  await page.getByTestId('source-keywords').fill('refund, delay');
  await page.getByTestId('source-company').fill('@acme_care');
  await page.getByTestId('source-policy').selectOption('monitor-only');
  await page.getByTestId('source-save').click();
  await expect(page.getByTestId('sources-notice')).toHaveText('forum saved: 2 relevant, 1 hidden');
  await expect(forum.getByTestId('figure-hidden')).toHaveText('1');
  await expect(forum.getByTestId('figure-answered')).toHaveText('100%');
  await expect(forum.getByTestId('figure-median')).toHaveText('2.0 h');
  await expect(forum).toContainText('monitor only');

  await page.getByTestId('tab-posts').click();
  await expect(page.getByTestId('post-total')).toHaveText('2 posts');
});

test('sites can be added and disabled; a duplicate name is refused', async ({ page }) => {
  await page.goto(`${app.url}#/sources`);
  await expect(page.getByTestId('sources-empty')).toBeVisible();
  await page.getByTestId('source-add').click();
  await page.getByTestId('source-name-input').fill('trustpilot');
  await page.getByTestId('source-kind').selectOption('review');
  await page.getByTestId('source-policy').selectOption('never-respond');
  await page.getByTestId('source-rating').selectOption('2');
  await page.getByTestId('source-notes').fill('<b>rant site</b>');
  await page.getByTestId('source-save').click();
  const row = page.getByTestId('source-row').filter({ hasText: 'trustpilot' });
  await expect(row).toContainText('never respond');
  await expect(row).toContainText('<b>rant site</b>');
  await row.getByTestId('source-toggle').click();
  await expect(row.getByTestId('source-disabled')).toBeVisible();
  await page.getByTestId('source-add').click();
  await page.getByTestId('source-name-input').fill('trustpilot');
  await page.getByTestId('source-save').click();
  await expect(page.getByTestId('source-error')).toContainText('already exists');
});
