import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { freePort, negativeBurst, pushPosts, startServe } from './liveApp';
import { startServed, type Served } from './served';

let app: Served;
test.beforeEach(async () => {
  app = await startServed();
});
test.afterEach(async () => {
  await app.stop();
});

/** Clicks the middle of a chart's plot area. */
async function clickChart(page: Page, testId: string): Promise<void> {
  const box = await page.getByTestId(testId).boundingBox();
  if (!box) throw new Error(`no ${testId}`);
  await page.mouse.click(box.x + box.width * 0.45, box.y + box.height * 0.55);
}

test('pushed posts show in every live panel, filters narrow them, and a click drills into the posts', async ({ page }) => {
  await page.goto(`${app.url}#/live`);
  await expect(page.getByTestId('live-view')).toBeVisible();
  await expect(page.getByTestId('panel-volume')).toContainText('No posts in this window');

  await pushPosts(app.url, [
    ...negativeBurst(6),
    { id: 'x1', site: 'forum', text: 'Lost my bag, <img src=x onerror=alert(1)> terrible service' },
    { id: 'ok1', site: 'forum', text: 'Thank you, great help with my bag, lovely crew' },
  ]);
  await expect(page.getByTestId('panel-volume')).toContainText('8 posts');
  await expect(page.getByTestId('ticker-item').first()).toBeVisible();
  await expect(page.getByTestId('ticker-text').filter({ hasText: '<img src=x onerror=alert(1)>' })).toHaveCount(1);
  await expect(page.locator('[data-testid=negative-ticker] img')).toHaveCount(0);

  await page.getByTestId('live-site').filter({ hasText: 'forum' }).click();
  await expect(page.getByTestId('panel-volume')).toContainText('2 posts');
  await page.getByTestId('live-site').filter({ hasText: 'forum' }).click();
  await page.getByTestId('window-15m').click();
  await expect(page.getByTestId('window-15m')).toHaveAttribute('aria-pressed', 'true');
  await expect(page.getByTestId('panel-volume')).toContainText('8 posts');
  await page.getByTestId('live-topic').selectOption('baggage');
  await expect(page.getByTestId('panel-volume')).toContainText('8 posts');
  await page.getByTestId('live-topic').selectOption('delay');
  await expect(page.getByTestId('panel-volume')).toContainText('No posts in this window');
  await page.getByTestId('live-topic').selectOption('');

  await clickChart(page, 'chart-topics'); // one topic: its bar fills the plot
  await expect(page.getByTestId('drill-drawer')).toContainText('Baggage');
  await expect(page.getByTestId('drill-total')).toHaveText('8 posts');
  await expect(page.getByTestId('drill-drawer').getByTestId('post-text').filter({ hasText: '<img src=x onerror=alert(1)>' })).toHaveCount(1);
});

test('the live view resumes after a server restart without a reload', async ({ page }) => {
  const dir = mkdtempSync(join(tmpdir(), 'lp-e2e-live-'));
  const db = join(dir, 'live.sqlite');
  const port = await freePort();
  let served = await startServe(db, port);
  try {
    await page.goto(`${served.url}#/live`);
    await pushPosts(served.url, negativeBurst(3, 'before'));
    await expect(page.getByTestId('panel-volume')).toContainText('3 posts');
    await page.evaluate(() => ((globalThis as unknown as { marker: number }).marker = 42));

    await served.stop();
    await expect(page.getByTestId('live-freshness')).toContainText('Reconnecting', { timeout: 30_000 });
    served = await startServe(db, port);
    await pushPosts(served.url, negativeBurst(2, 'after'));
    await expect(page.getByTestId('panel-volume')).toContainText('5 posts', { timeout: 20_000 });
    await expect(page.getByTestId('live-freshness')).not.toContainText('Reconnecting');
    expect(await page.evaluate(() => (globalThis as unknown as { marker?: number }).marker)).toBe(42);
  } finally {
    await served.stop();
    rmSync(dir, { recursive: true, force: true });
  }
});

test('screenshots of the live view with demo history and live posts', async ({ browser }) => {
  test.setTimeout(120_000);
  expect(app.cli('demo', '--db', app.db, '--days', '35').status).toBe(0);
  await pushPosts(app.url, [...negativeBurst(8, 'shot'), { id: 'happy', site: 'acme-page', text: 'Thanks @AcmeAirHelp, great help, lovely crew!' }]);
  mkdirSync('test-results/screens', { recursive: true });
  // A 4K monitor runs the workstation at 200% scaling: the same layout, twice the pixels.
  for (const scale of [1, 2]) {
    const context = await browser.newContext({ viewport: { width: 1920, height: 1080 }, deviceScaleFactor: scale });
    const page = await context.newPage();
    await page.goto(`${app.url}#/live`);
    await page.getByTestId('window-1d').click();
    await expect(page.getByTestId('panel-volume')).not.toContainText('No posts');
    await expect(page.getByTestId('ticker-item').first()).toBeVisible();
    await page.waitForTimeout(1000); // chart animations settle
    await page.screenshot({ path: `test-results/screens/live-${1920 * scale}x${1080 * scale}.png` });
    await context.close();
  }
});
