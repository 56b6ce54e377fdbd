import { expect, test, type Page } from '@playwright/test';
import { startServed, type Served } from './served';

// Other specs' runs clear test-results/; LP_SCREENS keeps a copy elsewhere while looking at them.
const SCREENS = process.env.LP_SCREENS ?? 'test-results/screens';

let app: Served;
test.beforeEach(async ({ page }) => {
  app = await startServed();
  await page.setViewportSize({ width: 1440, height: 900 });
});
test.afterEach(async () => {
  await app.stop();
});

/** The screen point of node `worldX, worldY` on the graph canvas (from the view transform it publishes). */
async function screenOf(page: Page, worldX: number, worldY: number): Promise<[number, number]> {
  const canvas = page.getByTestId('graph-canvas');
  const box = await canvas.boundingBox();
  if (!box) throw new Error('no canvas');
  const [x, y, k] = ((await canvas.getAttribute('data-view')) ?? '0,0,1').split(',').map(Number);
  return [box.x + worldX * k + x, box.y + worldY * k + y];
}

test('demo data: the viral thread’s cascade, a click on its author opens their posts and cases, community mode states its sampling', async ({ page }) => {
  test.setTimeout(120_000);
  expect(app.cli('demo', '--db', app.db, '--days', '14', '--json').status).toBe(0);
  expect(app.cli('reach', '--db', app.db, '--json').status).toBe(0);

  await page.goto(`${app.url}#/graph`);
  await expect(page.getByTestId('leaderboard-row').first()).toBeVisible();
  await page.getByTestId('graph-mode-cascade').click();
  const viral = page.getByTestId('thread-row').first();
  await expect(viral).toContainText(/\d\d+ replies/);
  const rootPostId = Number(await viral.getAttribute('data-root-post-id'));
  // A case on the viral conversation, so the author panel has one to open.
  const created = await page.request.post(`${app.url}api/cases.createFromPost`, { data: { postId: rootPostId, by: 'e2e' } });
  expect(await created.json()).toMatchObject({ ok: true });
  await viral.click();

  await expect(page.getByTestId('cascade-panel')).toContainText('Cascade of @');
  await expect(page.getByTestId('graph-sampling')).toContainText(/all \d+ authors shown/);
  await expect(page.getByTestId('graph-legend')).toContainText('post');
  await expect(page.getByTestId('graph-status')).toContainText(/\d\d+ nodes/);
  await expect(page.getByTestId('graph-status')).toContainText('layout settled', { timeout: 30_000 });
  await page.screenshot({ path: `${SCREENS}/graph-cascade.png` });

  // The root author is held at the start of the time axis (world x = -450, y = 0).
  const [rx, ry] = await screenOf(page, -450, 0);
  await page.mouse.move(rx, ry);
  await expect(page.getByTestId('node-details')).toContainText('wrote the root post');
  await page.mouse.click(rx, ry);
  const panel = page.getByTestId('author-panel');
  await expect(panel).toBeVisible();
  await expect(panel.getByTestId('author-post').first()).toBeVisible();
  expect(await panel.getByTestId('author-post').count()).toBeGreaterThan(1);
  await expect(panel.getByTestId('author-case')).toHaveCount(1);
  await page.screenshot({ path: `${SCREENS}/graph-cascade-author.png` });

  // Ego network of that author from the panel, then the case opens in the Cases view.
  await panel.getByTestId('author-panel-ego').click();
  await expect(page.getByTestId('ego-panel')).toContainText('Ego network of @');
  await expect(page.getByTestId('graph-status')).toContainText('layout settled', { timeout: 30_000 });
  await page.screenshot({ path: `${SCREENS}/graph-ego.png` });

  await page.getByTestId('graph-mode-community').click();
  await expect(page.getByTestId('graph-sampling')).toContainText(/accounts/);
  await page.getByTestId('community-max-nodes').selectOption('50');
  await expect(page.getByTestId('graph-sampling')).toContainText(/too many to draw one by one: aggregated into [\d,]+ communit(y|ies) \(label propagation/);
  await expect(page.getByTestId('graph-status')).toContainText('layout settled', { timeout: 30_000 });
  await page.screenshot({ path: `${SCREENS}/graph-community.png` });
  await page.getByTestId('community-group-by').selectOption('core');
  await expect(page.getByTestId('graph-sampling')).toContainText(/aggregated into \d+ k-core shells/);
  await expect(page.getByTestId('graph-status')).toContainText('layout settled', { timeout: 30_000 });
  await page.screenshot({ path: `${SCREENS}/graph-community-core.png` });
  await page.getByTestId('community-stance').selectOption('detractor');
  await expect(page.getByTestId('graph-sampling')).toContainText('(detractors)');

  await page.getByTestId('graph-mode-cascade').click();
  await page.getByTestId('cascade-post-id').fill(String(rootPostId));
  await page.getByRole('button', { name: 'Show' }).click();
  await expect(page.getByTestId('graph-status')).toContainText('layout settled', { timeout: 30_000 });
  const [ax, ay] = await screenOf(page, -450, 0);
  await page.mouse.click(ax, ay);
  await page.getByTestId('author-panel').getByTestId('author-case-open').click();
  await expect(page).toHaveURL(/#\/cases$/);
  await expect(page.getByTestId('case-panel')).toBeVisible();
});

test('a post’s Cascade link opens the graph on its thread', async ({ page }) => {
  const posts = [
    'id,site,author,created_at,text,in_reply_to,author_followers',
    '1,twitter,nina,2024-03-01T09:00:00Z,<b>Lost</b> my bag @acme,,',
    '2,twitter,acme,2024-03-01T09:05:00Z,@nina so sorry - DM us,1,',
    '3,twitter,omar,2024-03-01T09:30:00Z,@nina same here,1,',
  ].join('\n');
  app.cli('import', '--db', app.db, '--preset', 'generic', app.writeFile('posts.csv', posts));
  await page.goto(`${app.url}#/posts`);
  await page.getByTestId('post-row').filter({ hasText: 'same here' }).getByTestId('post-cascade-link').click();
  await expect(page).toHaveURL(/#\/graph$/);
  await expect(page.getByTestId('graph-mode-cascade')).toHaveAttribute('aria-selected', 'true');
  await expect(page.getByTestId('graph-sampling')).toContainText('all 3 authors shown');
  // Untrusted text is shown as text.
  await expect(page.getByTestId('cascade-root-text')).toHaveText('<b>Lost</b> my bag @acme');
  await expect(page.getByTestId('graph-status')).toContainText('layout settled', { timeout: 20_000 });
});
