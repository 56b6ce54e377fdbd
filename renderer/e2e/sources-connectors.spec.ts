import { existsSync, mkdirSync, readFileSync, utimesSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join, resolve } from 'node:path';
import { expect, test } from '@playwright/test';
import { startServed, type Served } from './served';

let app: Served;
let feeds: Server;
let feedBase = '';
const RSS = readFileSync(resolve(process.cwd(), 'electron/core/connectors/testFeeds/forum-rss.xml'), 'utf8');

test.beforeEach(async () => {
  app = await startServed();
  feeds = createServer((req, res) => {
    if (req.url === '/forum.rss') res.writeHead(200, { 'content-type': 'application/rss+xml', etag: '"v1"' }).end(RSS);
    else res.writeHead(200, { 'content-type': 'text/html' }).end('<html><body>moved</body></html>');
  });
  await new Promise<void>((r) => feeds.listen(0, '127.0.0.1', r));
  feedBase = `http://127.0.0.1:${(feeds.address() as AddressInfo).port}`;
});
test.afterEach(async () => {
  feeds.closeAllConnections();
  await new Promise((r) => feeds.close(r));
  await app.stop();
});

test('feeds are added in the Sources view, polled, and a broken one shows as unhealthy with the reason', async ({ page }) => {
  await page.goto(`${app.url}#/sources`);
  await page.getByTestId('feed-site').fill('travel-forum');
  await page.getByTestId('feed-url').fill(`${feedBase}/forum.rss`);
  await page.getByTestId('feed-add').click();
  await expect(page.getByTestId('feed-row')).toHaveCount(1);
  await page.getByTestId('feed-url').fill(`${feedBase}/gone.rss`);
  await page.getByTestId('feed-add').click();
  await expect(page.getByTestId('feed-row')).toHaveCount(2);
  const good = page.getByTestId('feed-row').filter({ hasText: 'forum.rss' });
  const bad = page.getByTestId('feed-row').filter({ hasText: 'gone.rss' });
  await good.getByTestId('feed-poll').click();
  await expect(good.getByTestId('feed-status')).toHaveText('ok');
  await bad.getByTestId('feed-poll').click();
  await expect(bad.getByTestId('feed-status')).toHaveText('unhealthy');
  await expect(bad.getByTestId('feed-last-error')).toHaveText('not an RSS or Atom feed (root element <html>)');
  const forum = page.getByTestId('source-row').filter({ hasText: 'travel-forum' });
  await expect(forum.getByTestId('figure-posts')).toHaveText('3');
  await page.getByTestId('feed-url').fill('file:///etc/passwd');
  await page.getByTestId('feed-add').click();
  await expect(page.getByTestId('feed-error')).toHaveText('feeds must be http or https URLs');
  await page.screenshot({ path: 'test-results/screens/sources-connectors.png', fullPage: true });
});

test('a watched folder imports dropped files once and moves them to done', async ({ page }) => {
  const folder = join(app.dir, 'drop');
  mkdirSync(folder);
  await page.goto(`${app.url}#/sources`);
  await page.getByTestId('folder-path').fill(folder);
  await page.getByTestId('folder-add').click();
  await expect(page.getByTestId('folder-row')).toContainText(folder);
  const file = join(folder, 'export.csv');
  writeFileSync(file, 'id,site,author,created_at,text\n1,shop-reviews,ann,2024-01-01T10:00:00Z,Great service\n2,shop-reviews,bob,2024-01-01T11:00:00Z,Parcel late again\n');
  const past = new Date(Date.now() - 60_000);
  utimesSync(file, past, past);
  await page.getByTestId('folder-scan').click();
  await expect.poll(() => existsSync(join(folder, 'done', 'export.csv')), { timeout: 15_000 }).toBe(true);
  const shop = page.getByTestId('source-row').filter({ hasText: 'shop-reviews' });
  await expect(shop.getByTestId('figure-posts')).toHaveText('2');
});
