import { mkdirSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { acknowledgeAll, negativeBurst, pushPosts } from './liveApp';
import { startServed, type Served } from './served';

const TOKEN = 'wall-t0ken';
let app: Served;
test.beforeEach(async () => {
  app = await startServed({ token: TOKEN });
});
test.afterEach(async () => {
  await app.stop();
});

test('the wall loads with the token and is refused without it', async ({ page, request }) => {
  const refused = await request.get(`${app.url}wall`);
  expect(refused.status()).toBe(401);
  expect(await refused.text()).toContain('missing or wrong token');
  await page.goto(`${app.url}wall?token=${TOKEN}`);
  await expect(page.getByTestId('wall')).toBeVisible();
  await expect(page.getByTestId('wall-title')).toHaveText('Right now');
  await expect(page.getByTestId('wall-updated')).toContainText('Last updated');
  await expect(page.getByTestId('tile-posts')).toContainText('0');
});

test('the wall rotates through its boards with a visible countdown', async ({ page }) => {
  await page.goto(`${app.url}wall?token=${TOKEN}&boards=overview,sentiment,topics&every=2`);
  await expect(page.getByTestId('wall-title')).toHaveText('Right now');
  await expect(page.getByTestId('wall-countdown')).toContainText(/Next: Sentiment in [12] s/);
  await expect(page.getByTestId('wall-title')).toHaveText('Sentiment', { timeout: 5_000 });
  await expect(page.getByTestId('wall-title')).toHaveText('Rising topics', { timeout: 5_000 });
  await expect(page.getByTestId('wall-title')).toHaveText('Right now', { timeout: 5_000 });
});

test('a spike takes the wall over until it is acknowledged on the workstation', async ({ browser }) => {
  const context = await browser.newContext();
  const wall = await context.newPage();
  const desk = await context.newPage();
  await wall.goto(`${app.url}wall?token=${TOKEN}`);
  await desk.goto(`${app.url}?token=${TOKEN}#/live`);
  await expect(wall.getByTestId('wall')).toBeVisible();
  await expect(wall.getByTestId('alert-takeover')).toHaveCount(0);

  await pushPosts(app.url, negativeBurst(30, 'spike'), TOKEN);
  await expect(wall.getByTestId('alert-takeover')).toBeVisible();
  await expect(wall.getByTestId('takeover-title')).toHaveText('Volume spike on twitter');
  await expect(wall.getByTestId('alert-takeover')).toContainText('30 posts in 5 min');
  await expect(desk.getByTestId('alert-item')).toHaveCount(1);

  await desk.getByTestId('alert-ack').click();
  await expect(wall.getByTestId('alert-takeover')).toHaveCount(0);
  await expect(desk.getByTestId('panel-alerts')).toContainText('No open alerts');
  await expect(wall.getByTestId('tile-alerts')).toContainText('0');
  await context.close();
});

test('stale data turns grey with its age when no new posts arrive', async ({ page }) => {
  await pushPosts(app.url, negativeBurst(2, 'once'), TOKEN);
  await page.goto(`${app.url}wall?token=${TOKEN}&stale=3`);
  await expect(page.getByTestId('wall')).toHaveAttribute('data-stale', 'false');
  await expect(page.getByTestId('wall-age')).toContainText('Newest post');
  await expect(page.getByTestId('wall')).toHaveAttribute('data-stale', 'true', { timeout: 10_000 });
  await expect(page.getByTestId('wall-age')).toContainText(/No new posts for \d+ s/);
  await expect(page.locator('.wall-board')).toHaveCSS('filter', 'grayscale(1)');
  await pushPosts(app.url, negativeBurst(1, 'again'), TOKEN);
  await expect(page.getByTestId('wall')).toHaveAttribute('data-stale', 'false');
});

test('screenshots of every wall board at 1080p and 4K', async ({ page }) => {
  test.setTimeout(180_000);
  expect(app.cli('demo', '--db', app.db, '--days', '35').status).toBe(0);
  await pushPosts(app.url, [...negativeBurst(8, 'shot'), { id: 'happy', site: 'acme-page', text: 'Thanks @AcmeAirHelp, great help, lovely crew!' }], TOKEN);
  mkdirSync('test-results/screens', { recursive: true });
  for (const [w, h] of [[1920, 1080], [3840, 2160]]) {
    await page.setViewportSize({ width: w, height: h });
    for (const board of ['overview', 'sentiment', 'volume', 'negatives', 'topics']) {
      await acknowledgeAll(app.url, TOKEN);
      await page.goto(`${app.url}wall?token=${TOKEN}&boards=${board}&window=1d`);
      await expect(page.getByTestId(`board-${board}`)).toBeVisible();
      await expect(page.getByTestId('alert-takeover')).toHaveCount(0);
      await expect(page.getByTestId('wall-age')).toContainText('Newest post');
      await page.waitForTimeout(1200); // chart animations settle
      await page.screenshot({ path: `test-results/screens/wall-${board}-${w}x${h}.png` });
    }
  }
  await acknowledgeAll(app.url, TOKEN);
  await pushPosts(app.url, negativeBurst(30, 'takeover'), TOKEN);
  await page.goto(`${app.url}wall?token=${TOKEN}`);
  await expect(page.getByTestId('alert-takeover')).toBeVisible();
  await page.screenshot({ path: 'test-results/screens/wall-takeover-3840x2160.png' });
});
