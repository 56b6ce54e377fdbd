// Performance figures of the live view, printed (no time limits: a test asserts behaviour only).
// Latency: a post pushed through the webhook → visible in the live view. Each probe comes from a
// new site, so "visible" is exact: its chip appears once a snapshot with it has been drawn.
import { expect, test, type Page } from '@playwright/test';
import { feedPosts, pushPosts } from './liveApp';
import { startServed, type Served } from './served';

let app: Served;
test.beforeEach(async () => {
  app = await startServed();
});
test.afterEach(async () => {
  await app.stop();
});

async function probe(page: Page, name: string): Promise<number> {
  type Doc = { querySelectorAll(s: string): Iterable<{ textContent: string | null }> };
  // Checked at every frame; the page notes the time it saw the chip (the same clock as the test's),
  // so the figure leaves out the hop of the answer back to the test process.
  const chipShownAt = (n: string): number | false =>
    [...(globalThis as unknown as { document: Doc }).document.querySelectorAll('[data-testid=live-site]')].some((e) => e.textContent === n) && Date.now();
  const seen = page.waitForFunction(chipShownAt, name, { polling: 'raf', timeout: 30_000 });
  const t0 = Date.now();
  await pushPosts(app.url, [{ id: name, site: name, text: `probe ${name}: my bag is lost` }]);
  const shownAt = (await (await seen).jsonValue()) as number;
  return shownAt - t0;
}

const stats = (xs: number[]): string => {
  const s = [...xs].sort((a, b) => a - b);
  const q = (p: number): number => s[Math.min(s.length - 1, Math.floor(p * s.length))];
  return `median ${q(0.5)} ms, p90 ${q(0.9)} ms, max ${s[s.length - 1]} ms (n=${s.length}; in order: ${xs.join(', ')})`;
};

test('webhook → visible in the live view: latency idle and at a sustained 1,000 posts/s', async ({ page }) => {
  test.setTimeout(180_000);
  await page.goto(`${app.url}#/live`);
  await page.getByTestId('window-15m').click();
  await expect(page.getByTestId('live-view')).toBeVisible();

  const idle: number[] = [];
  for (let i = 0; i < 10; i++) idle.push(await probe(page, `idle${i}`));
  console.log(`[perf] webhook → live view, idle: ${stats(idle)}`);

  const load = feedPosts(app.url, 1000);
  await new Promise((r) => setTimeout(r, 3000));
  const busy: number[] = [];
  for (let i = 0; i < 10; i++) {
    busy.push(await probe(page, `busy${i}`));
    await new Promise((r) => setTimeout(r, 1000));
  }
  const fed = await load.stop();
  console.log(`[perf] load: ${fed.posts} posts in ${fed.seconds.toFixed(1)} s = ${Math.round(fed.posts / fed.seconds)} posts/s through the webhook`);
  console.log(`[perf] webhook → live view at that load: ${stats(busy)}`);
  await expect(page.getByTestId('panel-volume')).toContainText(/[\d,]+ posts/);
  expect(busy).toHaveLength(10);
});
