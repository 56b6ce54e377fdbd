import { expect, test } from '@playwright/test';
import { startServed, type Served } from './served';

let app: Served;
test.beforeEach(async () => {
  app = await startServed();
});
test.afterEach(async () => {
  await app.stop();
});

/** A small follower graph: a brand, two advocates with followings of their own, and their followers. */
function followGraph(): string {
  const lines = ['# follower followee', 'nina acme', 'omar acme', 'nina omar', 'omar nina', 'acme nina'];
  for (let i = 0; i < 24; i++) lines.push(`fan${i} ${i % 3 === 0 ? 'omar' : 'nina'}`, `fan${i} acme`);
  for (let i = 0; i < 8; i++) lines.push(`fan${i} fan${i + 8}`, `fan${i + 8} fan${i}`);
  lines.push('fan3 fan3', 'broken line here');
  return `${lines.join('\n')}\n`;
}

const POSTS = [
  'id,site,author,created_at,text,in_reply_to,author_followers',
  '1,twitter,nina,2024-03-01T09:00:00Z,Loving the new lounge @acme,,',
  '2,twitter,acme,2024-03-01T09:05:00Z,@nina thank you!,1,',
  '3,twitter,omar,2024-03-01T09:10:00Z,<b>RT</b> @nina: Loving the new lounge,,',
  '4,twitter,nina,2024-03-02T09:00:00Z,Great crew today - thank you @acme!,,',
].join('\n');

test('edges imported through the CLI show as a leaderboard and an ego network on canvas', async ({ page }) => {
  app.cli('import', '--db', app.db, '--preset', 'generic', app.writeFile('posts.csv', POSTS));
  const r = app.cli('reach', '--db', app.db, '--edges', app.writeFile('follows.txt', followGraph()), '--top', '3', '--json');
  expect(r.status).toBe(0);
  expect(r.stderr).toContain('follows.txt:72: expected 2 fields, got 3');
  const top = JSON.parse(r.stdout) as Array<{ id: string; followers: number }>;
  expect(top.map((t) => t.id)).toEqual(['nina', 'acme', 'omar']);

  await page.goto(`${app.url}#/graph`);
  await expect(page.getByTestId('leaderboard-row')).toHaveCount(27);
  await expect(page.getByTestId('graph-runs')).toContainText('twitter: 27 accounts');
  const handles = page.getByTestId('leaderboard-handle');
  // nina outranks acme although acme has more followers: acme follows her, so her audience is acme's too.
  await expect(handles.first()).toHaveText('@nina');
  await expect(page.getByTestId('ego-panel')).toContainText('Ego network of @nina');
  await expect(page.getByTestId('graph-sampling')).toContainText('all 18 neighbours shown');
  await expect(page.getByTestId('graph-legend')).toContainText('follows the author');

  // The canvas is drawn: frames counted, and far more than a background's worth of colours.
  const canvas = page.getByTestId('graph-canvas');
  await expect.poll(async () => Number(await canvas.getAttribute('data-frames'))).toBeGreaterThan(0);
  await expect(page.getByTestId('graph-status')).toContainText('layout settled', { timeout: 20_000 });
  // Counted in the page (as source text: the e2e program has no DOM types).
  const lit = (await page.evaluate(`(() => {
    const c = document.querySelector('[data-testid=graph-canvas]');
    const d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;
    let n = 0;
    for (let i = 0; i < d.length; i += 4) if (d[i] + d[i + 1] + d[i + 2] > 200) n++;
    return n;
  })()`)) as number;
  expect(lit).toBeGreaterThan(500);
  await page.screenshot({ path: 'test-results/screens/graph.png' });

  // Weights are editable: with only hub links counted, the ranking changes and the terms say so.
  await page.getByTestId('weight-audience2').fill('0');
  await page.getByTestId('weight-pagerank').fill('0');
  await page.getByTestId('weight-core').fill('0');
  await page.getByTestId('weight-cascade').fill('0');
  await expect(page.getByTestId('score-bar').first()).toHaveAttribute('title', /hubLinks: 0.5 × log10/);
  await page.getByTestId('weight-audience2').fill('1');

  // Advocates: nina's two posts are positive.
  await page.getByTestId('graph-stance').selectOption('advocate');
  await expect(page.getByTestId('leaderboard-row')).toHaveCount(1);
  await expect(page.getByTestId('leaderboard-stance')).toHaveText('advocate');
  await page.getByTestId('graph-stance').selectOption('');
  await expect(page.getByTestId('leaderboard-row')).toHaveCount(27);

  // Another author's network; hovering the author (pinned at the origin) shows the details as text.
  await handles.filter({ hasText: '@acme' }).click();
  await expect(page.getByTestId('ego-panel')).toContainText('Ego network of @acme');
  await expect(page.getByTestId('graph-sampling')).toContainText('all 26 neighbours shown');
  await expect(page.getByTestId('graph-status')).toContainText('layout settled', { timeout: 20_000 });
  const box = await canvas.boundingBox();
  const [vx, vy] = ((await canvas.getAttribute('data-view')) ?? '0,0').split(',').map(Number);
  if (!box) throw new Error('no canvas');
  await page.mouse.move(box.x + vx, box.y + vy);
  await expect(page.getByTestId('node-details')).toContainText('@acme');
  await expect(page.getByTestId('node-details')).toContainText('the author');
});

test('an empty database says how to get metrics; an edge file imported from the view fills the leaderboard', async ({ page }) => {
  await page.goto(`${app.url}#/graph`);
  await expect(page.getByTestId('graph-empty')).toContainText('No reach metrics yet');
  await page.getByTestId('reach-import-open').click();
  const form = page.getByTestId('import-edges');
  await form.getByLabel('Edge file path').fill(app.writeFile('f.csv', 'follower,followee\nann,bo\ncy,bo\nbo,ann\n"bad,x\n'));
  await form.getByRole('button', { name: 'Import' }).click();
  await expect(form.getByRole('status')).toContainText('3 follow edges stored');
  await expect(form.getByRole('status')).toContainText('line 5: unbalanced quotes');
  await expect(form.getByRole('status')).toContainText('Metrics computed.');
  await expect(page.getByTestId('leaderboard-row')).toHaveCount(3);
  await expect(page.getByTestId('leaderboard-handle')).toHaveText(['@ann', '@bo', '@cy']);
});
